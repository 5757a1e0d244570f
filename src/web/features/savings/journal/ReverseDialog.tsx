// Correcting a posted entry: a reversal with a reason (the only way; entries are never edited).
import { useState } from 'react';
import { errorMessageTh } from '../../../api/client.js';
import { savingsApi } from '../../../api/savings.js';
import type { JournalEntry } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { TextField } from '../../../ui/TextField.js';
import { thaiDate } from '../dates.js';
import { useIdempotencyKey } from '../useIdempotencyKey.js';

interface Props {
  groupId: string;
  entry: JournalEntry | null;
  onDone: (reversalNo: number) => void;
  onCancel: () => void;
}

export function ReverseDialog({ groupId, entry, onDone, onCancel }: Props) {
  const t = th.savings.journal;
  const idem = useIdempotencyKey();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tooShort = reason.trim().length < 3;

  const close = () => {
    setReason('');
    setError(null);
    idem.reset(); // another entry is another write
    onCancel();
  };
  async function confirm() {
    if (!entry) return;
    if (tooShort) {
      setError(t.reasonRequired);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await savingsApi.reverseEntry(groupId, entry.entryNo, reason.trim(), idem.key());
      idem.reset();
      setReason('');
      onDone(r.entryNo);
    } catch (err) {
      setError(errorMessageTh(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <ConfirmDialog
      open={entry !== null}
      title={entry ? t.reverseTitle(entry.entryNo) : ''}
      confirmLabel={t.reverse}
      tone="danger"
      busy={busy}
      error={error}
      onConfirm={confirm}
      onCancel={close}
      testId="reverse-dialog"
    >
      {entry && (
        <>
          <p>{t.reverseBody(thaiDate(entry.postedOn), entry.memo)}</p>
          <TextField
            label={t.reason}
            hint={t.reasonHint}
            value={reason}
            onChange={setReason}
            requiredMark
            maxLength={500}
            autoComplete="off"
            data-testid="reverse-reason"
          />
        </>
      )}
    </ConfirmDialog>
  );
}
