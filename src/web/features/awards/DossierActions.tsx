// The dossier's sign-off as the form prints it: the district head (ผู้รับรอง) endorses what is
// saved, then the office submits it (locked from then on), or withdraws the nomination with a
// reason before the deadline. Each step asks first; refusals show the API's Thai messages.
import { useState } from 'react';
import { ApiError, errorMessageTh } from '../../api/client.js';
import { awardsApi } from '../../api/awards.js';
import type { Nomination } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { format } from '../../i18n/th.js';
import { Alert, useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Card } from '../../ui/Page.js';
import { TextArea } from '../../ui/TextArea.js';

type Action = 'endorse' | 'submit' | 'withdraw';

export function DossierActions({
  n,
  dirty,
  onChange,
}: {
  n: Nomination;
  dirty: boolean;
  onChange: (n: Nomination) => void;
}) {
  const t = thAwards.dossier;
  const toast = useToast();
  const [pending, setPending] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; issues: string[] } | null>(null);
  const [reason, setReason] = useState('');
  const labels: Record<Action, { label: string; confirm: string; done: string }> = {
    endorse: { label: t.endorse, confirm: t.endorseConfirm, done: t.endorsed },
    submit: { label: t.submit, confirm: t.submitConfirm, done: t.submitted },
    withdraw: { label: t.withdraw, confirm: t.withdrawConfirm, done: t.withdrawn },
  };
  const run = async (a: Action) => {
    if (a === 'withdraw' && !reason.trim()) return setError({ message: t.reasonRequired, issues: [] });
    setBusy(true);
    setError(null);
    try {
      const next =
        a === 'endorse'
          ? await awardsApi.endorse(n.id)
          : a === 'submit'
            ? await awardsApi.submit(n.id)
            : await awardsApi.withdraw(n.id, reason.trim());
      toast(labels[a].done);
      setPending(null);
      onChange(next);
    } catch (e) {
      const issues = e instanceof ApiError ? e.issues.map((i) => i.messageTh) : [];
      setError({ message: errorMessageTh(e), issues });
    } finally {
      setBusy(false);
    }
  };
  const actions = (['endorse', 'submit', 'withdraw'] as const).filter((a) => n.can[a]);
  return (
    <Card title={t.endorsement}>
      <div data-testid="endorsement">
        {n.endorsement ? (
          <p className="aw-endorsement">
            <span data-testid="endorser">{t.endorsedBy(n.endorsement.name, n.endorsement.position)}</span>
            <br />
            <span className="muted">{format.dateTime(n.endorsement.at)}</span>
          </p>
        ) : (
          n.status !== 'withdrawn' && <p className="muted">{t.notEndorsed}</p>
        )}
      </div>
      {dirty && actions.some((a) => a !== 'withdraw') && <Alert tone="warning">{t.unsavedFirst}</Alert>}
      {actions.length > 0 && (
        <div className="aw-actions">
          {actions.map((a) => (
            <Button
              key={a}
              variant={a === 'withdraw' ? 'danger' : 'primary'}
              disabled={dirty && a !== 'withdraw'}
              onClick={() => {
                setError(null);
                setPending(a);
              }}
              data-testid={`dossier-${a}`}
            >
              {labels[a].label}
            </Button>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending ? labels[pending].label : ''}
        confirmLabel={pending ? labels[pending].label : ''}
        tone={pending === 'withdraw' ? 'danger' : 'primary'}
        busy={busy}
        error={error && [error.message, ...error.issues].join(' · ')}
        onConfirm={() => pending && run(pending)}
        onCancel={() => setPending(null)}
        testId="confirm-dossier"
      >
        <p>{pending && labels[pending].confirm}</p>
        {pending === 'withdraw' && (
          <TextArea label={t.withdrawReason} rows={2} value={reason} onChange={setReason} requiredMark />
        )}
      </ConfirmDialog>
    </Card>
  );
}
