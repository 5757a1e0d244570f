// One payout as booked: its receipt and photos (the fund officers attach them; the type is decided
// by the file's content on the server), and the follow-up visits on how the household is doing,
// recorded by the owning district or the fund officers (seed 000 §3.7).
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessageTh } from '../../api/client.js';
import { fundApi } from '../../api/fund.js';
import type { Outcome, Payout } from '../../api/fund-types.js';
import { thFund } from '../../i18n/th-fund.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { TextArea } from '../../ui/TextArea.js';
import { FieldMessage } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { thaiDate, today } from '../savings/dates.js';
import { FormError } from '../savings/FormError.js';
import { issueAt } from '../savings/issues.js';
import { baht } from '../savings/money.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';

interface Props {
  fundId: string;
  payout: Payout;
  canAttach: boolean;
  onChange: () => void;
}

export function PayoutEntry({ fundId, payout: p, canAttach, onChange }: Props) {
  const t = thFund.payout;
  const f = thFund.followUp;
  return (
    <li className="fund-row" data-testid="payout-entry">
      <p>
        <strong>{t.row(p.payoutNo, thaiDate(p.paidOn), baht(p.amount), p.receiptNo)}</strong>
        {p.reversedByEntryNo !== null && ` · ${t.reversed}`}
      </p>
      <p className="field__label">{t.files}</p>
      {p.files.length === 0 ? (
        <p className="muted">{t.noFiles}</p>
      ) : (
        <ul className="plain-list" data-testid="payout-files">
          {p.files.map((file) => (
            <li key={file.id}>
              {t.kinds[file.kind] ?? file.kind}:{' '}
              <a href={fundApi.payoutFileUrl(fundId, p.payoutNo, file.id, true)} target="_blank" rel="noreferrer">
                {file.fileName}
              </a>
            </li>
          ))}
        </ul>
      )}
      {canAttach && (
        <div className="form-grid">
          <FileInput fundId={fundId} payoutNo={p.payoutNo} kind="receipt" onDone={onChange} />
          <FileInput fundId={fundId} payoutNo={p.payoutNo} kind="photo" onDone={onChange} />
        </div>
      )}
      <p className="field__label">{f.title}</p>
      {p.followUps.length === 0 ? (
        <p className="muted">{f.none}</p>
      ) : (
        <ul className="plain-list" data-testid="payout-follow-ups">
          {p.followUps.map((x) => (
            <li key={x.id}>{f.row(thaiDate(x.visitedOn), f.outcomes[x.outcome]!, x.noteTh)}</li>
          ))}
        </ul>
      )}
      <FollowUpForm fundId={fundId} payoutNo={p.payoutNo} onSaved={onChange} />
    </li>
  );
}

function FileInput(props: { fundId: string; payoutNo: number; kind: 'receipt' | 'photo'; onDone: () => void }) {
  const t = thFund.payout;
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function upload(file: File) {
    setBusy(true);
    setError(null);
    try {
      await fundApi.attachPayoutFile(props.fundId, props.payoutNo, props.kind, file);
      toast(t.attached, 'success');
      props.onDone();
    } catch (e) {
      // A refused file says why on its field (too large, not an image): show that.
      setError(e instanceof ApiError && e.issues[0] ? e.issues[0].messageTh : errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <label className="field">
      <span className="field__label">
        {props.kind === 'receipt' ? t.attachReceipt : t.attachPhoto}
        {busy && ` · ${t.uploading}`}
      </span>
      <input
        type="file"
        className="input input--file"
        accept={props.kind === 'photo' ? 'image/*' : 'image/*,application/pdf'}
        disabled={busy}
        data-testid={`attach-${props.kind}-${props.payoutNo}`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void upload(file);
        }}
      />
      <FieldMessage error={error ?? undefined} />
    </label>
  );
}

function FollowUpForm({ fundId, payoutNo, onSaved }: { fundId: string; payoutNo: number; onSaved: () => void }) {
  const t = thFund.followUp;
  const toast = useToast();
  const { form, tried, busy, message, serverIssues, setServerIssues, submit } = useFormSubmission();
  const [visitedOn, setVisitedOn] = useState(today);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [noteTh, setNoteTh] = useState('');
  const local = {
    visitedOn: !visitedOn ? t.required(t.visitedOn) : undefined,
    outcome: !outcome ? t.required(t.outcome) : undefined,
    noteTh: !noteTh.trim() ? t.required(t.note) : undefined,
  };
  const at = (k: keyof typeof local) => (tried ? local[k] : undefined) ?? issueAt(serverIssues, k);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(!local.visitedOn && !local.outcome && !local.noteTh, async () => {
      setServerIssues([]);
      await fundApi.recordFollowUp(fundId, payoutNo, { visitedOn, outcome: outcome as Outcome, noteTh: noteTh.trim() });
      toast(t.saved, 'success');
      onSaved();
    });
  }
  const outcomes: Outcome[] = ['improved', 'unchanged', 'worse'];
  return (
    <form ref={form} className="fund-form" onSubmit={onSubmit} noValidate data-testid={`follow-up-form-${payoutNo}`}>
      <FormError message={message} other={[]} testId="follow-up-error" />
      <div className="form-grid">
        <DateField label={t.visitedOn} value={visitedOn} onChange={setVisitedOn} error={at('visitedOn')} requiredMark />
        <Select
          label={t.outcome}
          value={outcome}
          onChange={(v) => setOutcome(v as Outcome | '')}
          placeholder={thFund.collect.choose}
          options={outcomes.map((o) => ({ value: o, label: t.outcomes[o]! }))}
          error={at('outcome')}
          requiredMark
          data-testid="follow-up-outcome"
        />
      </div>
      <TextArea
        label={t.note}
        value={noteTh}
        onChange={setNoteTh}
        error={at('noteTh')}
        requiredMark
        rows={2}
        testId="follow-up-note"
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="save-follow-up">
          {t.save}
        </Button>
      </div>
    </form>
  );
}
