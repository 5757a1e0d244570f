// แบบเสนอโครงการ as a form: the numbered sections of the paper form, then the sign-off chain.
// Creates a draft or replaces one; the server checks everything and names the fields it refuses.
import { useState, type FormEvent } from 'react';
import { programsApi } from '../../api/programs.js';
import type { Project, ProgramTag, Signer } from '../../api/programs-types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { th } from '../../i18n/th.js';
import { Button } from '../../ui/Button.js';
import { CheckboxGroup } from '../../ui/CheckboxGroup.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { MoneyField } from '../savings/MoneyField.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import { ChainEditor } from './ChainEditor.js';
import { IndicatorsEditor } from './IndicatorsEditor.js';
import { ListEditor } from './ListEditor.js';
import { toInput, type ProjectDraft } from './project-form-model.js';
import { TextArea } from '../../ui/TextArea.js';
import './programs.css';

const FIELDS = [
  'orgUnitId',
  'titleTh',
  'rationale',
  'objectives',
  'methods',
  'startsOn',
  'endsOn',
  'targetGroup',
  'location',
  'budgetSatang',
  'budgetSource',
  'expectedResults',
  'indicators',
  'tags',
  'chain',
];

interface Props {
  projectId: string | null;
  initial: ProjectDraft;
  units: { value: string; label: string }[];
  signers: Signer[];
  tags: ProgramTag[];
  onSaved: (p: Project) => void;
  onCancel: () => void;
}

export function ProjectForm({ projectId, initial, units, signers, tags, onSaved, onCancel }: Props) {
  const t = thPrograms.form;
  const [d, setD] = useState(initial);
  const { form, busy, message, serverIssues: issues, submit } = useFormSubmission();
  const key = useIdempotencyKey();
  const set =
    <K extends keyof ProjectDraft>(k: K) =>
    (v: ProjectDraft[K]) =>
      setD((x) => ({ ...x, [k]: v }));
  const issue = (path: string) => issueAt(issues, path);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(true, async () => {
      const input = toInput(d);
      onSaved(
        projectId
          ? await programsApi.updateProject(projectId, input)
          : await programsApi.createProject(input, key.key()),
      );
    });
  }

  return (
    <form
      ref={form}
      className="card form-stack pg-form"
      onSubmit={onSubmit}
      noValidate
      data-testid="project-form"
      aria-busy={busy}
    >
      <FormError message={message} other={unclaimed(issues, FIELDS)} testId="project-form-error" />
      <Select
        label={t.unit}
        value={d.orgUnitId}
        onChange={set('orgUnitId')}
        options={units}
        error={issue('orgUnitId')}
        requiredMark
      />
      <TextField
        label={t.titleTh}
        value={d.titleTh}
        onChange={set('titleTh')}
        error={issue('titleTh')}
        requiredMark
        maxLength={500}
        data-testid="project-title"
      />
      <TextArea
        label={t.rationale}
        rows={6}
        value={d.rationale}
        onChange={set('rationale')}
        error={issue('rationale')}
        requiredMark
        testId="project-rationale"
      />
      <ListEditor
        id="objectives"
        legend={t.objectives}
        section={2}
        items={d.objectives}
        onChange={set('objectives')}
        error={issue('objectives')}
      />
      <ListEditor
        id="methods"
        legend={t.methods}
        section={3}
        items={d.methods}
        onChange={set('methods')}
        error={issue('methods')}
      />
      <div className="form-grid">
        <DateField
          label={t.startsOn}
          value={d.startsOn}
          onChange={set('startsOn')}
          error={issue('startsOn')}
          requiredMark
          data-testid="project-starts"
        />
        <DateField
          label={t.endsOn}
          value={d.endsOn}
          onChange={set('endsOn')}
          error={issue('endsOn')}
          requiredMark
          data-testid="project-ends"
        />
      </div>
      <TextArea
        label={t.targetGroup}
        rows={2}
        value={d.targetGroup}
        onChange={set('targetGroup')}
        error={issue('targetGroup')}
        requiredMark
        testId="project-target"
      />
      <TextArea
        label={t.location}
        rows={2}
        value={d.location}
        onChange={set('location')}
        error={issue('location')}
        requiredMark
        testId="project-location"
      />
      <fieldset className="pg-fieldset">
        <legend className="field__label">{t.budget}</legend>
        <label className="pg-radio">
          <input type="radio" checked={!d.hasBudget} onChange={() => set('hasBudget')(false)} /> {t.noBudget}
        </label>
        <label className="pg-radio">
          <input type="radio" checked={d.hasBudget} onChange={() => set('hasBudget')(true)} data-testid="budget-yes" />{' '}
          {t.withBudget}
        </label>
        {d.hasBudget && (
          <div className="form-grid">
            <MoneyField
              label={t.amount}
              value={d.amount}
              onChange={set('amount')}
              error={issue('budgetSatang')}
              requiredMark
            />
            <TextField
              label={t.source}
              value={d.budgetSource}
              onChange={set('budgetSource')}
              error={issue('budgetSource')}
            />
          </div>
        )}
      </fieldset>
      <ListEditor
        id="expectedResults"
        legend={t.expectedResults}
        section={8}
        items={d.expectedResults}
        onChange={set('expectedResults')}
        error={issue('expectedResults')}
      />
      <IndicatorsEditor items={d.indicators} onChange={set('indicators')} issues={issues} />
      <CheckboxGroup
        legend={t.tags}
        options={tags.map((g) => ({ value: g.code, label: g.nameTh }))}
        values={d.tags}
        onChange={set('tags')}
        error={issue('tags')}
      />
      <ChainEditor chain={d.chain} signers={signers} onChange={set('chain')} issues={issues} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="project-save">
          {t.save}
        </Button>
        <Button onClick={onCancel}>{th.common.cancel}</Button>
      </div>
    </form>
  );
}
