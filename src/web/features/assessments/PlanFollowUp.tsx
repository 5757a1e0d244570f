// An adopted plan: each item with its follow-up status and notes; the plan may be withdrawn (it then
// no longer counts towards the program's indicator) with the reason.
import { useState } from 'react';
import { assessmentsApi } from '../../api/assessments.js';
import type { Forum, Plan, PlanItem, PlanItemStatus } from '../../api/assessments-types.js';
import { errorMessageTh } from '../../api/client.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { thaiDate } from '../savings/dates.js';
import { baht } from '../savings/money.js';

const t = thAssessments.plan;

function ItemFollowUp({ f, x, onSaved }: { f: Forum; x: PlanItem; onSaved: (f: Forum) => void }) {
  const toast = useToast();
  const [status, setStatus] = useState<PlanItemStatus>(x.status);
  const [note, setNote] = useState(x.followUp);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await assessmentsApi.followUp(f.program.id, f.target.groupId, x.itemNo, status, note));
      toast(t.followedUp);
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="as-item" data-testid={`plan-item-${x.itemNo}`}>
      <p className="as-item__title">
        {t.item} {x.itemNo}: {x.indicatorCode} {x.indicatorTextTh}
      </p>
      <p>
        {x.action} · {t.owner}: {x.owner} · {t.dueOn}: {thaiDate(x.dueOn)}
        {x.overdue && <span className="as-result as-fail"> {t.overdue}</span>} · {baht(x.cost)} บาท
      </p>
      {f.can.followUp && (
        <div className="as-grid">
          <Select
            label={t.status}
            value={status}
            onChange={(v) => setStatus(v as PlanItemStatus)}
            options={(Object.keys(thAssessments.itemStatus) as PlanItemStatus[]).map((s) => ({
              value: s,
              label: thAssessments.itemStatus[s],
            }))}
          />
          <TextField label={t.followUp} value={note} onChange={setNote} error={error ?? undefined} />
          <div>
            <Button small busy={busy} onClick={() => void save()}>
              {t.saveFollowUp}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

export function PlanFollowUp({ f, plan, onSaved }: { f: Forum; plan: Plan; onSaved: (f: Forum) => void }) {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const withdraw = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await assessmentsApi.withdraw(f.program.id, f.target.groupId, reason));
      toast(t.withdrawn);
      setOpen(false);
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="plan-adopted">
      {plan.items.length === 0 && <p>{t.noItems}</p>}
      {plan.items.map((x) => (
        <ItemFollowUp key={x.itemNo} f={f} x={x} onSaved={onSaved} />
      ))}
      {f.can.withdraw && (
        <Button variant="danger" onClick={() => setOpen(true)} data-testid="plan-withdraw">
          {t.withdraw}
        </Button>
      )}
      <ConfirmDialog
        open={open}
        title={t.withdraw}
        confirmLabel={t.withdraw}
        tone="danger"
        busy={busy}
        error={error}
        onConfirm={() => void withdraw()}
        onCancel={() => setOpen(false)}
      >
        <TextField label={t.withdrawReason} value={reason} onChange={setReason} requiredMark />
      </ConfirmDialog>
    </div>
  );
}
