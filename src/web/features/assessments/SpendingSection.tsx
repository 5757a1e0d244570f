// Spending of the support budget against an adopted plan: what was spent, and a form to add a row
// (append-only; a correction is a negative amount that says so). Retries reuse one idempotency key.
import { useState } from 'react';
import { assessmentsApi } from '../../api/assessments.js';
import type { Forum, Plan } from '../../api/assessments-types.js';
import { ApiError, errorMessageTh } from '../../api/client.js';
import type { FieldIssue } from '../../api/types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { thaiDate, today } from '../savings/dates.js';
import { FormError } from '../savings/FormError.js';
import { baht } from '../savings/money.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import { AppError } from '../../../kernel/errors.js';
import { parseBaht } from '../../../kernel/money.js';

const t = thAssessments.plan;

export function SpendingSection({ f, plan, onSaved }: { f: Forum; plan: Plan; onSaved: (f: Forum) => void }) {
  const toast = useToast();
  const idem = useIdempotencyKey();
  const [spentOn, setSpentOn] = useState(today());
  const [amount, setAmount] = useState('');
  const [itemNo, setItemNo] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const add = async () => {
    setBusy(true);
    setError(null);
    setIssues([]);
    try {
      let value: number;
      try {
        value = parseBaht(amount);
      } catch (e) {
        setError(e instanceof AppError ? e.messageTh : errorMessageTh(e));
        return;
      }
      const next = await assessmentsApi.spend(
        f.program.id,
        f.target.groupId,
        { spentOn, amount: value, itemNo: itemNo ? Number(itemNo) : null, note },
        idem.key(),
      );
      idem.reset();
      toast(t.spendingSaved);
      setAmount('');
      setNote('');
      onSaved(next);
    } catch (e) {
      setError(errorMessageTh(e));
      if (e instanceof ApiError) setIssues(e.issues);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section data-testid="spending">
      <h3 className="as-dimension__title">{t.spending}</h3>
      {plan.spending.length === 0 ? (
        <p className="muted">{t.noSpending}</p>
      ) : (
        <ul>
          {plan.spending.map((s) => (
            <li key={s.seq}>
              {thaiDate(s.spentOn, 'short')} · {baht(s.amount)} บาท · {s.note}
              {s.itemNo ? ` (${t.item} ${s.itemNo})` : ''}
            </li>
          ))}
        </ul>
      )}
      {f.can.spend && (
        <>
          <div className="as-grid">
            <DateField label={t.spentOn} value={spentOn} onChange={setSpentOn} requiredMark />
            <TextField
              label={t.amount}
              value={amount}
              onChange={setAmount}
              inputMode="decimal"
              requiredMark
              data-testid="spend-amount"
            />
            <Select
              label={t.forItem}
              value={itemNo}
              onChange={setItemNo}
              options={[
                { value: '', label: t.noItem },
                ...plan.items.map((x) => ({ value: String(x.itemNo), label: `${t.item} ${x.itemNo}` })),
              ]}
            />
            <TextField label={t.note} value={note} onChange={setNote} requiredMark data-testid="spend-note" />
          </div>
          <FormError message={error} other={issues} testId="spend-error" />
          <Button busy={busy} onClick={() => void add()} data-testid="spend-add">
            {t.addSpending}
          </Button>
        </>
      )}
    </section>
  );
}
