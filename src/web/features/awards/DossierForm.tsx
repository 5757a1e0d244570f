// The district fills its dossier (แบบเสนอผลงาน) section by section with the requests feature's
// typed inputs — the backend checks dossiers with the same field model. Saving keeps a draft;
// a save after endorsement takes the endorsement back (the server says so in the status).
import { useEffect, useState } from 'react';
import { awardsApi } from '../../api/awards.js';
import type { Nomination } from '../../api/awards-types.js';
import type { UnitRef } from '../../api/requests-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { toAnswers, toDraft, type Draft, type Row } from '../requests/answers-model.js';
import { AnswerInput } from '../requests/AnswerInput.js';
import { FileAnswer } from '../requests/FileAnswer.js';
import { PersonAnswer } from '../requests/PersonAnswer.js';
import { TableAnswer } from '../requests/TableAnswer.js';
import { FormError } from '../savings/FormError.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { dossierPeople, nominationFiles } from './dossier-files.js';

interface Props {
  n: Nomination;
  onSaved: (n: Nomination) => void;
  onFilesChanged: () => void;
  onDirty: (dirty: boolean) => void;
}

export function DossierForm({ n, onSaved, onFilesChanged, onDirty }: Props) {
  const t = thAwards.dossier;
  const toast = useToast();
  const fields = n.form.sections.flatMap((s) => s.fields);
  const [draft, setDraft] = useState<Draft>(() => toDraft(fields, n.answers, dossierPeople(n)));
  const [dirty, setDirty] = useState(false);
  const { form, busy, message, serverIssues, setServerIssues, submit } = useFormSubmission();
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const issue = (path: string) => serverIssues.find((i) => i.path === path)?.messageTh;
  const set = (key: string, v: unknown) => {
    setDraft((d) => ({ ...d, [key]: v }));
    setDirty(true);
  };
  const known = (p: string) => fields.some((f) => p === f.key || p.startsWith(`${f.key}[`));
  const save = () =>
    submit(true, async () => {
      const saved = await awardsApi.saveAnswers(n.id, toAnswers(fields, draft));
      setServerIssues([]);
      setDirty(false);
      toast(t.saved);
      onSaved(saved);
    });
  const files = nominationFiles(n.id);
  return (
    <form ref={form} onSubmit={(e) => e.preventDefault()} noValidate data-testid="dossier-form">
      {n.form.sections.map((s) => (
        <fieldset key={s.key} className="aw-section">
          <legend>{s.titleTh}</legend>
          {s.fields.map((f) => {
            switch (f.type) {
              case 'table':
                return (
                  <TableAnswer
                    key={f.key}
                    field={f}
                    rows={(draft[f.key] as Row[]) ?? []}
                    onChange={(rows) => set(f.key, rows)}
                    issue={issue}
                  />
                );
              case 'file':
              case 'photo':
                return (
                  <FileAnswer
                    key={f.key}
                    store={files}
                    field={f}
                    files={n.files[f.key] ?? []}
                    editable
                    error={issue(f.key)}
                    onChanged={onFilesChanged}
                  />
                );
              case 'person':
                return (
                  <PersonAnswer
                    key={f.key}
                    field={f}
                    unitId={n.unit.id}
                    value={(draft[f.key] as UnitRef | null) ?? null}
                    onChange={(p) => set(f.key, p)}
                    error={issue(f.key)}
                  />
                );
              default:
                return (
                  <AnswerInput
                    key={f.key}
                    field={f}
                    label={f.labelTh}
                    value={(draft[f.key] as string | string[]) ?? ''}
                    onChange={(v) => set(f.key, v)}
                    error={issue(f.key)}
                    testId={`answer-${f.key}`}
                  />
                );
            }
          })}
        </fieldset>
      ))}
      <FormError message={message} other={serverIssues.filter((i) => !known(i.path))} testId="dossier-error" />
      <div className="rq-actions">
        <Button variant={dirty ? 'primary' : 'secondary'} onClick={save} busy={busy} data-testid="dossier-save">
          {t.saveDraft}
        </Button>
      </div>
    </form>
  );
}
