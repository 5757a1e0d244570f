// The group's development plan (seed 004 step 4.6) with its support budget (step 5).
import type { Forum } from '../../api/assessments-types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { Fact, Facts } from '../../ui/Facts.js';
import { Card } from '../../ui/Page.js';
import { baht } from '../savings/money.js';
import { PlanFollowUp } from './PlanFollowUp.js';
import { PlanItemsEditor } from './PlanItemsEditor.js';
import { SpendingSection } from './SpendingSection.js';
import { PlanBadge } from './StateBadge.js';

const t = thAssessments.plan;

export function PlanCard({ f, onSaved }: { f: Forum; onSaved: (f: Forum) => void }) {
  const plan = f.plan;
  if (!plan) return null;
  return (
    <Card
      title={
        <>
          {t.title} <PlanBadge status={plan.status} />
        </>
      }
    >
      <Facts>
        <Fact label={t.budget} value={`${baht(plan.budget)} บาท`} />
        <Fact label={t.planned} value={`${baht(plan.planned)} บาท`} />
        <Fact label={t.spent} value={`${baht(plan.spent)} บาท`} />
        <Fact label={t.remaining} value={`${baht(plan.remaining)} บาท`} />
      </Facts>
      {plan.withdrawnReason && (
        <p>
          {t.withdrawReason}: {plan.withdrawnReason}
        </p>
      )}
      {f.can.editPlan ? (
        <PlanItemsEditor
          key={`${plan.status}:${plan.items.map((x) => x.action).join('|')}`}
          f={f}
          plan={plan}
          onSaved={onSaved}
        />
      ) : (
        <PlanFollowUp f={f} plan={plan} onSaved={onSaved} />
      )}
      {plan.status === 'adopted' && <SpendingSection f={f} plan={plan} onSaved={onSaved} />}
    </Card>
  );
}
