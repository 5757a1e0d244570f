// /fund/:id/plans: the fund's assistance plans with their state; a signer sees at a glance which
// plan waits for their signature. The fund officers start a new plan from accepted proposals.
import { fundApi } from '../api/fund.js';
import { FundTabs } from '../features/fund/FundTabs.js';
import { baht } from '../features/savings/money.js';
import { thFund } from '../i18n/th-fund.js';
import { Link } from '../router.js';
import { LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function FundPlansPage({ id }: { id: string }) {
  const t = thFund.plan;
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [fund, plans] = await Promise.all([fundApi.get(id, signal), fundApi.plans(id, signal)]);
      return { fund, plans: plans.items };
    },
    [id],
  );
  return (
    <Page
      title={t.listTitle}
      before={
        <p className="crumbs">
          <Link to={`/fund/${id}`}>‹ {data?.fund.nameTh ?? thFund.nav}</Link>
        </p>
      }
      description={data?.fund.orgUnit.nameTh}
      actions={
        data?.fund.canManage && (
          <LinkButton to={`/fund/${id}/plans/new`} variant="primary" data-testid="new-plan">
            {t.create}
          </LinkButton>
        )
      }
    >
      {data && <FundTabs fund={data.fund} active="plans" />}
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && (
        <Table
          caption={t.listTitle}
          captionHidden
          cards
          testId="plan-list"
          rowTestId="plan-row"
          rows={data.plans}
          rowKey={(p) => p.id}
          empty={t.none}
          columns={[
            { key: 'title', header: t.titleTh, cell: (p) => <Link to={`/fund/${id}/plans/${p.id}`}>{p.titleTh}</Link> },
            {
              key: 'status',
              header: thFund.proposals.status,
              cell: (p) => (
                <>
                  {t.status[p.status]}
                  {p.canSign && (
                    <>
                      {' '}
                      <span className="tag" data-testid="plan-your-turn">
                        {t.yourTurn}
                      </span>
                    </>
                  )}
                </>
              ),
            },
            { key: 'items', header: t.items, className: 'col-num', cell: (p) => p.items.length },
            { key: 'total', header: t.approved, className: 'col-num', cell: (p) => baht(p.total) },
            { key: 'paid', header: t.paid, className: 'col-num', cell: (p) => baht(p.paid) },
          ]}
        />
      )}
    </Page>
  );
}
