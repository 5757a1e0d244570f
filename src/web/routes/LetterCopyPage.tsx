// A received (or sent) copy as printed, with its downloads, its attached files and ลงรับ.
import { useState } from 'react';
import { errorMessageTh } from '../api/client.js';
import { lettersApi } from '../api/letters.js';
import { useSession } from '../features/auth/session.js';
import { copyStatus } from '../features/letters/copy-status.js';
import { CopyDownloads } from '../features/letters/CopyDownloads.js';
import { LetterSheet } from '../features/letters/LetterSheet.js';
import { unitName } from '../features/org/labels.js';
import { thLetters } from '../i18n/th-letters.js';
import { format } from '../i18n/th.js';
import { Link } from '../router.js';
import { useToast } from '../ui/Alert.js';
import { Button } from '../ui/Button.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function LetterCopyPage({ id }: { id: string }) {
  const t = thLetters.copy;
  const { can } = useSession();
  const toast = useToast();
  const copy = useLoad((signal) => lettersApi.copy(id, signal), [id]);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (copy.error) return <LoadError message={copy.error} onRetry={copy.reload} />;
  if (!copy.data) return <Spinner />;
  const c = copy.data;
  const receive = async () => {
    setBusy(true);
    setError(null);
    try {
      await lettersApi.receive(c.id);
      setOpen(false);
      toast(t.received);
      copy.reload();
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  const canReceive = can('programs:respond') && c.status === 'issued' && c.receivedNo === null;
  return (
    <Page
      title={`${thLetters.register.number} ${c.number}`}
      before={<Link to="/letters/inbox">{t.back}</Link>}
      actions={
        <div className="letters-actions">
          <CopyDownloads copyId={c.id} />
          {canReceive && (
            <Button variant="primary" onClick={() => setOpen(true)} data-testid="letter-receive">
              {t.receive}
            </Button>
          )}
        </div>
      }
    >
      <Facts>
        <Fact label={thLetters.inbox.from} value={unitName(c.issuingUnit)} />
        <Fact label={thLetters.register.addressee} value={unitName(c.addressee)} />
        <Fact label={thLetters.register.status} value={<span data-testid="copy-status">{copyStatus(c)}</span>} />
        {c.receivedAt && <Fact label={t.receivedAt} value={format.dateTime(c.receivedAt)} />}
      </Facts>
      {c.attachments.length > 0 && (
        <Card title={thLetters.letter.attachments}>
          <ul>
            {c.attachments.map((f) => (
              <li key={f.id}>
                <a href={lettersApi.copyFileUrl(c.id, f.id)}>{f.fileName}</a>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <LetterSheet doc={c.document} />
      <ConfirmDialog
        open={open}
        title={t.receiveTitle}
        confirmLabel={t.receive}
        busy={busy}
        error={error}
        onConfirm={() => void receive()}
        onCancel={() => setOpen(false)}
        testId="letter-receive-dialog"
      >
        <p>{t.receiveBody}</p>
      </ConfirmDialog>
    </Page>
  );
}
