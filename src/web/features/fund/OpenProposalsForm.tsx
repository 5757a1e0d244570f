// The province asks every district office for its proposal (seed 000 §3.5) through a report
// request with a deadline; the districts then answer it from the fund's proposals page.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { fundApi } from '../../api/fund.js';
import { thFund } from '../../i18n/th-fund.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { TextArea } from '../../ui/TextArea.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';

export function OpenProposalsForm({ fundId, onOpened }: { fundId: string; onOpened: () => void }) {
  const t = thFund.proposals;
  const idem = useIdempotencyKey();
  const { form, tried, busy, message, serverIssues, submit } = useFormSubmission();
  const [title, setTitle] = useState<string>(t.openTitleDefault);
  const [instructions, setInstructions] = useState('');
  const [deadline, setDeadline] = useState('');
  const local = {
    title: tried && !title.trim() ? t.required(t.openTitle) : undefined,
    deadline: tried && !deadline ? t.required(t.deadline) : undefined,
  };
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(Boolean(title.trim() && deadline), async () => {
      try {
        await fundApi.openProposals(
          fundId,
          { title: title.trim(), instructions: instructions.trim(), deadline },
          idem.key(),
        );
        idem.reset();
        onOpened();
      } catch (err) {
        if (err instanceof ApiError && err.code === 'idempotency_key_reused') idem.reset();
        throw err;
      }
    });
  }
  return (
    <Card title={t.open}>
      <form ref={form} className="fund-form" onSubmit={onSubmit} noValidate data-testid="open-proposals">
        <p>{t.openIntro}</p>
        <FormError message={message} other={unclaimed(serverIssues, ['title', 'deadline'])} testId="open-error" />
        <TextField
          label={t.openTitle}
          value={title}
          onChange={setTitle}
          error={local.title ?? issueAt(serverIssues, 'title')}
          requiredMark
          maxLength={300}
        />
        <TextArea label={t.instructions} value={instructions} onChange={setInstructions} rows={3} />
        <DateField
          label={t.deadline}
          value={deadline}
          onChange={setDeadline}
          error={local.deadline ?? issueAt(serverIssues, 'deadline')}
          requiredMark
          data-testid="proposal-deadline"
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy} data-testid="send-proposal-request">
            {t.send}
          </Button>
        </div>
      </form>
    </Card>
  );
}
