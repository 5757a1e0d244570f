// A new version of the group's ระเบียบ from a date: starts from the rules in force, edited with the
// same fields as registration; the server checks it all again (allocation exactly 100 %, …).
import { useState, type FormEvent } from 'react';
import { savingsApi } from '../../../api/savings.js';
import type { Group } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { Button } from '../../../ui/Button.js';
import { DateField } from '../DateField.js';
import { today } from '../dates.js';
import { FormError } from '../FormError.js';
import { rulesFromValues, valuesFromRules, type GroupValues } from '../group-form-model.js';
import { issueAt, unclaimed } from '../issues.js';
import { RulesEditor } from '../RulesEditor.js';
import { useFormSubmission } from '../useFormSubmission.js';

interface Props {
  group: Group;
  onSaved: (g: Group) => void;
  onCancel: () => void;
}

export function SetRulesForm({ group, onSaved, onCancel }: Props) {
  const t = th.savings.admin;
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [values, setValues] = useState<GroupValues>(() => valuesFromRules(group.rules));
  const { form, tried, busy, message, serverIssues, setServerIssues, submit: run } = useFormSubmission();

  const set = (patch: Partial<GroupValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setServerIssues([]);
  };
  const local = tried ? rulesFromValues(values).issues : [];
  const all = [...local, ...serverIssues];
  const issue = (path: string) => issueAt(all, path);
  const other = unclaimed(serverIssues, ['effectiveFrom', 'rules']);

  function submit(e: FormEvent) {
    e.preventDefault();
    const { rules, issues } = rulesFromValues(values);
    void run(issues.length === 0, async () => onSaved(await savingsApi.setRules(group.id, { effectiveFrom, rules })));
  }

  return (
    <form ref={form} className="card form-stack" onSubmit={submit} noValidate data-testid="rules-form" aria-busy={busy}>
      <h2 className="card__title">{t.rulesTitle}</h2>
      <p className="muted">{t.rulesIntro}</p>
      <FormError message={message} other={other} testId="rules-form-error" />
      <fieldset className="form-stack" disabled={busy}>
        <DateField
          id="rules-from"
          label={t.effectiveOn}
          value={effectiveFrom}
          onChange={setEffectiveFrom}
          error={issue('effectiveFrom')}
          requiredMark
        />
        <RulesEditor values={values} set={set} issues={all} />
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
