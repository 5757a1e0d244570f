// Composing a หนังสือภายนอก with every part of the regulation's layout, the addressees for a
// mail-merge, and a preview of one merged copy checked by the server exactly as saving would be.
import { useState } from 'react';
import { api, ApiError, errorMessageTh } from '../../api/client.js';
import { lettersApi } from '../../api/letters.js';
import { URGENCIES, type Letter, type LetterPreview } from '../../api/letters-types.js';
import { thLetters } from '../../i18n/th-letters.js';
import { Link } from '../../router.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { splitIssues } from '../../ui/form.js';
import { useLoad } from '../../ui/useLoad.js';
import type { UnitRef } from '../org/current-unit.js';
import { unitName } from '../org/labels.js';
import { FormError } from '../savings/FormError.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { AddresseePicker } from './AddresseePicker.js';
import { FIELDS, numberPattern, toDraftInput, type ComposeState } from './compose-model.js';
import { EnclosuresEditor } from './EnclosuresEditor.js';
import { LetterSheet } from './LetterSheet.js';
import { TextArea } from '../../ui/TextArea.js';

export function ComposeForm({
  unit,
  initial,
  letterId,
  onSaved,
}: {
  unit: UnitRef;
  initial: ComposeState;
  letterId?: string;
  onSaved: (l: Letter) => void;
}) {
  const t = thLetters.compose;
  const [s, setS] = useState(initial);
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const sub = useFormSubmission();
  const set =
    <K extends keyof ComposeState>(k: K) =>
    (v: ComposeState[K]) =>
      setS((x) => ({ ...x, [k]: v }));
  const { byField, other } = splitIssues(sub.serverIssues, FIELDS);
  const people = useLoad((signal) => api.people({ orgUnitId: unit.id, pageSize: 200 }, signal), [unit.id]);
  const book = useLoad((signal) => lettersApi.book(unit.id, signal), [unit.id]);
  const input = () => toDraftInput(s, unit.id);

  // Previewing keeps the form open, so it cannot use the submit cycle (which stays busy on success).
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const showPreview = async () => {
    setPreviewing(true);
    setPreviewError(null);
    try {
      setPreview(await lettersApi.preview(input()));
      sub.setServerIssues([]);
    } catch (e) {
      setPreview(null);
      setPreviewError(errorMessageTh(e));
      if (e instanceof ApiError) sub.setServerIssues(e.issues);
    } finally {
      setPreviewing(false);
    }
  };
  const save = () =>
    sub.submit(true, async () => {
      onSaved(letterId ? await lettersApi.update(letterId, input()) : await lettersApi.create(input()));
    });

  return (
    <form
      ref={sub.form}
      noValidate
      data-testid="letter-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormError message={sub.message ?? previewError} other={other} testId="letter-form-error" />
      <Card title={`${t.issuingUnit}: ${unitName(unit)}`}>
        <BookCodeHint bookCode={book.data?.bookCode ?? null} loaded={book.data !== null} s={s} />
        <label className="checkbox">
          <input type="checkbox" checked={s.circular} onChange={(e) => set('circular')(e.target.checked)} />
          <span>{t.circular}</span>
        </label>
        <Select
          label={t.urgency}
          value={s.urgency}
          onChange={(v) => set('urgency')(v as ComposeState['urgency'])}
          options={[{ value: '', label: t.urgencyNone }, ...URGENCIES.map((u) => ({ value: u, label: u }))]}
        />
        <TextField
          label={t.officeName}
          value={s.officeName}
          onChange={set('officeName')}
          error={byField.officeName}
          requiredMark
        />
        <TextArea
          label={t.officeAddress}
          value={s.officeAddress}
          onChange={set('officeAddress')}
          error={byField.officeAddress}
          rows={2}
          requiredMark
        />
        <TextArea
          label={t.subject}
          value={s.subject}
          onChange={set('subject')}
          error={byField.subject}
          rows={2}
          requiredMark
          testId="letter-subject"
        />
        <TextField
          label={t.salutation}
          value={s.salutation}
          onChange={set('salutation')}
          error={byField.salutation}
          hint={t.salutationHint}
          requiredMark
          data-testid="letter-salutation-input"
        />
        <TextField
          label={t.reference}
          value={s.referenceText}
          onChange={set('referenceText')}
          error={byField.referenceText ?? byField.referenceCopyId}
        />
        <EnclosuresEditor value={s.enclosures} onChange={set('enclosures')} error={byField.enclosures} />
        <TextArea
          label={t.body}
          value={s.body}
          onChange={set('body')}
          error={byField.body}
          hint={t.bodyHint}
          rows={10}
          requiredMark
          testId="letter-body"
        />
        <TextField label={t.closing} value={s.closing} onChange={set('closing')} error={byField.closing} requiredMark />
      </Card>
      <Card title={t.signer}>
        <Select
          label={t.signer}
          value={s.signerPersonId}
          onChange={set('signerPersonId')}
          placeholder={t.signerPlaceholder}
          options={(people.data?.items ?? []).map((p) => ({
            value: p.id,
            label: [p.fullName, p.positionNameTh].filter(Boolean).join(' — '),
          }))}
          error={byField.signerPersonId}
          requiredMark
          data-testid="letter-signer"
        />
        <TextField
          label={t.signerPosition}
          value={s.signerPosition}
          onChange={set('signerPosition')}
          error={byField.signerPosition}
          requiredMark
        />
        <TextField
          label={t.signerActingFor}
          value={s.signerActingFor}
          onChange={set('signerActingFor')}
          error={byField.signerActingFor}
        />
        <TextArea
          label={t.ownerUnit}
          value={s.ownerUnit}
          onChange={set('ownerUnit')}
          error={byField.ownerUnit}
          rows={2}
          requiredMark
        />
        <TextField label={t.phone} value={s.phone} onChange={set('phone')} error={byField.phone} requiredMark />
        <TextField label={t.email} value={s.email} onChange={set('email')} error={byField.email} type="email" />
        <label className="checkbox">
          <input type="checkbox" checked={s.thaiDigits} onChange={(e) => set('thaiDigits')(e.target.checked)} />
          <span>{t.thaiDigits}</span>
        </label>
      </Card>
      <Card title={t.addressees}>
        <AddresseePicker
          parent={unit}
          values={s.addresseeIds}
          onChange={set('addresseeIds')}
          error={byField.addresseeIds}
        />
      </Card>
      <div className="letters-actions">
        <Button onClick={() => void showPreview()} busy={previewing} disabled={sub.busy} data-testid="letter-preview">
          {t.preview}
        </Button>
        <Button type="submit" variant="primary" busy={sub.busy} busyLabel={t.saving} data-testid="letter-save">
          {t.save}
        </Button>
      </div>
      {preview && (
        <Card title={t.previewTitle(unitName(preview.addressee), preview.copies)}>
          <LetterSheet doc={preview.document} />
        </Card>
      )}
    </form>
  );
}

/** The number format this letter will get, or where to set the unit's book code when it has none. */
function BookCodeHint({ bookCode, loaded, s }: { bookCode: string | null; loaded: boolean; s: ComposeState }) {
  const t = thLetters.compose;
  if (!loaded) return null;
  if (!bookCode)
    return (
      <p className="field__hint" data-testid="letter-number-preview">
        {t.bookCode(null)} <Link to="/letters/books">{t.setBookCode}</Link>
      </p>
    );
  return (
    <p className="field__hint" data-testid="letter-number-preview">
      {t.numberPreview(numberPattern(bookCode, s.circular, s.thaiDigits))}
    </p>
  );
}
