// Register a savings group: name, where it sits, when it was founded, its level and its rules.
import { useState, type FormEvent } from 'react';
import { savingsApi } from '../../api/savings.js';
import type { Group } from '../../api/savings-types.js';
import { th } from '../../i18n/th.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from './DateField.js';
import { FormError } from './FormError.js';
import { defaultValues, toRequest, type GroupValues } from './group-form-model.js';
import { issueAt, unclaimed } from './issues.js';
import { LocationPicker } from './LocationPicker.js';
import { RulesEditor } from './RulesEditor.js';
import { useFormSubmission } from './useFormSubmission.js';

/** Which server paths each form value answers, so fixing a field clears the server's word on it. */
const PATHS: Record<keyof GroupValues, string> = {
  nameTh: 'nameTh',
  orgUnitId: 'orgUnitId',
  foundedOn: 'foundedOn',
  level: 'level',
  pledgeMode: 'rules.pledge',
  pledgeAmounts: 'rules.pledge',
  shareValue: 'rules.pledge',
  minShares: 'rules.pledge',
  maxShares: 'rules.pledge',
  entryFee: 'rules.entryFee',
  meetingDay: 'rules.meetingDay',
  specialRate: 'rules.specialSavingsAnnualRateBp',
  dividendMethod: 'rules.dividendMethod',
  loanTypes: 'rules.loanTypes',
  allocation: 'rules.allocation',
};

interface Props {
  onSaved: (g: Group) => void;
  onCancel: () => void;
}

export function RegisterGroupForm({ onSaved, onCancel }: Props) {
  const t = th.savings.register;
  const [values, setValues] = useState<GroupValues>(() => defaultValues(''));
  const { form, tried, busy, message, serverIssues, setServerIssues, submit: run } = useFormSubmission();

  const set = (patch: Partial<GroupValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    const touched = Object.keys(patch).map((k) => PATHS[k as keyof GroupValues]);
    setServerIssues((all) => all.filter((i) => !touched.some((p) => i.path === p || i.path.startsWith(`${p}.`))));
  };

  const local = tried ? toRequest(values).issues : [];
  const all = [...local, ...serverIssues];
  const issue = (path: string) => issueAt(all, path);
  const other = unclaimed(serverIssues, Object.values(PATHS));

  function submit(e: FormEvent) {
    e.preventDefault();
    const { input } = toRequest(values);
    void run(Boolean(input), async () => onSaved(await savingsApi.registerGroup(input!)));
  }

  return (
    <form ref={form} className="person-form" onSubmit={submit} noValidate data-testid="group-form" aria-busy={busy}>
      <FormError message={message} other={other} testId="group-form-error" />
      <fieldset className="form-section" disabled={busy}>
        <legend>{t.sectionGroup}</legend>
        <TextField
          id="group-name"
          label={t.name}
          hint={t.nameHint}
          value={values.nameTh}
          onChange={(nameTh) => set({ nameTh })}
          error={issue('nameTh')}
          requiredMark
          maxLength={200}
          autoComplete="off"
        />
        <LocationPicker id="group-location" onChange={(orgUnitId) => set({ orgUnitId })} error={issue('orgUnitId')} />
        <div className="form-grid">
          <DateField
            id="group-founded"
            label={t.foundedOn}
            value={values.foundedOn}
            onChange={(foundedOn) => set({ foundedOn })}
            error={issue('foundedOn')}
            requiredMark
          />
          <Select
            id="group-level"
            label={t.level}
            value={values.level}
            onChange={(level) => set({ level })}
            options={(['1', '2', '3'] as const).map((l) => ({ value: l, label: t.levels[l] }))}
            error={issue('level')}
          />
        </div>
      </fieldset>
      <fieldset className="form-stack" disabled={busy}>
        <RulesEditor values={values} set={set} issues={all} />
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="group-save">
          {t.submit}
        </Button>
        <Button onClick={onCancel}>{th.common.cancel}</Button>
      </div>
    </form>
  );
}
