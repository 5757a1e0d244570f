// /plans/:id: the plan's timeline and steps (overdue by the server's clock), with status changes and
// new steps for the project's managers.
import { useState } from 'react';
import { errorMessageTh } from '../api/client.js';
import { programsApi } from '../api/programs.js';
import type { Plan, PlanStep, PlanStepStatus } from '../api/programs-types.js';
import { AddStepForm } from '../features/programs/AddStepForm.js';
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
      {plan.kpis.length > 0 && (
        <Card title={t.kpis}>
          <ul className="pg-doc__list">
            {plan.kpis.map((k) => (
              <li key={k.id}>
                {k.textTh} {thPrograms.view.target(thaiNumber(k.target ?? 0), k.unit ?? '')}
                {k.actual && ` · ${thPrograms.view.actual(thaiNumber(k.actual.value), longDate(k.actual.asOf))}`}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {plan.canManage && units.length > 0 && <AddStepForm planId={plan.id} units={units} onAdded={setFresh} />}
    </Page>
  );
}
