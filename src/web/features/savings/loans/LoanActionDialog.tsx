// The committee's decision on an application (approve / reject, with a date and a note) and paying
// out an approved loan (with its first due date). Each is one ledger write with its own key.
import { useEffect, useState } from 'react';
import { errorMessageTh } from '../../../api/client.js';
import { savingsApi } from '../../../api/savings.js';
import type { Loan } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { TextField } from '../../../ui/TextField.js';
import { DateField } from '../DateField.js';
import { nextMeetingDay, today } from '../dates.js';
import { baht } from '../money.js';
import { useIdempotencyKey } from '../useIdempotencyKey.js';

export type LoanAction = { kind: 'approve' | 'reject' | 'disburse'; loan: Loan };

interface Props {
  groupId: string;
  meetingDay: number;
  action: LoanAction | null;
  onDone: (loan: Loan) => void;
  onCancel: () => void;
}

export function LoanActionDialog({ groupId, meetingDay, action, onDone, onCancel }: Props) {
  const t = th.savings.loans;
  const idem = useIdempotencyKey();
  const [date, setDate] = useState(today);
  const [firstDue, setFirstDue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Each opening is a new intended write.
  useEffect(() => {
    idem.reset();
    setDate(today());
    setNote('');
    setError(null);
  }, [action]);
  useEffect(() => {
    if (date) setFirstDue(nextMeetingDay(date, meetingDay));
  }, [date, meetingDay]);

  async function confirm() {
    if (!action) return;
    if (!date || (action.kind === 'disburse' && !firstDue)) {
      setError(th.savings.dateRequired);
      return;
    }
    setBusy(true);
    setError(null);
    const { loan } = action;
    try {
      const saved =
        action.kind === 'disburse'
          ? await savingsApi.disburseLoan(groupId, loan.loanNo, { disbursedOn: date, firstDueOn: firstDue }, idem.key())
          : await savingsApi.decideLoan(
              groupId,
              loan.loanNo,
              { decision: action.kind, decidedOn: date, note: note.trim() },
              idem.key(),
            );
      idem.reset();
      onDone(saved);
    } catch (err) {
      setError(errorMessageTh(err));
    } finally {
      setBusy(false);
    }
  }

  const kind = action?.kind ?? 'approve';
  return (
    <ConfirmDialog
      open={action !== null}
      title={action ? t.actionTitle[kind](action.loan.loanNo) : ''}
      confirmLabel={t.actions[kind]}
      tone={kind === 'reject' ? 'danger' : 'primary'}
      busy={busy}
      error={error}
      onConfirm={confirm}
      onCancel={onCancel}
      testId="loan-action-dialog"
    >
      {action && (
        <div className="stack">
          <p>{t.actionBody(action.loan.memberName, action.loan.loanTypeNameTh, baht(action.loan.principal))}</p>
          <DateField
            label={kind === 'disburse' ? t.disbursedOn : t.decidedOn}
            value={date}
            onChange={setDate}
            requiredMark
          />
          {kind === 'disburse' ? (
            <DateField label={t.firstDueOn} value={firstDue} onChange={setFirstDue} requiredMark />
          ) : (
            <TextField label={t.note} hint={t.noteHint} value={note} onChange={setNote} maxLength={500} />
          )}
        </div>
      )}
    </ConfirmDialog>
  );
}
