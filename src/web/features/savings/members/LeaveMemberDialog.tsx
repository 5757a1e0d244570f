// A member leaves (resigns, dies, is expelled): the date and reason, one ledger write with its own
// key; the server pays out the savings less the loans it settles, and says how much of each.
import { useEffect, useState } from 'react';
import { errorMessageTh } from '../../../api/client.js';
import { savingsApi } from '../../../api/savings.js';
import type { LeaveReason, LeaveResult, Member } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { Alert } from '../../../ui/Alert.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { Select } from '../../../ui/Select.js';
import { DateField } from '../DateField.js';
import { thaiDate, today } from '../dates.js';
import { baht } from '../money.js';
import { useIdempotencyKey } from '../useIdempotencyKey.js';

const REASONS: LeaveReason[] = ['resigned', 'deceased', 'expelled'];

interface Props {
  groupId: string;
  member: Member;
  open: boolean;
  onCancel: () => void;
  onLeft: (r: LeaveResult) => void;
}

export function LeaveMemberDialog({ groupId, member: m, open, onCancel, onLeft }: Props) {
  const t = th.savings.leave;
  const idem = useIdempotencyKey();
  const [leftOn, setLeftOn] = useState(today);
  const [reason, setReason] = useState<LeaveReason>('resigned');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    idem.reset();
    setError(null);
  }, [open]);

  async function confirm() {
    if (!leftOn) return setError(th.savings.dateRequired);
    setBusy(true);
    setError(null);
    try {
      const r = await savingsApi.leaveMember(groupId, m.memberNo, { leftOn, reason }, idem.key());
      idem.reset();
      onLeft(r);
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  }

  const b = m.balances;
  return (
    <ConfirmDialog
      open={open}
      title={t.title(m.memberNo, m.fullName)}
      confirmLabel={t.confirm}
      tone="danger"
      busy={busy}
      error={error}
      onConfirm={confirm}
      onCancel={onCancel}
      testId="leave-dialog"
    >
      <div className="stack">
        <p>{t.body(baht(b.pledgedSavings + b.specialSavings), baht(b.loansOutstanding))}</p>
        <DateField label={t.leftOn} value={leftOn} onChange={setLeftOn} requiredMark data-testid="leave-date" />
        <Select
          label={t.reason}
          value={reason}
          onChange={(v) => setReason(v as LeaveReason)}
          options={REASONS.map((r) => ({ value: r, label: t.reasons[r] }))}
          data-testid="leave-reason"
        />
      </div>
    </ConfirmDialog>
  );
}

/** What the server posted when the member left. */
export function LeaveOutcome({ result: r, onDismiss }: { result: LeaveResult; onDismiss: () => void }) {
  const t = th.savings.leave;
  return (
    <Alert tone="success" title={t.done(thaiDate(r.leftOn))} onDismiss={onDismiss} testId="leave-outcome">
      <ul className="plain-list plain-list--tight">
        <li className="split-line">
          <span>{t.pledged}</span>
          <span className="num">{baht(r.pledgedSavings)}</span>
        </li>
        <li className="split-line">
          <span>{t.special}</span>
          <span className="num">{baht(r.specialSavings)}</span>
        </li>
        {r.loansSettled.map((l) => (
          <li key={l.loanNo} className="split-line">
            <span>{t.loanSettled(l.loanNo)}</span>
            <span className="num">−{baht(l.amount)}</span>
          </li>
        ))}
        <li className="split-line">
          <strong>{t.payout}</strong>
          <strong className="num" data-testid="leave-payout">
            {baht(r.payout)}
          </strong>
        </li>
      </ul>
      {r.entryNo !== null && <p className="muted">{th.savings.journal.entryNo(r.entryNo)}</p>}
    </Alert>
  );
}
