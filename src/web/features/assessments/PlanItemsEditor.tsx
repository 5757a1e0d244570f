// The development plan while it is being written: one item per failed indicator with its action,
// owner, due date and cost (within the group's support budget), then adoption.
import { useState } from 'react';
import { assessmentsApi } from '../../api/assessments.js';
import type { Forum, Plan } from '../../api/assessments-types.js';
import { ApiError, errorMessageTh } from '../../api/client.js';
import type { FieldIssue } from '../../api/types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { TextArea } from '../../ui/TextArea.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { FormError } from '../savings/FormError.js';
import { MoneyField } from '../savings/MoneyField.js';
import { baht, parseAmount } from '../savings/money.js';

const t = thAssessments.plan;

interface Row {
  itemNo: number;
  action: string;
  owner: string;
  dueOn: string;
  cost: string;
}

export function PlanItemsEditor({ f, plan, onSaved }: { f: Forum; plan: Plan; onSaved: (f: Forum) => void }) {
  const toast = useToast();
  const [rows, setRows] = useState<Row[]>(() =>
    plan.items.map((x) => ({
      itemNo: x.itemNo,
      action: x.action,
      owner: x.owner,
      dueOn: x.dueOn ?? '',
      cost: x.cost ? baht(x.cost) : '',
    })),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const run = async (call: () => Promise<Forum>, done: string) => {
    setBusy(true);
    setError(null);
    setIssues([]);
    try {
      const next = await call();
      toast(done);
      onSaved(next);
    } catch (e) {
      setError(errorMessageTh(e));
      if (e instanceof ApiError) setIssues(e.issues);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    assessmentsApi.saveItems(
      f.program.id,
      f.target.groupId,
      rows.map((r) => {
        const cost = parseAmount(r.cost);
        return {
          itemNo: r.itemNo,
          action: r.action,
          owner: r.owner,
          dueOn: r.dueOn || null,
          cost: cost.ok ? cost.value : -1,
        };
      }),
    );
  return (
    <div data-testid="plan-editor">
      {plan.items.length === 0 && <p>{t.noItems}</p>}
      {plan.items.map((x, i) => (
        <div key={x.itemNo} className="as-item" data-testid={`plan-item-${x.itemNo}`}>
          <p className="as-item__title">
            {t.item} {x.itemNo}: {x.indicatorCode} {x.indicatorTextTh}
          </p>
          <TextArea
            label={t.action}
            value={rows[i]!.action}
            onChange={(v) => set(i, { action: v })}
            rows={2}
            requiredMark
            testId={`item-action-${x.itemNo}`}
          />
          <div className="as-grid">
            <TextField
              label={t.owner}
              value={rows[i]!.owner}
              onChange={(v) => set(i, { owner: v })}
              requiredMark
              data-testid={`item-owner-${x.itemNo}`}
            />
            <DateField
              label={t.dueOn}
              value={rows[i]!.dueOn}
              onChange={(v) => set(i, { dueOn: v })}
              requiredMark
              data-testid={`item-due-${x.itemNo}`}
            />
            <MoneyField
              label={t.cost}
              value={rows[i]!.cost}
              onChange={(v) => set(i, { cost: v })}
              data-testid={`item-cost-${x.itemNo}`}
            />
          </div>
        </div>
      ))}
      <FormError message={error} other={issues} testId="plan-error" />
      <div className="as-sticky-actions">
        {plan.items.length > 0 && (
          <Button busy={busy} onClick={() => run(save, t.saved)} data-testid="plan-save">
            {t.save}
          </Button>
        )}
        <Button
          variant="primary"
          busy={busy}
          onClick={() =>
            run(async () => {
              if (plan.items.length > 0) await save();
              return assessmentsApi.adopt(f.program.id, f.target.groupId);
            }, t.adopted)
          }
          data-testid="plan-adopt"
        >
          {t.adopt}
        </Button>
      </div>
    </div>
  );
}
