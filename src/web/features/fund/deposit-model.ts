// A bank deposit as typed: the pay-in slip's date, reference and amount in baht (parsed exactly
// into satang), never more than the counted cash still awaiting deposit. The server checks again
// (and refuses a slip reference used before).
import { thFund } from '../../i18n/th-fund.js';
import { baht, parseAmount } from '../savings/money.js';

export interface DepositDraft {
  depositedOn: string;
  slipRef: string;
  amount: string;
}

export type DepositErrors = Partial<Record<keyof DepositDraft, string>>;

export function checkDeposit(d: DepositDraft, cashOnHand: number): DepositErrors {
  const t = thFund.deposit;
  const e: DepositErrors = {};
  if (!d.depositedOn) e.depositedOn = t.required(t.depositedOn);
  if (!d.slipRef.trim()) e.slipRef = t.required(t.slipRef);
  const a = parseAmount(d.amount);
  if (!a.ok) e.amount = a.error;
  else if (a.value <= 0) e.amount = d.amount.trim() ? t.amountZero : t.required(t.amount);
  else if (a.value > cashOnHand) e.amount = t.overCash(baht(cashOnHand));
  return e;
}

export function toDepositInput(d: DepositDraft) {
  const a = parseAmount(d.amount);
  return { depositedOn: d.depositedOn, slipRef: d.slipRef.trim(), amount: a.ok ? a.value : 0 };
}
