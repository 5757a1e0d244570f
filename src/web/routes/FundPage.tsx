// /fund/:id: the fund's balances, KPIs and savings by office; for its officers the collection
// events and the way to record the next one.
import { fundApi } from '../api/fund.js';
import { FundSummary } from '../features/fund/FundSummary.js';
import { FundTabs } from '../features/fund/FundTabs.js';
import { HouseholdsCard } from '../features/fund/HouseholdsCard.js';
import { thaiDate } from '../features/savings/dates.js';
import { baht } from '../features/savings/money.js';
import { thFund } from '../i18n/th-fund.js';
import { Link } from '../router.js';
import { LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function FundPage({ id }: { id: string }) {
  const t = thFund.overview;
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [fund, report] = await Promise.all([fundApi.get(id, signal), fundApi.report(id, signal)]);
      const [collections, households] = await Promise.all([
        fund.canManage ? fundApi.collections(id, signal).then((r) => r.items) : [],
        fund.canManage || fund.canSurvey ? fundApi.households(id, signal).then((r) => r.items) : null,
      ]);
      return { fund, report, collections, households };
    },
    [id],
  );
  return (
    <Page
      title={data?.fund.nameTh ?? thFund.nav}
      before={
        <p className="crumbs">
          <Link to="/fund">‹ {thFund.list.title}</Link>
        </p>
      }
      description={data?.fund.orgUnit.nameTh}
      actions={
        data && (
          <>
            {data.fund.canManage && (
              <LinkButton to={`/fund/${id}/collections/new`} variant="primary" data-testid="record-collection">
                {t.record}
              </LinkButton>
            )}
            <a className="btn btn--secondary" href={fundApi.reportPdfUrl(id)} target="_blank" rel="noreferrer">
              {t.pdf}
            </a>
          </>
        )
      }
    >
      {data && <FundTabs fund={data.fund} active="overview" />}
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && <FundSummary fund={data.fund} report={data.report} />}
      {data?.households && <HouseholdsCard fundId={id} items={data.households} canRegister={data.fund.canSurvey} />}
      {data?.fund.canManage && (
        <Card title={t.collections}>
          {data.collections.length === 0 ? (
            <p>{t.noCollections}</p>
          ) : (
            <ul className="plain-list" data-testid="collection-list">
              {data.collections.map((c) => (
                <li key={c.collectionNo} data-testid="collection-item">
                  {t.collectionRow(c.collectionNo, thaiDate(c.collectedOn))} · {t.counted(c.counts.length)} ·{' '}
                  {baht(c.total)} {thFund.baht}
                  {c.reversedByEntryNo !== null && ` · ${t.reversed}`}
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </Page>
  );
}
