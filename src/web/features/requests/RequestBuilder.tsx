// The province's form builder: title, instructions, deadline, the lock option, the district offices
// to ask, and the fields of the form. Saved as a draft or sent at once; the server's issues are
// shown beside the field they name. Given `initial` (a draft), it edits that draft instead (PUT).
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { requestsApi } from '../../api/requests.js';
import type { ReportRequest } from '../../api/requests-types.js';
import type { OrgUnit } from '../../api/types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { navigate } from '../../router.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { CheckboxGroup } from '../../ui/CheckboxGroup.js';
import { Card } from '../../ui/Page.js';
import { TextField } from '../../ui/TextField.js';
import { TextArea } from '../../ui/TextArea.js';
import { DateField } from '../savings/DateField.js';
import { FormError } from '../savings/FormError.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import type { UnitRef } from '../org/current-unit.js';
import { fromFormField, newField, toFormField, type DraftField } from './builder-model.js';
import { FieldEditor } from './FieldEditor.js';
import './requests.css';

export function RequestBuilder({
  issuer,
  initial,
}: {
  issuer: Pick<UnitRef, 'id' | 'nameTh'>;
  /** A draft to edit; without it the builder creates a new request. */
  initial?: ReportRequest | undefined;
}) {
  const t = thRequests.builder;
  const toast = useToast();
  const idem = useIdempotencyKey();
  const { form, busy, message, serverIssues, submit } = useFormSubmission();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [instructions, setInstructions] = useState(initial?.instructions ?? '');
  const [deadline, setDeadline] = useState(initial?.deadline ?? '');
  const [lock, setLock] = useState(initial?.lockAfterDeadline ?? false);
  const [offices, setOffices] = useState<OrgUnit[]>([]);
  const [units, setUnits] = useState<string[]>(() => initial?.addressedUnits.map((u) => u.id) ?? []);
  const [fields, setFields] = useState<DraftField[]>(() =>
    initial ? initial.fields.map((f) => fromFormField(f)) : [newField(1, 'number')],
  );

  const editing = initial !== undefined;
  useEffect(() => {
    api.orgChildren(issuer.id).then(
      (r) => {
        const withOffice = r.items.filter((u) => u.hasOffice);
        setOffices(withOffice);
        // A new request asks every office by default; a draft keeps the units it was saved with.
        if (!editing) setUnits(withOffice.map((u) => u.id));
      },
      () => setOffices([]),
    );
  }, [issuer.id, editing]);

  // Shape errors arrive as "fields.1.columns.0.labelTh", rule errors as "fields[1].columns[0].key".
  const norm = (p: string) => p.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const issue = (path: string) => serverIssues.find((i) => norm(i.path) === path)?.messageTh;
  const shown = (raw: string) => {
    const p = norm(raw);
    return (
      ['title', 'deadline', 'addressedUnitIds', 'instructions'].some((k) => p === k || p.startsWith(`${k}[`)) ||
      /^fields\[\d+\]\./.test(p)
    );
  };
  const input = () => ({
    orgUnitId: issuer.id,
    title,
    instructions,
    deadline,
    lockAfterDeadline: lock,
    addressedUnitIds: units,
    fields: fields.map(toFormField),
  });
  const save = (send: boolean) =>
    submit(true, async () => {
      let id: string;
      if (initial) {
        // PUT replaces the whole draft, so the links the builder does not show are sent back as they were.
        await requestsApi.update(initial.id, { ...input(), projectId: initial.projectId, letterId: initial.letterId });
        // Sending is its own step; if it is refused (a deadline already past) the edits stay saved.
        if (send) await requestsApi.send(initial.id);
        id = initial.id;
      } else {
        id = (await requestsApi.create({ ...input(), send }, idem.key())).id;
      }
      toast(send ? t.sent : initial ? t.updated : t.created);
      navigate(`/requests/${id}`);
    }).finally(idem.reset);

  const move = (i: number) => setFields((fs) => fs.map((f, j) => (j === i - 1 ? fs[i]! : j === i ? fs[i - 1]! : f)));
  return (
    <form ref={form} onSubmit={(e) => e.preventDefault()} noValidate data-testid="request-builder">
      <Card>
        <p>
          {t.issuer}: <strong>{issuer.nameTh}</strong>
        </p>
        <TextField
          label={t.requestTitle}
          value={title}
          onChange={setTitle}
          error={issue('title')}
          requiredMark
          data-testid="request-title"
        />
        <TextArea label={t.instructions} rows={4} value={instructions} onChange={setInstructions} />
        <DateField
          label={t.deadline}
          value={deadline}
          onChange={setDeadline}
          error={issue('deadline')}
          requiredMark
          data-testid="request-deadline"
        />
        <div className="rq-checks">
          <label>
            <input type="checkbox" checked={lock} onChange={(e) => setLock(e.target.checked)} />
            {t.lock}
          </label>
        </div>
        {offices.length === 0 ? (
          <p className="muted">{t.noUnits}</p>
        ) : (
          <>
            <CheckboxGroup
              legend={t.units}
              options={offices.map((u) => ({ value: u.id, label: u.nameTh }))}
              values={units}
              onChange={setUnits}
              error={serverIssues.find((i) => i.path.startsWith('addressedUnitIds'))?.messageTh}
            />
            <Button small variant="ghost" onClick={() => setUnits(offices.map((u) => u.id))}>
              {t.allUnits}
            </Button>
          </>
        )}
      </Card>
      <Card title={t.fields}>
        {issue('fields') && <p className="field__error">{issue('fields')}</p>}
        {fields.map((f, i) => (
          <FieldEditorRow key={f.uid} f={f} i={i} issue={issue} setFields={setFields} move={move} />
        ))}
        <Button onClick={() => setFields((fs) => [...fs, newField(fs.length + 1)])} data-testid="add-field">
          {t.addField}
        </Button>
      </Card>
      <FormError message={message} other={serverIssues.filter((i) => !shown(i.path))} testId="builder-error" />
      <div className="rq-actions">
        <Button onClick={() => save(false)} busy={busy} data-testid="save-draft">
          {editing ? t.saveChanges : t.saveDraft}
        </Button>
        <Button variant="primary" onClick={() => save(true)} busy={busy} data-testid="send-request">
          {t.send}
        </Button>
      </div>
    </form>
  );
}

function FieldEditorRow({
  f,
  i,
  issue,
  setFields,
  move,
}: {
  f: DraftField;
  i: number;
  issue: (path: string) => string | undefined;
  setFields: (u: (fs: DraftField[]) => DraftField[]) => void;
  move: (i: number) => void;
}) {
  return (
    <FieldEditor
      field={f}
      legend={thRequests.builder.fieldN(i + 1)}
      issue={(sub) => issue(`fields[${i}].${sub}`)}
      onChange={(nf) => setFields((fs) => fs.map((x) => (x.uid === nf.uid ? nf : x)))}
      onRemove={() => setFields((fs) => fs.filter((x) => x.uid !== f.uid))}
      onMoveUp={i > 0 ? () => move(i) : undefined}
    />
  );
}
