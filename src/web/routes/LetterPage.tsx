// One letter: a draft can be edited, given files and issued; an issued letter lists its numbered
// copies with their PDF/Word downloads and a cancel action per number.
import { useState } from 'react';
import { errorMessageTh } from '../api/client.js';
import { lettersApi } from '../api/letters.js';
import type { Letter, LetterCopySummary } from '../api/letters-types.js';
import { useSession } from '../features/auth/session.js';
import { AttachmentsCard } from '../features/letters/AttachmentsCard.js';
import { copyStatus } from '../features/letters/copy-status.js';
import { CopyDownloads } from '../features/letters/CopyDownloads.js';
import { unitName } from '../features/org/labels.js';
import { thaiDate } from '../features/savings/dates.js';
import { thLetters } from '../i18n/th-letters.js';
import { Link } from '../router.js';
import { useToast } from '../ui/Alert.js';
import { Button, LinkButton } from '../ui/Button.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { TextField } from '../ui/TextField.js';
import { useLoad } from '../ui/useLoad.js';

export function LetterPage({ id }: { id: string }) {
  const t = thLetters.letter;
  const { can } = useSession();
  const toast = useToast();
  const letter = useLoad((signal) => lettersApi.get(id, signal), [id]);
  const [issuing, setIssuing] = useState(false);
  const [cancelling, setCancelling] = useState<LetterCopySummary | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (letter.error) return <LoadError message={letter.error} onRetry={letter.reload} />;
  if (!letter.data) return <Spinner />;
  const l: Letter = letter.data;
  const manage = can('programs:manage');

  const run = async (action: () => Promise<unknown>, done: string, close: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      close();
      toast(done);
      letter.reload();
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={l.subject}
      before={<Link to="/letters">{t.back}</Link>}
      actions={
        manage && l.status === 'draft' ? (
          <div className="letters-actions">
            <LinkButton to={`/letters/${l.id}/edit`}>{t.edit}</LinkButton>
            <Button variant="primary" onClick={() => setIssuing(true)} data-testid="letter-issue">
              {t.issue}
            </Button>
          </div>
        ) : undefined
      }
    >
      <Facts>
        <Fact label={thLetters.register.status} value={thLetters.status[l.status]} />
        <Fact label={thLetters.compose.issuingUnit} value={unitName(l.issuingUnit)} />
        <Fact label={t.date} value={l.letterDate ? thaiDate(l.letterDate) : thLetters.register.draftNumber} />
        <Fact label={t.signer} value={l.signer.fullName} />
        <Fact label={t.addressees} value={l.addressees.map(unitName).join(', ')} />
      </Facts>
      <AttachmentsCard letter={l} editable={manage && l.status === 'draft'} onChange={letter.reload} />
      {l.copies.length > 0 && (
        <Card title={t.copies}>
          <Table
            caption={t.copies}
            captionHidden
            cards
            testId="letter-copies"
            rowTestId="letter-copy-row"
            rows={l.copies}
            rowKey={(c) => c.id}
            columns={[
              { key: 'number', header: thLetters.register.number, cell: (c) => c.number },
              { key: 'to', header: thLetters.register.addressee, cell: (c) => unitName(c.addressee) },
              { key: 'status', header: thLetters.register.status, cell: (c) => copyStatus(c) },
              {
                key: 'files',
                header: '',
                cell: (c) => (
                  <span className="letters-actions">
                    <CopyDownloads copyId={c.id} />
                    {manage && c.status === 'issued' && (
                      <Button small variant="danger" onClick={() => setCancelling(c)}>
                        {t.cancel}
                      </Button>
                    )}
                  </span>
                ),
              },
            ]}
          />
        </Card>
      )}
      <ConfirmDialog
        open={issuing}
        title={t.issueTitle}
        confirmLabel={t.issue}
        busy={busy}
        error={error}
        onConfirm={() =>
          void run(
            () => lettersApi.issue(l.id),
            t.issued,
            () => setIssuing(false),
          )
        }
        onCancel={() => setIssuing(false)}
        testId="letter-issue-dialog"
      >
        <p>{t.issueBody(l.addressees.length)}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={cancelling !== null}
        title={t.cancelTitle(cancelling?.number ?? '')}
        confirmLabel={t.cancel}
        tone="danger"
        busy={busy}
        error={error}
        onConfirm={() =>
          cancelling &&
          void run(
            () => lettersApi.cancel(cancelling.id, reason),
            t.cancelled,
            () => setCancelling(null),
          )
        }
        onCancel={() => setCancelling(null)}
      >
        <p>{t.cancelBody}</p>
        <TextField label={t.cancelReason} value={reason} onChange={setReason} requiredMark />
      </ConfirmDialog>
    </Page>
  );
}
