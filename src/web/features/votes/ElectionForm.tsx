// Defining an election as a draft: title, voting days, categories (the five virtues of an
// องค์กรคุณธรรม as a preset), and the two options voters are told about. Everyone on the roll may be
// chosen; shortlists exist in the API but are not edited here. Category codes (the API's stable
// keys) come from the preset or are numbered, so nobody types English.
import { useState, type FormEvent } from 'react';
import type { Election, ElectionInput } from '../../api/votes-types.js';
import { votesApi } from '../../api/votes.js';
import { thVotes } from '../../i18n/th-votes.js';
import { Button } from '../../ui/Button.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import './votes.css';

interface Row {
  code: string;
  nameTh: string;
}

/** A key for a category typed by hand: unique within the form, never shown. */
const newRow = (): Row => ({ code: `c_${Math.random().toString(36).slice(2, 10)}`, nameTh: '' });

export const VIRTUE_PRESET: Row[] = [
  { code: 'sufficiency', nameTh: 'ด้านพอเพียง' },
  { code: 'discipline', nameTh: 'ด้านวินัย' },
  { code: 'integrity', nameTh: 'ด้านสุจริต' },
  { code: 'volunteer', nameTh: 'ด้านจิตอาสา' },
  { code: 'gratitude', nameTh: 'ด้านกตัญญู' },
];

export function ElectionForm({
  organiser,
  initial,
  onSaved,
}: {
  /** The organising office, named as printed (สำนักงานพัฒนาชุมชน…). */
  organiser: { id: string; nameTh: string };
  initial?: Election;
  onSaved: (e: Election) => void;
}) {
  const t = thVotes.form;
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [opensOn, setOpensOn] = useState(initial?.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(initial?.closesOn ?? '');
  const [liveResults, setLive] = useState(initial?.liveResults ?? false);
  const [allowSelfVote, setSelf] = useState(initial?.allowSelfVote ?? false);
  const [rows, setRows] = useState<Row[]>(
    initial?.categories.map((c) => ({ code: c.code, nameTh: c.nameTh })) ?? [newRow()],
  );
  const { form, busy, message, serverIssues, submit } = useFormSubmission();
  const key = useIdempotencyKey();
  const set = (i: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body: Omit<ElectionInput, 'orgUnitId'> = {
      title: title.trim(),
      description: description.trim(),
      opensOn,
      closesOn,
      liveResults,
      allowSelfVote,
      candidatesMode: 'all_eligible',
      categories: rows.map((r) => ({
        code: r.code,
        nameTh: r.nameTh.trim(),
        candidatePersonIds: [],
      })),
    };
    void submit(true, async () => {
      const saved = initial
        ? await votesApi.update(initial.id, body)
        : await votesApi.create({ ...body, orgUnitId: organiser.id }, key.key());
      onSaved(saved);
    });
  }

  const claimed = ['title', 'description', 'opensOn', 'closesOn', 'categories'];
  return (
    <form ref={form} className="form-grid" onSubmit={onSubmit} noValidate data-testid="election-form">
      <FormError message={message} other={unclaimed(serverIssues, claimed)} testId="election-form-error" />
      <p>
        {t.organiser}: <strong>{organiser.nameTh}</strong>
      </p>
      <p className="muted">{t.electorate}</p>
      <TextField
        label={t.title}
        value={title}
        onChange={setTitle}
        error={issueAt(serverIssues, 'title')}
        requiredMark
        data-testid="election-title"
      />
      <TextField label={t.description} value={description} onChange={setDescription} />
      <DateField
        label={t.opensOn}
        value={opensOn}
        onChange={setOpensOn}
        error={issueAt(serverIssues, 'opensOn')}
        requiredMark
        data-testid="election-opens"
      />
      <DateField
        label={t.closesOn}
        value={closesOn}
        onChange={setClosesOn}
        error={issueAt(serverIssues, 'closesOn')}
        requiredMark
        data-testid="election-closes"
      />
      <fieldset className="form-section">
        <legend>{t.categories}</legend>
        <div className="stack">
          <p className="muted">{t.candidates}</p>
          {rows.map((r, i) => (
            <div key={r.code} className="election-category">
              <TextField
                label={t.category(i + 1)}
                value={r.nameTh}
                onChange={(v) => set(i, { nameTh: v })}
                error={issueAt(serverIssues, `categories.${i}.nameTh`)}
                requiredMark
              />
              {rows.length > 1 && (
                <Button small variant="ghost" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
                  {t.removeCategory}
                </Button>
              )}
            </div>
          ))}
          <div className="form-actions">
            <Button small onClick={() => setRows((all) => [...all, newRow()])}>
              {t.addCategory}
            </Button>
            <Button small onClick={() => setRows(VIRTUE_PRESET)} data-testid="election-preset">
              {t.preset}
            </Button>
          </div>
        </div>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={liveResults} onChange={(e) => setLive(e.target.checked)} />
        <span>{t.liveResults}</span>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={allowSelfVote} onChange={(e) => setSelf(e.target.checked)} />
        <span>{t.selfVote}</span>
      </label>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="election-save">
          {t.save}
        </Button>
      </div>
    </form>
  );
}
