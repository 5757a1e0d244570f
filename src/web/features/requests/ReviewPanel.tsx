// The issuing side's decision on a submitted report: accept it, or send it back with what to fix;
// and for a form locked at its deadline, let this one unit report late.
import { useState } from 'react';
import { ApiError, errorMessageTh } from '../../api/client.js';
import { requestsApi } from '../../api/requests.js';
import type { Submission } from '../../api/requests-types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { FieldMessage } from '../../ui/TextField.js';
import { TextArea } from '../../ui/TextArea.js';

export function ReviewPanel({ s, onDone }: { s: Submission; onDone: (s: Submission) => void }) {
  const t = thRequests.review;
  const toast = useToast();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<Submission>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      const next = await call();
      toast(done);
      onDone(next);
    } catch (e) {
      setError(e instanceof ApiError && e.issues[0] ? e.issues[0].messageTh : errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  if (s.status === 'submitted') {
    return (
      <Card title={t.title}>
        <TextArea
          label={t.comment}
          rows={4}
          value={comment}
          onChange={setComment}
          error={error ?? undefined}
          testId="return-comment"
        />
        <div className="rq-actions">
          <Button
            variant="primary"
            busy={busy}
            onClick={() => run(() => requestsApi.accept(s.id), t.accepted)}
            data-testid="accept"
          >
            {t.accept}
          </Button>
          <Button
            busy={busy}
            onClick={() => run(() => requestsApi.returnForCorrection(s.id, comment), t.returned)}
            data-testid="return"
          >
            {t.return}
          </Button>
        </div>
      </Card>
    );
  }
  if (s.locked) {
    return (
      <Card title={t.title}>
        <Button busy={busy} onClick={() => run(() => requestsApi.grantException(s.id), t.granted)}>
          {t.grant}
        </Button>
        <FieldMessage error={error ?? undefined} />
      </Card>
    );
  }
  return null;
}
