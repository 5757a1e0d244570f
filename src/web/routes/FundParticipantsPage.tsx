// /fund/:id/participants: the savers the viewer may see (all for the fund officers, a district's
// own staff for its head, oneself) with what each saved against the pledge; each links to the
// participant's statement.
import { fundApi } from '../api/fund.js';
import { FundTabs } from '../features/fund/FundTabs.js';
import { baht } from '../features/savings/money.js';
import { thFund } from '../i18n/th-fund.js';
import { Link } from '../router.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function FundParticipantsPage({ id }: { id: string }) {
  const t = thFund.participants;
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [fund, participants] = await Promise.all([fundApi.get(id, signal), fundApi.participants(id, signal)]);
      return { fund, participants: participants.items };
    },
    [id],
  );
  return (
    <Page
      title={t.title}
      before={
        <p className="crumbs">
          <Link to={`/fund/${id}`}>‹ {data?.fund.nameTh ?? thFund.nav}</Link>
        </p>
      }
      description={data?.fund.orgUnit.nameTh}
    >
      {data && <FundTabs fund={data.fund} active="participants" />}
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && (
        <Table
          caption={t.title}
          captionHidden
          cards
          testId="participant-list"
          rowTestId="participant-row"
          rows={data.participants}
          rowKey={(p) => String(p.participantNo)}
          empty={t.none}
          columns={[
            { key: 'no', header: '#', className: 'col-num', cell: (p) => p.participantNo },
            {
              key: 'name',
              header: t.name,
              cell: (p) => <Link to={`/fund/${id}/participants/${p.participantNo}`}>{p.person.nameTh}</Link>,
            },
            { key: 'unit', header: t.unit, cell: (p) => p.unit.nameTh },
            { key: 'saved', header: t.saved, className: 'col-num', cell: (p) => baht(p.saved) },
            { key: 'expected', header: t.expected, className: 'col-num', cell: (p) => baht(p.expected) },
            { key: 'keeps', header: t.keeps, cell: (p) => (p.counted === 0 ? '–' : p.keepsPledge ? t.yes : t.no) },
          ]}
        />
      )}
    </Page>
  );
}
