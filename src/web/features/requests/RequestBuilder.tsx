// The province's form builder: title, instructions, deadline, the lock option, the district offices
// to ask, and the fields of the form. Saved as a draft or sent at once; the server's issues are
// shown beside the field they name.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { requestsApi } from '../../api/requests.js';
import type { OrgUnit } from '../../api/types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { navigate } from '../../router.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { CheckboxGroup } from '../../ui/CheckboxGroup.js';
import { Card } from '../../ui/Page.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { FormError } from '../savings/FormError.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import type { UnitRef } from '../org/current-unit.js';
import { newField, toFormField, type DraftField } from './builder-model.js';
import { FieldEditor } from './FieldEditor.js';
import './requests.css';

export function RequestBuilder({ issuer }: { issuer: UnitRef }) {
  const t = thRequests.builder;
  const toast = useToast();
  const idem = useIdempotencyKey();
  const { form, busy, message, serverIssues, submit } = useFormSubmission();
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [deadline, setDeadline] = useState('');
  const [lock, setLock] = useState(false);
  const [offices, setOffices] = useState<OrgUnit[]>([]);
  const [units, setUnits] = useState<string[]>([]);
  const [fields, setFields] = useState<DraftField[]>([newField(1, 'number')]);

  useEffect(() => {
    api.orgChildren(issuer.id).then(
      (r) => {
        const withOffice = r.items.filter((u) => u.hasOffice);
        setOffices(withOffice);
        setUnits(withOffice.map((u) => u.id));
      },
      () => setOffices([]),
    );
  }, [issuer.id]);

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
  const save = (send: boolean) =>
    submit(true, async () => {
      const created = await requestsApi.create(
        {
          orgUnitId: issuer.id,
          title,
          instructions,
          deadline,
          lockAfterDeadline: lock,
          addressedUnitIds: units,
          fields: fields.map(toFormField),
          send,
        },
        idem.key(),
      );
      toast(send ? t.sent : t.created);
      navigate(`/requests/${created.id}`);
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
        <div className="field">
          <label className="field__label">
            {t.instructions}
            <textarea
              className="input rq-textarea"
              value={instructions}
              onChange={(e) => setInstructions(e.target.value)}
            />
          </label>
        </div>
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
          {t.saveDraft}
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
