// Recording a bank deposit of counted cash (seed 000 §3.4 ๒ "นำฝากธนาคาร"): the slip's date,
// reference and amount, booked as one entry; the idempotency key survives retries until it is.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { fundApi } from '../../api/fund.js';
import type { Deposit } from '../../api/fund-types.js';
import { thFund } from '../../i18n/th-fund.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { today } from '../savings/dates.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { MoneyField } from '../savings/MoneyField.js';
import { baht } from '../savings/money.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import { checkDeposit, toDepositInput, type DepositDraft } from './deposit-model.js';

export function DepositForm(props: { fundId: string; cashOnHand: number; onSaved: (d: Deposit) => void }) {
  const t = thFund.deposit;
  const idem = useIdempotencyKey();
  const { form, tried, busy, message, serverIssues, setServerIssues, submit } = useFormSubmission();
  const [d, setD] = useState<DepositDraft>(() => ({
    depositedOn: today(),
    slipRef: '',
    amount: props.cashOnHand > 0 ? baht(props.cashOnHand) : '',
  }));
  const local = checkDeposit(d, props.cashOnHand);
  const at = (k: keyof DepositDraft) => (tried ? local[k] : undefined) ?? issueAt(serverIssues, k);
  const set = (k: keyof DepositDraft) => (v: string) => setD((s) => ({ ...s, [k]: v }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(Object.keys(local).length === 0, async () => {
      setServerIssues([]);
      try {
        const saved = await fundApi.recordDeposit(props.fundId, toDepositInput(d), idem.key());
        idem.reset();
        props.onSaved(saved);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'idempotency_key_reused') idem.reset();
        throw err;
      }
    });
  }

  return (
    <Card title={t.formTitle}>
      <form ref={form} className="fund-form" onSubmit={onSubmit} noValidate data-testid="deposit-form">
        <FormError
          message={message}
          other={unclaimed(serverIssues, ['depositedOn', 'slipRef', 'amount'])}
          testId="deposit-error"
        />
        <div className="form-grid">
          <DateField
            label={t.depositedOn}
            value={d.depositedOn}
            onChange={set('depositedOn')}
            error={at('depositedOn')}
            requiredMark
            data-testid="deposit-date"
          />
          <TextField
            label={t.slipRef}
            value={d.slipRef}
            onChange={set('slipRef')}
            error={at('slipRef')}
            requiredMark
            maxLength={100}
            autoComplete="off"
            data-testid="deposit-slip"
          />
          <MoneyField
            label={t.amount}
            value={d.amount}
            onChange={set('amount')}
            error={at('amount')}
            requiredMark
            data-testid="deposit-amount"
          />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy} data-testid="save-deposit">
            {t.save}
          </Button>
        </div>
      </form>
    </Card>
  );
}
