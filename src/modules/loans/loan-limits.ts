// The group's lending rules checked before a loan is approved. Messages state the limit in baht so
// the committee can tell the member how much they may borrow instead of just "no".
import { add, formatBaht, mulInt, type Satang } from '../../kernel/money.js';
import { loanError } from './loan-error.js';

export interface LoanLimitRule {
  maxTermMonths: number;
  /** Up to this many times the borrower's pledged savings (เงินสัจจะ), counting loans still owed; 0 = no limit. */
  savingsMultiple: number;
  /** Most one loan may be for; 0 = no cap. */
  absoluteCap: Satang;
}

export interface LoanLimitInput {
  principal: Satang;
  borrowerSavings: Satang;
  existingOutstanding: Satang;
  rule: LoanLimitRule;
  termMonths: number;
}

export function checkLoanLimit(input: LoanLimitInput): void {
  const { principal, rule, termMonths } = input;
  // A whole multiple keeps the limit an exact satang amount without fractional arithmetic.
  if (!Number.isSafeInteger(rule.savingsMultiple) || rule.savingsMultiple < 0) {
    throw loanError(
      'loan_rule_invalid',
      'ระเบียบกลุ่มไม่ถูกต้อง: จำนวนเท่าของเงินสัจจะต้องเป็นจำนวนเต็มที่ไม่ติดลบ',
      'Group rule is invalid: the savings multiple must be a non-negative integer',
    );
  }
  if (termMonths > rule.maxTermMonths) {
    throw loanError(
      'loan_term_too_long',
      `ระยะเวลากู้เกินกำหนด: ผ่อนชำระได้ไม่เกิน ${rule.maxTermMonths} งวด (เดือน)`,
      `Loan term is too long: at most ${rule.maxTermMonths} monthly installments`,
    );
  }
  if (rule.absoluteCap > 0 && principal > rule.absoluteCap) {
    const cap = formatBaht(rule.absoluteCap);
    throw loanError(
      'loan_over_absolute_cap',
      `วงเงินกู้เกินเพดาน: กู้ได้ไม่เกิน ${cap} บาทต่อสัญญา`,
      `Loan exceeds the cap: at most ${cap} baht per loan`,
    );
  }
  if (rule.savingsMultiple > 0) {
    const limit = mulInt(input.borrowerSavings, rule.savingsMultiple);
    if (add(principal, input.existingOutstanding) > limit) {
      const m = rule.savingsMultiple;
      throw loanError(
        'loan_over_savings_multiple',
        `วงเงินกู้เกินสิทธิ์: กู้ได้ไม่เกิน ${m} เท่าของเงินสัจจะสะสม (ไม่เกิน ${formatBaht(limit)} บาท รวมยอดกู้คงค้าง)`,
        `Loan exceeds ${m} times the borrower's savings (at most ${formatBaht(limit)} baht including loans outstanding)`,
      );
    }
  }
}
