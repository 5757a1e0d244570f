import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { civilDate } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';
import { satang } from '../../kernel/money.js';
import { allocateRepayment } from './allocate-repayment.js';
import { loanState } from './loan-state.js';

// 10,000.00 baht flat at 12 %/yr over 10 months, nothing paid, seen the day after the first due date:
// 50.00 penalty + 100.00 interest due + 10,000.00 principal outstanding = 10,150.00 to close.
const state = loanState({
  terms: {
    principal: satang(1_000_000),
    annualRateBp: 1200,
    termMonths: 10,
    method: 'flat',
    firstDueOn: civilDate('2025-02-15'),
  },
  penaltyPerLateInstallment: satang(5_000),
  payments: [],
  asOf: civilDate('2025-02-16'),
});

describe('allocateRepayment', () => {
  test('penalty, then interest, then principal', () => {
    assert.equal(state.totalPayoff, 1_015_000);
    assert.deepEqual(allocateRepayment(state, satang(3_000)), { penalty: 3_000, interest: 0, principal: 0 });
    assert.deepEqual(allocateRepayment(state, satang(12_000)), { penalty: 5_000, interest: 7_000, principal: 0 });
    // 1,200.00 = 50.00 + 100.00 + 1,000.00 principal due + 50.00 early repayment.
    assert.deepEqual(allocateRepayment(state, satang(120_000)), {
      penalty: 5_000,
      interest: 10_000,
      principal: 105_000,
    });
    assert.deepEqual(allocateRepayment(state, state.totalPayoff), {
      penalty: 5_000,
      interest: 10_000,
      principal: 1_000_000,
    });
  });

  test('refuses more than the payoff, naming the most that can be paid, and non-positive amounts', () => {
    assert.throws(
      () => allocateRepayment(state, satang(1_015_001)),
      (e: unknown) =>
        e instanceof AppError &&
        e.kind === 'validation' &&
        e.code === 'repayment_exceeds_payoff' &&
        e.messageTh.includes('ชำระได้ไม่เกิน 10,150.00 บาท'),
    );
    for (const amount of [0, -100]) {
      assert.throws(
        () => allocateRepayment(state, satang(amount)),
        (e: unknown) => e instanceof AppError && e.code === 'repayment_not_positive',
      );
    }
  });
});
