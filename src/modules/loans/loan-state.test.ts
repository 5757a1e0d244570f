import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { civilDate } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';
import { satang, sum } from '../../kernel/money.js';
import { allocateRepayment } from './allocate-repayment.js';
import type { LoanTerms } from './loan-schedule.js';
import { loanState, type LoanPayment } from './loan-state.js';

const throwsCode = (fn: () => unknown, code: string) =>
  assert.throws(fn, (e: unknown) => e instanceof AppError && e.code === code && e.kind === 'validation');

// 10,000.00 baht flat at 12 %/yr over 10 months: 1,000.00 principal + 100.00 interest a month,
// due on the 15th from February 2025; 50.00 baht for each late installment.
const flat: LoanTerms = {
  principal: satang(1_000_000),
  annualRateBp: 1200,
  termMonths: 10,
  method: 'flat',
  firstDueOn: civilDate('2025-02-15'),
};
// 12,000.00 baht declining at 12 %/yr over 12 months from 31 January 2025: 1,000.00 principal a month.
const declining: LoanTerms = { ...flat, principal: satang(1_200_000), termMonths: 12, method: 'declining' };
const PENALTY = satang(5_000);

const stateOf = (terms: LoanTerms, payments: LoanPayment[], asOf: string) =>
  loanState({ terms, penaltyPerLateInstallment: PENALTY, payments, asOf: civilDate(asOf) });

/** Pays `amount` on `on`, split the way the treasurer's screen would split it. */
function pay(terms: LoanTerms, payments: LoanPayment[], on: string, amount: number): LoanPayment[] {
  const split = allocateRepayment(stateOf(terms, payments, on), satang(amount));
  return [...payments, { paidOn: civilDate(on), ...split }];
}

describe('loanState: arrears and penalties', () => {
  test('an installment is due on its date, overdue and penalised only from the next day', () => {
    const onDue = stateOf(flat, [], '2025-02-15');
    assert.equal(onDue.principalDue, 100_000);
    assert.equal(onDue.interestDue, 10_000);
    assert.equal(onDue.overdueAmount, 0);
    assert.equal(onDue.daysOverdue, 0);
    assert.equal(onDue.agingBucket, null);
    assert.equal(onDue.penaltyDue, 0);
    // Payoff = 0 penalty + 100.00 interest due + 10,000.00 principal.
    assert.equal(onDue.totalPayoff, 1_010_000);

    const nextDay = stateOf(flat, [], '2025-02-16');
    assert.equal(nextDay.lateInstallments, 1);
    assert.equal(nextDay.penaltyDue, 5_000);
    assert.equal(nextDay.overdueAmount, 110_000);
    assert.equal(nextDay.daysOverdue, 1);
    assert.equal(nextDay.agingBucket, '1-30');
  });

  test('a late installment is assessed once, however long it stays unpaid', () => {
    // 15 Mar: installment 2 is due today, so still one penalty; 28 days since 15 Feb.
    const march15 = stateOf(flat, [], '2025-03-15');
    assert.equal(march15.lateInstallments, 1);
    assert.equal(march15.penaltyDue, 5_000);
    assert.equal(march15.principalDue, 200_000);
    assert.equal(march15.overdueAmount, 110_000);
    assert.equal(march15.daysOverdue, 28);
    // 18 Mar: 31 days after the oldest unpaid due date, two installments late.
    const march18 = stateOf(flat, [], '2025-03-18');
    assert.equal(march18.lateInstallments, 2);
    assert.equal(march18.daysOverdue, 31);
    assert.equal(march18.agingBucket, '31-90');
  });

  test('paying late clears the arrears; the on-time installment after it is not penalised', () => {
    // 20 Feb: 50.00 penalty + 100.00 interest + 1,000.00 principal; 15 Mar: 1,100.00 on time.
    let payments = pay(flat, [], '2025-02-20', 115_000);
    assert.deepEqual(payments[0], {
      paidOn: '2025-02-20',
      penalty: 5_000,
      interest: 10_000,
      principal: 100_000,
    });
    payments = pay(flat, payments, '2025-03-15', 110_000);
    const s = stateOf(flat, payments, '2025-04-10');
    assert.equal(s.lateInstallments, 1);
    assert.equal(s.penaltyDue, 0);
    assert.equal(s.overdueAmount, 0);
    assert.equal(s.daysOverdue, 0);
    assert.equal(s.principalOutstanding, 800_000);
  });

  test('a partial payment covers interest first and leaves principal in arrears', () => {
    // 600.00 on the due date: 100.00 interest, 500.00 principal; 500.00 principal still short.
    let payments = pay(flat, [], '2025-02-15', 60_000);
    assert.deepEqual([payments[0]!.interest, payments[0]!.principal], [10_000, 50_000]);
    const next = stateOf(flat, payments, '2025-02-16');
    assert.equal(next.interestDue, 0);
    assert.equal(next.principalDue, 50_000);
    assert.equal(next.overdueAmount, 50_000);
    assert.equal(next.penaltyDue, 5_000);
    // 550.00 the next day: the 50.00 penalty, then the 500.00 principal.
    payments = pay(flat, payments, '2025-02-16', 55_000);
    const cleared = stateOf(flat, payments, '2025-02-16');
    assert.deepEqual([cleared.penaltyDue, cleared.principalDue, cleared.overdueAmount], [0, 0, 0]);
    assert.equal(cleared.principalOutstanding, 900_000);
  });

  test('payments dated after asOf have not happened yet', () => {
    const payments = pay(flat, [], '2025-02-15', 110_000);
    assert.equal(stateOf(flat, payments, '2025-02-14').principalOutstanding, 1_000_000);
  });
});

