// /fund/:id/plans/new: a fund officer drafts the assistance plan from accepted proposals.
import { fundApi } from '../api/fund.js';
import { PlanBuilder } from '../features/fund/PlanBuilder.js';
import { candidates } from '../features/fund/plan-model.js';
import { useSession } from '../features/auth/session.js';
import { thFund } from '../i18n/th-fund.js';
import { Link, navigate } from '../router.js';
import { Alert, useToast } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function FundPlanNewPage({ id }: { id: string }) {
  const t = thFund.plan;
  const toast = useToast();
  const { me } = useSession();
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [fund, proposals, signers] = await Promise.all([
        fundApi.get(id, signal),
        fundApi.proposals(id, signal),
        fundApi.planSigners(id, signal),
      ]);
      return { fund, candidates: candidates(proposals.items), signers: signers.items };
    },
    [id],
  );
  return (
    <Page
      title={t.newTitle}
      before={
        <p className="crumbs">
          <Link to={`/fund/${id}/plans`}>‹ {t.listTitle}</Link>
        </p>
      }
      description={t.newIntro}
    >
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && data.candidates.length === 0 && (
        <Alert tone="info" testId="plan-no-candidates">
          {t.noCandidates}
        </Alert>
      )}
      {data && data.candidates.length > 0 && (
        <PlanBuilder
          fundId={id}
          me={me.id}
          candidates={data.candidates}
          signers={data.signers}
          bank={data.fund.balances.bank}
          onSaved={(plan) => {
            toast(t.saved, 'success');
            navigate(`/fund/${id}/plans/${plan.id}`, { replace: true });
          }}
        />
      )}
    </Page>
  );
}
