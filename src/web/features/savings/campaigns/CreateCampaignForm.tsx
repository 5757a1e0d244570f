// A new savings campaign for every group under the unit on screen: name, window, the least a member
// must add to count, and the two targets.
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessageTh } from '../../../api/client.js';
import { reportsApi } from '../../../api/reports.js';
import type { Campaign } from '../../../api/reports-types.js';
import type { FieldIssue } from '../../../api/types.js';
import { th } from '../../../i18n/th.js';
import { Alert } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { TextField } from '../../../ui/TextField.js';
import { DateField } from '../DateField.js';
import { today } from '../dates.js';
import { issueAt } from '../issues.js';
import { MoneyField } from '../MoneyField.js';
import { parseAmount, parseWhole } from '../money.js';

interface Props {
  orgUnitId: string;
  onCreated: (c: Campaign) => void;
  onCancel: () => void;
}

export function CreateCampaignForm({ orgUnitId, onCreated, onCancel }: Props) {
  const t = th.savings.campaigns;
  const [nameTh, setName] = useState('');
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState('');
  const [minAmount, setMinAmount] = useState('50');
  const [targetNew, setTargetNew] = useState('0');
  const [targetAdding, setTargetAdding] = useState('0');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const amount = parseAmount(minAmount);
    setBusy(true);
    setMessage(null);
    try {
      onCreated(
        await reportsApi.createCampaign({
          orgUnitId,
          nameTh: nameTh.trim(),
          startsOn,
          endsOn,
          minAmount: amount.ok ? amount.value : 0,
          targetNewMembers: parseWhole(targetNew) ?? -1,
          targetMembersAdding: parseWhole(targetAdding) ?? -1,
        }),
      );
    } catch (err) {
      setBusy(false);
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError) setIssues(err.issues);
    }
  }

  const issue = (path: string) => issueAt(issues, path);
  return (
    <form className="card form-stack" onSubmit={submit} noValidate data-testid="campaign-form" aria-busy={busy}>
      <h3 className="subheading">{t.create}</h3>
      {message && <Alert tone="error">{message}</Alert>}
      <TextField
        label={t.name}
        hint={t.nameHint}
        value={nameTh}
        onChange={setName}
        error={issue('nameTh')}
        requiredMark
        maxLength={200}
      />
      <div className="form-grid">
        <DateField label={t.startsOn} value={startsOn} onChange={setStartsOn} error={issue('startsOn')} requiredMark />
        <DateField label={t.endsOn} value={endsOn} onChange={setEndsOn} error={issue('endsOn')} requiredMark />
        <MoneyField
          label={t.minAmountLabel}
          value={minAmount}
          onChange={setMinAmount}
          error={issue('minAmount')}
          requiredMark
        />
        <TextField
          label={t.targetNew}
          value={targetNew}
          onChange={setTargetNew}
          error={issue('targetNewMembers')}
          inputMode="numeric"
        />
        <TextField
          label={t.targetAdding}
          value={targetAdding}
          onChange={setTargetAdding}
          error={issue('targetMembersAdding')}
          inputMode="numeric"
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="campaign-save">
          {t.save}
        </Button>
        <Button onClick={onCancel}>{th.common.cancel}</Button>
      </div>
    </form>
  );
}