describe('loanState: early repayment and payoff', () => {
  const decl = { ...declining, firstDueOn: civilDate('2025-01-31') };

  test('extra principal on a declining loan lowers the next interest and counts toward later principal', () => {
    // 31 Jan: 120.00 interest + 1,000.00 principal. 10 Feb: 5,000.00 extra, all principal (nothing due).
    let payments = pay(decl, [], '2025-01-31', 112_000);
    payments = pay(decl, payments, '2025-02-10', 500_000);
    assert.equal(payments[1]!.principal, 500_000);
    // Installment 2 (28 Feb) charges 1 % of 12,000 − 1,000 − 5,000 = 6,000.00 → 60.00, not 110.00.
    const feb28 = stateOf(decl, payments, '2025-02-28');
    assert.equal(feb28.schedule[1]!.dueOn, '2025-02-28');
    assert.equal(feb28.schedule[1]!.interest, 6_000);
    assert.equal(stateOf(decl, payments.slice(0, 1), '2025-02-28').schedule[1]!.interest, 11_000); // without the extra
    assert.equal(feb28.interestDue, 6_000);
    // 2,000.00 principal scheduled so far, 6,000.00 paid: nothing due until the credit runs out.
    assert.equal(feb28.principalDue, 0);
    // Projected on schedule: 60.00 while the balance stays 6,000 (installments 2–7), then 50, 40, …, 10.
    // Total 120 + 6 × 60 + 150 = 630.00 baht instead of 780.00.
    assert.deepEqual(
      feb28.schedule.map((i) => i.interest),
      [120, 60, 60, 60, 60, 60, 60, 50, 40, 30, 20, 10].map((b) => b * 100),
    );
    assert.equal(sum(feb28.schedule.map((i) => i.interest)), 63_000);
  });

  test('flat payoff charges no interest not yet due, and the loan stays paid off', () => {
    let payments = pay(flat, [], '2025-02-15', 110_000);
    const march1 = stateOf(flat, payments, '2025-03-01');
    // 9,000.00 principal left; installment 2's 100.00 is not due until 15 Mar, so it is waived.
    assert.equal(march1.totalPayoff, 900_000);
    payments = pay(flat, payments, '2025-03-01', 900_000);
    assert.equal(stateOf(flat, payments, '2025-03-01').paidOff, true);
    const later = stateOf(flat, payments, '2026-06-01');
    assert.equal(later.paidOff, true);
    assert.equal(later.totalPayoff, 0);
    assert.equal(later.lateInstallments, 0);
    assert.equal(sum(later.schedule.map((i) => i.interest)), 10_000);
  });

  test('a loan left unpaid past maturity owes its whole principal', () => {
    const s = stateOf(flat, [], '2026-01-01');
    assert.equal(s.principalDue, s.principalOutstanding);
    assert.equal(s.interestDue, 100_000);
    assert.equal(s.lateInstallments, 10);
    assert.equal(s.daysOverdue, 320); // 15 Feb 2025 → 1 Jan 2026
    assert.equal(s.agingBucket, '>180');
  });
});

describe('loanState: refuses inconsistent records', () => {
  const base = { paidOn: civilDate('2025-02-15'), penalty: satang(0), interest: satang(0) };
  test('principal beyond the loan, negative parts, negative penalty rate', () => {
    throwsCode(
      () => stateOf(flat, [{ ...base, principal: satang(1_000_001) }], '2025-03-01'),
      'loan_principal_overpaid',
    );
    throwsCode(() => stateOf(flat, [{ ...base, principal: satang(-1) }], '2025-03-01'), 'loan_payment_negative');
    throwsCode(
      () =>
        loanState({ terms: flat, penaltyPerLateInstallment: satang(-1), payments: [], asOf: civilDate('2025-03-01') }),
      'loan_penalty_invalid',
    );
  });
});
