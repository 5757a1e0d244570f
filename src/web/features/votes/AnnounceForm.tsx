// After close: the signer and date for the certificates, and for each category tied at the top, who
// is chosen among the tied and why. The server refuses an announcement with an unsettled tie.
import { useState, type FormEvent } from 'react';
import type { Results } from '../../api/votes-types.js';
import { votesApi } from '../../api/votes.js';
import { thVotes } from '../../i18n/th-votes.js';
import { Button } from '../../ui/Button.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { today } from '../savings/dates.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';

export function AnnounceForm({ results, onDone }: { results: Results; onDone: () => void }) {
  const t = thVotes.announce;
  const tied = results.categories.filter((c) => c.tied);
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [issuedOn, setIssuedOn] = useState(today());
  const [honourPrefix, setPrefix] = useState('บุคคลต้นแบบ');
  const [winners, setWinners] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const { form, busy, message, serverIssues, submit } = useFormSubmission();
  const key = useIdempotencyKey();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(true, async () => {
      await votesApi.announce(
        results.electionId,
        {
          issuedOn,
          signer: { name: name.trim(), position: position.trim() },
          honourPrefix: honourPrefix.trim(),
          decisions: tied.map((c) => ({
            categoryId: c.id,
            winnerPersonIds: winners[c.id] ? [winners[c.id]!] : [],
            note: (notes[c.id] ?? '').trim(),
          })),
        },
        key.key(),
      );
      onDone();
    });
  }
  const claimed = ['signer', 'issuedOn', 'honourPrefix', 'decisions'];
  return (
    <form ref={form} className="form-grid" onSubmit={onSubmit} noValidate data-testid="announce-form">
      <FormError message={message} other={unclaimed(serverIssues, claimed)} testId="announce-error" />
      <TextField
        label={t.signerName}
        value={name}
        onChange={setName}
        error={issueAt(serverIssues, 'signer.name')}
        requiredMark
      />
      <TextField
        label={t.signerPosition}
        value={position}
        onChange={setPosition}
        error={issueAt(serverIssues, 'signer.position')}
        requiredMark
      />
      <DateField label={t.issuedOn} value={issuedOn} onChange={setIssuedOn} error={issueAt(serverIssues, 'issuedOn')} />
      <TextField
        label={t.honourPrefix}
        value={honourPrefix}
        onChange={setPrefix}
        error={issueAt(serverIssues, 'honourPrefix')}
      />
      {tied.map((c, i) => (
        <fieldset key={c.id} className="form-section">
          <legend>{t.tieTitle(c.nameTh)}</legend>
          <div className="checkbox-group__items">
            {c.rows
              .filter((r) => c.leaderIds.includes(r.candidate.personId))
              .map((r) => (
                <label key={r.candidate.personId} className="checkbox">
                  <input
                    type="radio"
                    name={`tie-${c.id}`}
                    checked={winners[c.id] === r.candidate.personId}
                    onChange={() => setWinners((w) => ({ ...w, [c.id]: r.candidate.personId }))}
                  />
                  <span>{r.candidate.fullName}</span>
                </label>
              ))}
          </div>
          <TextField
            label={t.tieNote}
            value={notes[c.id] ?? ''}
            onChange={(v) => setNotes((n) => ({ ...n, [c.id]: v }))}
            error={issueAt(serverIssues, `decisions.${i}`)}
            requiredMark
          />
        </fieldset>
      ))}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="announce-submit">
          {t.submit}
        </Button>
      </div>
    </form>
  );
}
