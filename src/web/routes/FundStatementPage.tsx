// /fund/:id/participants/:no: one participant's statement — every piggy-bank count with its two
// witnesses and the running total, against what the pledge asks for.
import { fundApi } from '../api/fund.js';
import { thaiDate } from '../features/savings/dates.js';
import { baht } from '../features/savings/money.js';
import { thFund } from '../i18n/th-fund.js';
import { Link } from '../router.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { LoadError } from '../ui/LoadError.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function FundStatementPage({ id, participantNo }: { id: string; participantNo: number }) {
  const t = thFund.participants;
  const { data, error, reload } = useLoad(
    (signal) => fundApi.statement(id, participantNo, signal),
    [id, participantNo],
  );
  const p = data?.participant;
  return (
    <Page
      title={p ? t.statementTitle(p.person.nameTh) : t.statement}
      before={
        <p className="crumbs">
          <Link to={`/fund/${id}/participants`}>‹ {t.title}</Link>
        </p>
      }
      description={data && `${data.fund.nameTh} · ${p!.unit.nameTh}`}
    >
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && p && (
        <>
          <Card>
            <p data-testid="statement-summary">
              <strong>{t.summary(baht(p.saved), baht(p.expected))}</strong>
            </p>
            <p className="muted">{t.pledge(baht(data.pledgePerDay))}</p>
          </Card>
          <Table
            caption={t.statement}
            cards
            testId="statement-rows"
            rowTestId="statement-row"
            rows={data.rows}
            rowKey={(r) => String(r.collectionNo)}
            empty={t.noRows}
            columns={[
              { key: 'no', header: t.collection, className: 'col-num', cell: (r) => r.collectionNo },
              { key: 'date', header: t.date, cell: (r) => thaiDate(r.collectedOn) },
              {
                key: 'amount',
                header: t.amount,
                className: 'col-num',
                cell: (r) => `${baht(r.amount)}${r.reversed ? ` (${t.reversed})` : ''}`,
              },
              { key: 'running', header: t.running, className: 'col-num', cell: (r) => baht(r.runningTotal) },
              { key: 'witnesses', header: t.witnesses, cell: (r) => r.witnesses.map((w) => w.nameTh).join(', ') },
            ]}
          />
        </>
      )}
    </Page>
  );
}
