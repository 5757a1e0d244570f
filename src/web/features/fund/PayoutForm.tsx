// Paying one item of an approved plan from the fund's bank account: the day, the amount (baht,
// at most what the item has left — the server also refuses more than the fund's balance) and
// the receipt's number. The idempotency key survives retries until the payout is booked.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { fundApi } from '../../api/fund.js';
import type { Payout, PlanItem } from '../../api/fund-types.js';
import { thFund } from '../../i18n/th-fund.js';
import { Button } from '../../ui/Button.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { today } from '../savings/dates.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { MoneyField } from '../savings/MoneyField.js';
import { baht, parseAmount } from '../savings/money.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import { leftToPay } from './plan-model.js';

interface Props {
  fundId: string;
  planId: string;
  item: PlanItem;
  onSaved: (p: Payout) => void;
  onCancel: () => void;
}

export function PayoutForm({ fundId, planId, item, onSaved, onCancel }: Props) {
  const t = thFund.payout;
  const idem = useIdempotencyKey();
  const { form, tried, busy, message, serverIssues, setServerIssues, submit } = useFormSubmission();
  const [paidOn, setPaidOn] = useState(today);
  const [amount, setAmount] = useState(() => baht(leftToPay(item)));
  const [receiptNo, setReceiptNo] = useState('');
  const parsed = parseAmount(amount);
  const local = {
    paidOn: !paidOn ? t.required(t.paidOn) : undefined,
    amount: !parsed.ok ? parsed.error : parsed.value <= 0 ? t.amountZero : undefined,
    receiptNo: !receiptNo.trim() ? t.required(t.receiptNo) : undefined,
  };
  const at = (k: keyof typeof local) => (tried ? local[k] : undefined) ?? issueAt(serverIssues, k);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(!local.paidOn && !local.amount && !local.receiptNo, async () => {
      setServerIssues([]);
      const body = {
        planId,
        itemNo: item.itemNo,
        paidOn,
        amount: parsed.ok ? parsed.value : 0,
        receiptNo: receiptNo.trim(),
      };
      try {
        const saved = await fundApi.recordPayout(fundId, body, idem.key());
        idem.reset();
        onSaved(saved);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'idempotency_key_reused') idem.reset();
        throw err;
      }
    });
  }

  return (
    <form ref={form} className="fund-form fund-row" onSubmit={onSubmit} noValidate data-testid="payout-form">
      <p className="field__label">{t.formTitle(item.itemNo)}</p>
      <FormError
        message={message}
        other={unclaimed(serverIssues, ['paidOn', 'amount', 'receiptNo'])}
        testId="payout-error"
      />
      <div className="form-grid">
        <DateField label={t.paidOn} value={paidOn} onChange={setPaidOn} error={at('paidOn')} requiredMark />
        <MoneyField
          label={t.amount}
          value={amount}
          onChange={setAmount}
          error={at('amount')}
          requiredMark
          data-testid="payout-amount"
        />
        <TextField
          label={t.receiptNo}
          value={receiptNo}
          onChange={setReceiptNo}
          error={at('receiptNo')}
          requiredMark
          maxLength={100}
          data-testid="payout-receipt-no"
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="save-payout">
          {t.save}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {thFund.household.cancel}
        </Button>
      </div>
    </form>
  );
}
