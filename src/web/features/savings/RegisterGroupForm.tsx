// Register a savings group: name, where it sits, when it was founded, its level and its rules.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, errorMessageTh } from '../../api/client.js';
import { savingsApi } from '../../api/savings.js';
import type { Group } from '../../api/savings-types.js';
import type { FieldIssue } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Alert } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { AllocationEditor } from './AllocationEditor.js';
import { DateField } from './DateField.js';
import { defaultValues, toRequest, type GroupValues } from './group-form-model.js';
import { issueAt, unclaimed } from './issues.js';
import { LoanTypesEditor } from './LoanTypesEditor.js';
import { LocationPicker } from './LocationPicker.js';
import { RulesFields } from './RulesFields.js';

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
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<GroupValues>(() => defaultValues(''));
  const [tried, setTried] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);

  const set = (patch: Partial<GroupValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    const touched = Object.keys(patch).map((k) => PATHS[k as keyof GroupValues]);
    setServerIssues((all) => all.filter((i) => !touched.some((p) => i.path === p || i.path.startsWith(`${p}.`))));
  };

  // After a refused submit, the first field with a problem gets the focus.
  useEffect(() => {
    if (focusTick) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const local = tried ? toRequest(values).issues : [];
  const all = [...local, ...serverIssues];
  const issue = (path: string) => issueAt(all, path);
  const other = unclaimed(serverIssues, Object.values(PATHS));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setMessage(null);
    const { input } = toRequest(values);
    if (!input) {
      setMessage(th.people.fixErrors);
      setFocusTick((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      onSaved(await savingsApi.registerGroup(input));
    } catch (err) {
      setBusy(false);
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError) setServerIssues(err.issues);
      setFocusTick((n) => n + 1);
    }
  }

  return (
    <form ref={form} className="person-form" onSubmit={submit} noValidate data-testid="group-form" aria-busy={busy}>
      {message && (
        <Alert tone="error" testId="group-form-error">
          <p>{message}</p>
          {other.length > 0 && (
            <ul>
              {other.map((i, n) => (
                <li key={n}>{i.messageTh}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
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
        <RulesFields values={values} set={set} issue={issue} />
        <LoanTypesEditor
          values={values.loanTypes}
          onChange={(loanTypes) => set({ loanTypes })}
          issue={issue}
          listError={all.find((i) => i.path === 'rules.loanTypes')?.messageTh}
        />
        <AllocationEditor values={values.allocation} onChange={(allocation) => set({ allocation })} issues={all} />
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
