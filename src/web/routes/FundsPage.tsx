// /fund: the staff funds of the viewer's offices (a district sees its province's).
import { fundApi } from '../api/fund.js';
import { thaiDate } from '../features/savings/dates.js';
import { baht } from '../features/savings/money.js';
import { format } from '../i18n/th.js';
import { thFund } from '../i18n/th-fund.js';
import { Link } from '../router.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function FundsPage() {
  const t = thFund.list;
  const o = thFund.overview;
  const { data, error, reload } = useLoad((signal) => fundApi.list(signal), []);
  return (
    <Page title={t.title}>
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && (
        <Table
          caption={t.title}
          captionHidden
          cards
          testId="fund-list"
          rowTestId="fund-item"
          rows={data.items}
          rowKey={(f) => f.id}
          empty={t.empty}
          columns={[
            { key: 'name', header: thFund.nav, cell: (f) => <Link to={`/fund/${f.id}`}>{f.nameTh}</Link> },
            { key: 'unit', header: o.unit, cell: (f) => f.orgUnit.nameTh },
            { key: 'period', header: o.period, cell: (f) => t.period(thaiDate(f.startsOn), thaiDate(f.endsOn)) },
            {
              key: 'people',
              header: o.participants,
              className: 'col-num',
              cell: (f) => `${format.number(f.participants)} / ${format.number(f.targetParticipants)}`,
            },
            { key: 'bank', header: o.bankBalance, className: 'col-num', cell: (f) => baht(f.balances.bank) },
          ]}
        />
      )}
    </Page>
  );
}
