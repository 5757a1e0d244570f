// How money handed over at a meeting is split: penalties first, then interest, then principal — the
// order that clears the charges a borrower cannot otherwise be rid of before reducing the debt.
import { formatBaht, sub, type Satang } from '../../kernel/money.js';
import { loanError } from './loan-error.js';
import type { LoanState } from './loan-state.js';

export interface RepaymentSplit {
  penalty: Satang;
  interest: Satang;
  principal: Satang;
}

const min = (a: Satang, b: Satang): Satang => (a < b ? a : b);

/**
 * Only penalty and interest already due are taken; everything after them is principal — first the
 * principal due, then early repayment. The two need no separate fields: loanState credits principal
 * paid to the oldest installment first.
 */
export function allocateRepayment(state: LoanState, amount: Satang): RepaymentSplit {
  if (!(amount > 0)) {
    throw loanError('repayment_not_positive', 'ยอดชำระต้องมากกว่า 0 บาท', 'Repayment must be more than zero');
  }
  if (amount > state.totalPayoff) {
    const max = formatBaht(state.totalPayoff);
    throw loanError(
      'repayment_exceeds_payoff',
      `ยอดชำระเกินยอดที่ต้องชำระเพื่อปิดบัญชีเงินกู้: ชำระได้ไม่เกิน ${max} บาท`,
      `Repayment exceeds the amount that closes the loan; at most ${max} baht can be paid`,
    );
  }
  const penalty = min(amount, state.penaltyDue);
  const afterPenalty = sub(amount, penalty);
  const interest = min(afterPenalty, state.interestDue);
  return { penalty, interest, principal: sub(afterPenalty, interest) };
}
