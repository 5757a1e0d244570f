// A modal yes/no question on the native <dialog>: the browser traps focus, Escape cancels, and focus
// starts on "cancel" so a stray Enter does nothing destructive.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { th } from '../i18n/th.js';
import { Alert } from './Alert.js';
import { Button } from './Button.js';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** `danger` for actions that take something away (suspending an account). */
  tone?: 'primary' | 'danger';
  busy?: boolean;
  /** A failure of the confirmed action, shown inside the dialog. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  tone = 'primary',
  busy,
  error,
  onConfirm,
  onCancel,
  testId,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-t`}
      aria-describedby={children ? `${id}-b` : undefined}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
      data-testid={testId}
    >
      {open && (
        <>
          <h2 id={`${id}-t`} className="dialog__title">
            {title}
          </h2>
          {children && (
            <div id={`${id}-b`} className="dialog__body">
              {children}
            </div>
          )}
          {error && <Alert tone="error">{error}</Alert>}
          <div className="dialog__actions">
            <Button onClick={onCancel} disabled={busy}>
              {th.common.cancel}
            </Button>
            <Button variant={tone} onClick={onConfirm} busy={busy} data-testid={testId && `${testId}-confirm`}>
              {confirmLabel}
            </Button>
          </div>
        </>
      )}
    </dialog>
  );
}
