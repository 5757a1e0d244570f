// /assessments/:id: one program for the viewer's area — the 60 % plan indicator, totals and report
// deadlines, a row per province / district / group, levels and most-failed indicators — and its
// target groups with the reason each was chosen; the province or department runs and clears the
// selection of each province it manages.
import { assessmentsApi } from '../api/assessments.js';
import { PlanIndicator, RollupChildren, RollupOutcomes, RollupTotals } from '../features/assessments/RollupView.js';
import { SelectionCard } from '../features/assessments/SelectionCard.js';
import { TargetsTable } from '../features/assessments/TargetsTable.js';
import { thAssessments } from '../i18n/th-assessments.js';
import { Link } from '../router.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function AssessmentProgramPage({ id }: { id: string }) {
  const t = thAssessments.program;
  const program = useLoad((signal) => assessmentsApi.program(id, signal), [id]);
  const rollup = useLoad((signal) => assessmentsApi.rollup(id, undefined, signal), [id]);
  const targets = useLoad((signal) => assessmentsApi.targets(id, undefined, signal), [id]);
  if (program.error) return <LoadError message={program.error} onRetry={program.reload} />;
  if (!program.data) return <Spinner />;
  const p = program.data;
  return (
    <Page
      title={p.titleTh}
      before={<Link to="/assessments">{thAssessments.list.title}</Link>}
      description={`${thAssessments.list.fiscalYear(p.fiscalYear)} · ${p.orgUnit.nameTh} · ${t.reportDays(p.reportDays)}`}
      actions={
        <a className="btn btn--secondary" href={assessmentsApi.rollupXlsxUrl(id)} download data-testid="rollup-xlsx">
          {thAssessments.rollup.excel}
        </a>
      }
    >
      {rollup.error ? (
        <LoadError message={rollup.error} onRetry={rollup.reload} />
      ) : rollup.data ? (
        <>
          <PlanIndicator r={rollup.data} />
          <RollupTotals f={rollup.data.totals} />
          <RollupChildren r={rollup.data} />
        </>
      ) : (
        <Spinner />
      )}
      {p.canManage && targets.data && (
        <SelectionCard
          program={p}
          targets={targets.data.items}
          onChanged={() => {
            rollup.reload();
            targets.reload();
          }}
        />
      )}
      <Card title={t.targets}>
        {targets.error ? (
          <LoadError message={targets.error} onRetry={targets.reload} />
        ) : targets.data ? (
          <TargetsTable programId={id} targets={targets.data.items} />
        ) : (
          <Spinner />
        )}
      </Card>
      {rollup.data && <RollupOutcomes r={rollup.data} />}
    </Page>
  );
}
