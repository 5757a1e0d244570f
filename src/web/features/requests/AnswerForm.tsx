// The addressed unit fills in its report: every field of the form (table rows, files and photos
// included), saved as a draft or submitted. Server issues appear beside the field path they name.
import { useState } from 'react';
import { requestsApi } from '../../api/requests.js';
import type { Submission, UnitRef } from '../../api/requests-types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { FormError } from '../savings/FormError.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { toAnswers, toDraft, type Draft, type Row } from './answers-model.js';
import { AnswerInput } from './AnswerInput.js';
import { FileAnswer, submissionFiles } from './FileAnswer.js';
import { PersonAnswer } from './PersonAnswer.js';
import { TableAnswer } from './TableAnswer.js';

export function AnswerForm({
  s,
  onSaved,
  onFilesChanged,
}: {
  s: Submission;
  onSaved: (s: Submission) => void;
  onFilesChanged: () => void;
}) {
  const t = thRequests.fill;
  const toast = useToast();
  const fields = s.request.fields;
  const [draft, setDraft] = useState<Draft>(() => toDraft(fields, s.answers, s.people));
  const { form, busy, message, serverIssues, setServerIssues, submit } = useFormSubmission();
  const issue = (path: string) => serverIssues.find((i) => i.path === path)?.messageTh;
  const set = (key: string, v: unknown) => setDraft((d) => ({ ...d, [key]: v }));
  const known = (p: string) => fields.some((f) => p === f.key || p.startsWith(`${f.key}[`));
  const send = (final: boolean) =>
    submit(true, async () => {
      const answers = toAnswers(fields, draft);
      const saved = final ? await requestsApi.submit(s.id, answers) : await requestsApi.save(s.id, answers);
      setServerIssues([]);
      toast(final ? t.submitted : t.saved);
      onSaved(saved);
    });
  return (
    <form ref={form} onSubmit={(e) => e.preventDefault()} noValidate data-testid="answer-form">
      {fields.map((f) => {
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
                store={submissionFiles(s.id)}
                field={f}
                files={s.files[f.key] ?? []}
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
                unitId={s.unit.id}
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
      <FormError message={message} other={serverIssues.filter((i) => !known(i.path))} testId="answer-error" />
      <div className="rq-actions">
        <Button onClick={() => send(false)} busy={busy} data-testid="save-answers">
          {t.saveDraft}
        </Button>
        <Button variant="primary" onClick={() => send(true)} busy={busy} data-testid="submit-report">
          {t.submit}
        </Button>
      </div>
    </form>
  );
}
