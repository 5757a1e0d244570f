// The repayment plan of a loan from its terms alone: equal principal parts on monthly due dates, with
// flat (ดอกเบี้ยคงที่) or declining-balance (ลดต้นลดดอก) interest. Money stays integer satang; every
// product or division goes through BigInt and rounds half up to the satang.
import { civilDate, dateParts, type CivilDate } from '../../kernel/dates.js';
import { allocate, satang, sub, type Satang } from '../../kernel/money.js';
import { loanError } from './loan-error.js';

export type LoanMethod = 'flat' | 'declining';

export interface LoanTerms {
  principal: Satang;
  /** Basis points per year: 1200 = 12 % a year = 1 % a month. */
  annualRateBp: number;
  termMonths: number;
  method: LoanMethod;
  firstDueOn: CivilDate;
}

export interface Installment {
  no: number;
  dueOn: CivilDate;
  principal: Satang;
  interest: Satang;
}

export const MAX_TERM_MONTHS = 360;
export const MAX_RATE_BP = 10_000;

// A month's rate is bp / 10,000 / 12 of the balance.
const BP_MONTHS = 120_000n;

/** n / d rounded half up to a whole satang, for n >= 0 and d > 0; throws if the result is not safe. */
function divRoundHalfUp(n: bigint, d: bigint): Satang {
  return satang(Number((2n * n + d) / (2n * d)));
}

/** One month's interest on `outstanding` at a yearly rate in basis points. */
export function monthlyInterest(outstanding: Satang, annualRateBp: number): Satang {
  return divRoundHalfUp(BigInt(outstanding) * BigInt(annualRateBp), BP_MONTHS);
}

// Repeated from the kernel's calendar (not exported there) so the month's length needs no Date.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The same day of the month n months later, clamped to that month's last day (31 Jan + 1 → 28/29 Feb).
 * The clamp does not carry over, which is why schedules step from firstDueOn, never from the last date.
 */
export function addMonths(d: CivilDate, n: number): CivilDate {
  if (!Number.isSafeInteger(n)) {
    throw loanError('months_invalid', 'จำนวนเดือนต้องเป็นจำนวนเต็ม', 'Month count must be an integer');
  }
  const { year, month, day } = dateParts(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const pad = (v: number, width: number) => String(v).padStart(width, '0');
  return civilDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, daysInMonth(y, m)), 2)}`);
}

function checkTerms(t: LoanTerms): void {
  if (!Number.isSafeInteger(t.principal) || t.principal <= 0) {
    throw loanError('loan_principal_not_positive', 'ยอดเงินกู้ต้องมากกว่า 0 บาท', 'Loan principal must be more than zero');
  }
  if (!Number.isInteger(t.termMonths) || t.termMonths < 1 || t.termMonths > MAX_TERM_MONTHS) {
    throw loanError(
      'loan_term_invalid',
      `จำนวนงวดผ่อนชำระต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง ${MAX_TERM_MONTHS} เดือน`,
      `Loan term must be a whole number of months from 1 to ${MAX_TERM_MONTHS}`,
    );
  }
  if (!Number.isInteger(t.annualRateBp) || t.annualRateBp < 0 || t.annualRateBp > MAX_RATE_BP) {
    throw loanError(
      'loan_rate_invalid',
      'อัตราดอกเบี้ยต้องอยู่ระหว่างร้อยละ 0 ถึง 100 ต่อปี และมีทศนิยมไม่เกิน 2 ตำแหน่ง',
      'Interest rate must be 0–100 % a year with at most two decimals (0–10000 basis points)',
    );
  }
}

/** The plan as agreed at disbursement, before any payment. */
export function buildSchedule(terms: LoanTerms): Installment[] {
  checkTerms(terms);
  const { principal, annualRateBp, termMonths, method, firstDueOn } = terms;
  const ones = Array<number>(termMonths).fill(1);
  // allocate gives the odd satang to the first installments, so every part is within 1 satang.
  const principals = allocate(principal, ones);
  const flatInterest =
    method === 'flat'
      ? allocate(divRoundHalfUp(BigInt(principal) * BigInt(annualRateBp) * BigInt(termMonths), BP_MONTHS), ones)
      : [];
  let outstanding = principal;
  return principals.map((part, i) => {
    const interest = method === 'flat' ? flatInterest[i]! : monthlyInterest(outstanding, annualRateBp);
    outstanding = sub(outstanding, part);
    return { no: i + 1, dueOn: addMonths(firstDueOn, i), principal: part, interest };
  });
}
