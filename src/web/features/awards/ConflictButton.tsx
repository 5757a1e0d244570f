// A judge declares a conflict of interest on one dossier, with a reason, before scoring closes;
// from then on their sheet for it is refused and any points already given do not count.
import { useState } from 'react';
import { errorMessageTh } from '../../api/client.js';
import { awardsApi } from '../../api/awards.js';
import { thAwards } from '../../i18n/th-awards.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { TextArea } from '../../ui/TextArea.js';

export function ConflictButton({
  callId,
  nominationId,
  onDone,
}: {
  callId: string;
  nominationId: string;
  onDone: () => void;
}) {
  const t = thAwards.conflict;
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const declare = async () => {
    if (!reason.trim()) return setError(thAwards.dossier.reasonRequired);
    setBusy(true);
    setError(null);
    try {
      await awardsApi.declareConflict(callId, nominationId, reason.trim());
      toast(t.declared);
      setOpen(false);
      onDone();
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button small variant="ghost" onClick={() => setOpen(true)} data-testid="declare-conflict">
        {t.declare}
      </Button>
      <ConfirmDialog
        open={open}
        title={t.declare}
        confirmLabel={t.declare}
        tone="danger"
        busy={busy}
        error={error}
        onConfirm={declare}
        onCancel={() => setOpen(false)}
        testId="confirm-conflict"
      >
        <p>{t.confirm}</p>
        <TextArea label={t.reason} rows={2} value={reason} onChange={setReason} requiredMark testId="conflict-reason" />
      </ConfirmDialog>
    </>
  );
}
