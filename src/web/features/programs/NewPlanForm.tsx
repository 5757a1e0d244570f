// Starts a plan for the project with its name; steps are added on the plan's page.
import { useState, type FormEvent } from 'react';
import { programsApi } from '../../api/programs.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { Button } from '../../ui/Button.js';
import { TextField } from '../../ui/TextField.js';
import { navigate } from '../../router.js';
import { FormError } from '../savings/FormError.js';
import { issueAt } from '../savings/issues.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';

export function NewPlanForm({ projectId }: { projectId: string }) {
  const t = thPrograms.plan;
  const [nameTh, setName] = useState('');
  const { form, busy, message, serverIssues, submit } = useFormSubmission();
  const key = useIdempotencyKey();
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(true, async () => {
      const plan = await programsApi.createPlan(projectId, { nameTh: nameTh.trim(), steps: [] }, key.key());
      navigate(`/plans/${plan.id}`);
    });
  }
  return (
    <form ref={form} className="form-stack" onSubmit={onSubmit} noValidate data-testid="new-plan-form">
      <FormError message={message} other={[]} testId="new-plan-error" />
      <TextField
        label={t.name}
        value={nameTh}
        onChange={setName}
        error={issueAt(serverIssues, 'nameTh')}
        requiredMark
        data-testid="plan-name"
      />
      <Button type="submit" busy={busy} data-testid="plan-create">
        {thPrograms.view.newPlan}
      </Button>
    </form>
  );
}
