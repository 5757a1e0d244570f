// /fund/:id/proposals: the districts' proposals for help (seed 000 §3.5). The province's fund
// officers ask for them, see every district's status, and accept or send back each proposal; a
// district proposes for its own households, and revises a proposal sent back to it.
import { fundApi } from '../api/fund.js';
import type { ProposalDistrict } from '../api/fund-types.js';
import { FundTabs } from '../features/fund/FundTabs.js';
import { OpenProposalsForm } from '../features/fund/OpenProposalsForm.js';
import { ProposalForm } from '../features/fund/ProposalForm.js';
import { ProposalView } from '../features/fund/ProposalView.js';
import { matrixStatusOf } from '../features/fund/proposal-model.js';
import { StatusBadge } from '../features/requests/StatusBadge.js';
import { baht } from '../features/savings/money.js';
import { format } from '../i18n/th.js';
import { thFund } from '../i18n/th-fund.js';
import { Link } from '../router.js';
import { Alert, useToast } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function FundProposalsPage({ id }: { id: string }) {
  const t = thFund.proposals;
  const toast = useToast();
  const { data, error, reload } = useLoad(
    async (signal) => {
      const fund = await fundApi.get(id, signal);
      const [list, households] = await Promise.all([
        fundApi.proposals(id, signal),
        fund.canSurvey ? fundApi.households(id, signal).then((r) => r.items) : [],
      ]);
      return { fund, list, households };
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
      {data && <FundTabs fund={data.fund} active="proposals" />}
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && !data.fund.proposalRequestId && (
        <>
          {data.fund.canManage ? (
            <OpenProposalsForm
              fundId={id}
              onOpened={() => {
                toast(t.opened, 'success');
                reload();
              }}
            />
          ) : (
            <Alert tone="info" testId="proposals-not-open">
              {t.notOpen}
            </Alert>
          )}
        </>
      )}
      {data && data.fund.canManage && data.fund.proposalRequestId && <DistrictsTable rows={data.list.districts} />}
      {data?.list.districts
        .filter((d) => d.canPropose)
        .map((d) => (
          <ProposalForm
            key={`${d.district.id}:${d.status}`}
            fundId={id}
            district={d.district}
            households={data.households.filter((h) => h.district.id === d.district.id)}
            prior={data.list.items.find((p) => p.id === d.proposalId) ?? null}
            returnComment={d.status === 'returned' ? d.returnComment : null}
            onSent={() => {
              toast(t.submitted, 'success');
              window.scrollTo(0, 0);
              reload();
            }}
          />
        ))}
      {data?.list.items
        .filter((p) => !data.list.districts.some((d) => d.proposalId === p.id && d.canPropose))
        .map((p) => (
          <ProposalView
            key={`${p.id}:${p.version}:${p.status}`}
            p={p}
            canReview={data.fund.canManage}
            onChanged={reload}
          />
        ))}
    </Page>
  );
}

function DistrictsTable({ rows }: { rows: ProposalDistrict[] }) {
  const t = thFund.proposals;
  const sent = rows.filter((r) => r.proposalId).length;
  return (
    <div className="fund-block">
      <Table
        caption={`${t.districts} (${format.number(sent)} / ${format.number(rows.length)})`}
        cards
        testId="proposal-districts"
        rowTestId="proposal-district"
        rows={rows}
        rowKey={(r) => r.district.id}
        empty={t.none}
        columns={[
          { key: 'district', header: t.district, cell: (r) => r.district.nameTh },
          { key: 'status', header: t.status, cell: (r) => <StatusBadge status={matrixStatusOf(r.status, r.late)} /> },
          { key: 'registered', header: t.registered, className: 'col-num', cell: (r) => format.number(r.households) },
          { key: 'proposed', header: t.proposed, className: 'col-num', cell: (r) => format.number(r.proposed) },
          { key: 'total', header: t.total, className: 'col-num', cell: (r) => (r.proposalId ? baht(r.total) : '–') },
        ]}
      />
    </div>
  );
}
