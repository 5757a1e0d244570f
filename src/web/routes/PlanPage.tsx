// /plans/:id: the plan's timeline and steps (overdue by the server's clock) and its KPIs with their
// actuals (counted by the system or recorded by hand); the project's managers change step statuses,
// add steps and KPIs, and record manual actuals.
import { useState } from 'react';
import { errorMessageTh } from '../api/client.js';
import { programsApi } from '../api/programs.js';
import type { Indicator, Plan, PlanStep, PlanStepStatus } from '../api/programs-types.js';
import { AddKpiForm } from '../features/programs/AddKpiForm.js';
import { AddStepForm } from '../features/programs/AddStepForm.js';
import { KpiList } from '../features/programs/KpiList.js';
import { longDate, thaiNumber } from '../features/programs/labels.js';
import { PlanStepsTable } from '../features/programs/PlanStepsTable.js';
import { PlanTimeline } from '../features/programs/PlanTimeline.js';
import { useUnitChoices } from '../features/programs/useUnitChoices.js';
import '../features/programs/programs.css';
import { thPrograms } from '../i18n/th-programs.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function PlanPage({ id }: { id: string }) {
  const t = thPrograms.plan;
  const { data, error, reload } = useLoad((signal) => programsApi.plan(id, signal), [id]);
  const [fresh, setFresh] = useState<Plan | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // Remounts the add-KPI form empty after each KPI is added.
  const [kpiFormKey, setKpiFormKey] = useState(0);
  const units = useUnitChoices();
  const plan = fresh ?? data;
  if (error)
    return (
      <Page title={t.title}>
        <LoadError message={error} onRetry={reload} />
      </Page>
    );
  if (!plan) return <Spinner />;

  async function setStatus(step: PlanStep, status: PlanStepStatus) {
    setActionError(null);
    try {
      setFresh(await programsApi.updateStep(plan!.id, step.id, { status }));
    } catch (err) {
      setActionError(errorMessageTh(err));
    }
  }
  function kpiRecorded(k: Indicator) {
    setFresh({ ...plan!, kpis: plan!.kpis.map((x) => (x.id === k.id ? k : x)) });
  }
  const overdue = plan.steps.filter((s) => s.overdue).length;
  return (
    <Page
      title={plan.nameTh}
      before={
        <Link to={`/projects/${plan.project.id}`}>
          {plan.project.registerNumber ? `${thaiNumber(plan.project.registerNumber)} ` : ''}
          {plan.project.titleTh}
        </Link>
      }
      description={
        <>
          {t.today(longDate(plan.today))}
          {overdue > 0 && (
            <span className="status status--off pg-overdue" data-testid="plan-overdue-count">
              {t.overdueCount(overdue)}
            </span>
          )}
        </>
      }
    >
      <Card title={t.timeline}>
        <PlanTimeline steps={plan.steps} today={plan.today} />
      </Card>
      <Card title={t.steps}>
        {actionError && <Alert tone="error">{actionError}</Alert>}
        <PlanStepsTable steps={plan.steps} canManage={plan.canManage} onStatus={setStatus} />
      </Card>
      <Card title={t.kpis}>
        <KpiList kpis={plan.kpis} canManage={plan.canManage} today={plan.today} onRecorded={kpiRecorded} />
      </Card>
      {plan.canManage && (
        <AddKpiForm
          key={`kpi-form-${kpiFormKey}`}
          planId={plan.id}
          onAdded={(p) => {
            setFresh(p);
            setKpiFormKey((n) => n + 1);
          }}
        />
      )}
      {plan.canManage && units.length > 0 && (
        // Keyed by the step count: a saved step mounts a fresh form (the submit cycle stays busy on success).
        <AddStepForm key={`step-form-${plan.steps.length}`} planId={plan.id} units={units} onAdded={setFresh} />
      )}
    </Page>
  );
}
