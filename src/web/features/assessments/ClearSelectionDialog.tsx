// Confirms clearing a province's selection: names every group that will be removed with the reason it
// was chosen, says the removal is kept in the audit log, and asks why (the API records the reason).
import { useState } from 'react';
import { thAssessments } from '../../i18n/th-assessments.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { TextArea } from '../../ui/TextArea.js';
import type { ProvinceSelection } from './selection-model.js';

const t = thAssessments.selection;

export function ClearSelectionDialog({
  selection,
  programTitle,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  selection: ProvinceSelection | null;
  programTitle: string;
  busy: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const close = () => {
    setReason('');
    setTried(false);
    onCancel();
  };
  return (
    <ConfirmDialog
      open={selection !== null}
      title={selection ? t.clearTitle(selection.province.nameTh) : ''}
      confirmLabel={t.clear}
      tone="danger"
      busy={busy}
      error={error}
      testId="clear-dialog"
      onConfirm={() => {
        setTried(true);
        if (reason.trim()) onConfirm(reason.trim());
      }}
      onCancel={close}
    >
      {selection && (
        <>
          <p>{t.clearWhat(selection.targets.length, programTitle)}</p>
          <ol className="as-chosen" data-testid="clear-list">
            {selection.targets.map((x) => (
              <li key={x.groupId}>
                <strong>{x.groupNameTh}</strong> ({x.district.nameTh}) — {x.reasonTh}
              </li>
            ))}
          </ol>
          <p className="muted">{t.clearAfter}</p>
          <TextArea
            label={t.clearReason}
            value={reason}
            onChange={setReason}
            rows={2}
            requiredMark
            error={tried && !reason.trim() ? t.clearReasonRequired : undefined}
            testId="clear-reason"
          />
        </>
      )}
    </ConfirmDialog>
  );
}
