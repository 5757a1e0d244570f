// Appends a step to a plan: what, which unit owns it, optional start and the deadline.
import { useState, type FormEvent } from 'react';
import { programsApi } from '../../api/programs.js';
import type { Plan } from '../../api/programs-types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { th } from '../../i18n/th.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';

interface Props {
  planId: string;
  units: { value: string; label: string }[];
  onAdded: (p: Plan) => void;
}

export function AddStepForm({ planId, units, onAdded }: Props) {
  const t = thPrograms.plan;
  const [nameTh, setName] = useState('');
  const [ownerUnitId, setOwner] = useState(units[0]?.value ?? '');
  const [ownerNote, setNote] = useState('');
  const [startsOn, setStarts] = useState('');
  const [dueOn, setDue] = useState('');
  const { form, busy, message, serverIssues, setServerIssues, submit } = useFormSubmission();
  const issue = (p: string) => issueAt(serverIssues, p);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(true, async () => {
      const plan = await programsApi.addStep(planId, {
        nameTh: nameTh.trim(),
        ownerUnitId,
        ownerNote: ownerNote.trim() || null,
        startsOn: startsOn || null,
        dueOn,
      });
      setName('');
      setNote('');
      setStarts('');
      setDue('');
      setServerIssues([]);
      onAdded(plan);
    });
  }

  return (
    <form
      ref={form}
      className="card form-stack"
      onSubmit={onSubmit}
      noValidate
      data-testid="add-step-form"
      aria-busy={busy}
    >
      <h3 className="subheading">{t.addStep}</h3>
      <FormError
        message={message}
        other={unclaimed(serverIssues, ['nameTh', 'ownerUnitId', 'ownerNote', 'startsOn', 'dueOn'])}
        testId="add-step-error"
      />
      <TextField
        label={t.step}
        value={nameTh}
        onChange={setName}
        error={issue('nameTh')}
        requiredMark
        data-testid="step-name"
      />
      <div className="form-grid">
        <Select
          label={t.owner}
          value={ownerUnitId}
          onChange={setOwner}
          options={units}
          error={issue('ownerUnitId')}
          requiredMark
        />
        <TextField label={t.ownerNote} value={ownerNote} onChange={setNote} error={issue('ownerNote')} />
        <DateField label={t.startsOn} value={startsOn} onChange={setStarts} error={issue('startsOn')} />
        <DateField
          label={t.dueOn}
          value={dueOn}
          onChange={setDue}
          error={issue('dueOn')}
          requiredMark
          data-testid="step-due"
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="step-save">
          {t.addStep}
        </Button>
      </div>
    </form>
  );
}
