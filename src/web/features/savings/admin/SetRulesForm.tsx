// A new version of the group's ระเบียบ from a date: starts from the rules in force, edited with the
// same fields as registration; the server checks it all again (allocation exactly 100 %, …).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, errorMessageTh } from '../../../api/client.js';
import { savingsApi } from '../../../api/savings.js';
import type { Group } from '../../../api/savings-types.js';
import type { FieldIssue } from '../../../api/types.js';
import { th } from '../../../i18n/th.js';
import { Alert } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { AllocationEditor } from '../AllocationEditor.js';
import { DateField } from '../DateField.js';
import { today } from '../dates.js';
import { rulesFromValues, valuesFromRules, type GroupValues } from '../group-form-model.js';
import { issueAt, unclaimed } from '../issues.js';
import { LoanTypesEditor } from '../LoanTypesEditor.js';
import { RulesFields } from '../RulesFields.js';

interface Props {
  group: Group;
  onSaved: (g: Group) => void;
  onCancel: () => void;
}

export function SetRulesForm({ group, onSaved, onCancel }: Props) {
  const t = th.savings.admin;
  const form = useRef<HTMLFormElement>(null);
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [values, setValues] = useState<GroupValues>(() => valuesFromRules(group.rules));
  const [tried, setTried] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    if (focusTick) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const set = (patch: Partial<GroupValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setServerIssues([]);
  };
  const local = tried ? rulesFromValues(values).issues : [];
  const all = [...local, ...serverIssues];
  const issue = (path: string) => issueAt(all, path);
  const other = unclaimed(serverIssues, ['effectiveFrom', 'rules']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setMessage(null);
    const { rules, issues } = rulesFromValues(values);
    if (issues.length) {
      setMessage(th.people.fixErrors);
      setFocusTick((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      onSaved(await savingsApi.setRules(group.id, { effectiveFrom, rules }));
    } catch (err) {
      setBusy(false);
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError) setServerIssues(err.issues);
      setFocusTick((n) => n + 1);
    }
  }

  return (
    <form ref={form} className="card form-stack" onSubmit={submit} noValidate data-testid="rules-form" aria-busy={busy}>
      <h2 className="card__title">{t.rulesTitle}</h2>
      <p className="muted">{t.rulesIntro}</p>
      {message && (
        <Alert tone="error" testId="rules-form-error">
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
      <fieldset className="form-stack" disabled={busy}>
        <DateField
          id="rules-from"
          label={t.effectiveOn}
          value={effectiveFrom}
          onChange={setEffectiveFrom}
          error={issue('effectiveFrom')}
          requiredMark
        />
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
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="rules-save">
          {t.rulesSave}
        </Button>
        <Button onClick={onCancel}>{th.common.cancel}</Button>
      </div>
    </form>
  );
}
