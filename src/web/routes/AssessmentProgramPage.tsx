// /assessments/:id: one program for the viewer's area — the 60 % plan indicator, totals and report
// deadlines, a row per province / district / group, levels and most-failed indicators — and its
// target groups with the reason each was chosen; the province or department runs the selection.
import { useState } from 'react';
import { assessmentsApi } from '../api/assessments.js';
import { errorMessageTh } from '../api/client.js';
import { PlanIndicator, RollupChildren, RollupOutcomes, RollupTotals } from '../features/assessments/RollupView.js';
import { TargetsTable } from '../features/assessments/TargetsTable.js';
import { thAssessments } from '../i18n/th-assessments.js';
import { Link } from '../router.js';
import { useToast } from '../ui/Alert.js';
import { Button } from '../ui/Button.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function AssessmentProgramPage({ id }: { id: string }) {
  const t = thAssessments.program;
  const toast = useToast();
  const program = useLoad((signal) => assessmentsApi.program(id, signal), [id]);
  const rollup = useLoad((signal) => assessmentsApi.rollup(id, undefined, signal), [id]);
  const targets = useLoad((signal) => assessmentsApi.targets(id, undefined, signal), [id]);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (program.error) return <LoadError message={program.error} onRetry={program.reload} />;
  if (!program.data) return <Spinner />;
  const p = program.data;
  const select = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await assessmentsApi.select(id);
      toast(t.selected(r.provinces.reduce((a, x) => a + x.selected, 0)));
      setConfirm(false);
      rollup.reload();
      targets.reload();
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={p.titleTh}
      before={<Link to="/assessments">{thAssessments.list.title}</Link>}
      description={`${thAssessments.list.fiscalYear(p.fiscalYear)} · ${p.orgUnit.nameTh} · ${t.reportDays(p.reportDays)}`}
      actions={
        p.canManage && (
          <Button variant="primary" onClick={() => setConfirm(true)} data-testid="run-selection">
            {t.select}
          </Button>
        )
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
      <ConfirmDialog
        open={confirm}
        title={t.select}
        confirmLabel={t.select}
        busy={busy}
        error={error}
        onConfirm={() => void select()}
        onCancel={() => setConfirm(false)}
      >
        {t.selectConfirm}
      </ConfirmDialog>
    </Page>
  );
}
