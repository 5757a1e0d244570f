import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, civilDate, compareDates } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';
import { satang, sum } from '../../kernel/money.js';
import { addMonths, buildSchedule, monthlyInterest, type LoanTerms } from './loan-schedule.js';

const throwsCode = (fn: () => unknown, code: string) =>
  assert.throws(fn, (e: unknown) => e instanceof AppError && e.code === code && e.kind === 'validation');

const terms = (over: Partial<LoanTerms> = {}): LoanTerms => ({
  principal: satang(1_000_000),
  annualRateBp: 1200,
  termMonths: 10,
  method: 'flat',
  firstDueOn: civilDate('2025-01-15'),
  ...over,
});

describe('addMonths', () => {
  test('clamps to the last day of shorter months without carrying the clamp forward', () => {
    const jan31 = civilDate('2024-01-31');
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((n) => addMonths(jan31, n)),
      ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31'],
    );
    assert.equal(addMonths(civilDate('2023-01-31'), 1), '2023-02-28'); // not a leap year
    assert.equal(addMonths(civilDate('2024-11-30'), 3), '2025-02-28'); // across a year end
    assert.equal(addMonths(civilDate('2024-03-31'), -1), '2024-02-29');
    throwsCode(() => addMonths(jan31, 1.5), 'months_invalid');
  });
});

describe('buildSchedule: hand-worked examples', () => {
  test('flat 10,000.00 baht at 12 %/yr over 10 months', () => {
    // Interest = 10,000.00 × 12 % × 10/12 = 1,000.00 baht, i.e. 100.00 a month;
    // principal 10,000.00 / 10 = 1,000.00 a month.
    const s = buildSchedule(terms());
    assert.equal(s.length, 10);
    for (const i of s) {
      assert.equal(i.principal, 100_000);
      assert.equal(i.interest, 10_000);
    }
    assert.equal(s[0]!.dueOn, '2025-01-15');
    assert.equal(s[9]!.dueOn, '2025-10-15');
  });

  test('declining 12,000.00 baht at 12 %/yr over 12 months', () => {
    // 1 % a month on the balance before each installment: 12,000 → 120, 11,000 → 110, …, 1,000 → 10;
    // total 10 × (12 + 11 + … + 1) = 10 × 78 = 780.00 baht.
    const s = buildSchedule(terms({ principal: satang(1_200_000), termMonths: 12, method: 'declining' }));
    assert.deepEqual(
      s.map((i) => i.interest),
      [120, 110, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10].map((b) => b * 100),
    );
    assert.equal(sum(s.map((i) => i.interest)), 78_000);
    assert.ok(s.every((i) => i.principal === 100_000));
  });

  test('10,000.01 baht over 3 months: the odd satang go to the first installments', () => {
    // 1,000,001 satang / 3 = 333,333 remainder 2 → 333,334 + 333,334 + 333,333.
    const base = { principal: satang(1_000_001), termMonths: 3 };
    const flat = buildSchedule(terms(base));
    assert.deepEqual(
      flat.map((i) => i.principal),
      [333_334, 333_334, 333_333],
    );
    // Flat: 1,000,001 × 1200 × 3 / 120,000 = 30,000.03 satang → 30,000, i.e. 10,000 each.
    assert.deepEqual(
      flat.map((i) => i.interest),
      [10_000, 10_000, 10_000],
    );
    // Declining: 1 % of 1,000,001 = 10,000.01 → 10,000; of 666,667 = 6,666.67 → 6,667; of 333,333 → 3,333.
    assert.deepEqual(
      buildSchedule(terms({ ...base, method: 'declining' })).map((i) => i.interest),
      [10_000, 6_667, 3_333],
    );
  });

  test('due dates from 31 January through a leap February', () => {
    const s = buildSchedule(terms({ termMonths: 4, firstDueOn: civilDate('2024-01-31') }));
    assert.deepEqual(
      s.map((i) => i.dueOn),
      ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30'],
    );
  });

  test('interest rounds half up to the satang', () => {
    // 1 % of 150 satang = 1.5 → 2 (half up, not to even); of 250 = 2.5 → 3; of 149 = 1.49 → 1.
    assert.equal(monthlyInterest(satang(150), 1200), 2);
    assert.equal(monthlyInterest(satang(250), 1200), 3);
    assert.equal(monthlyInterest(satang(149), 1200), 1);
    assert.equal(monthlyInterest(satang(1_000_000), 0), 0);
  });

  test('refuses impossible terms', () => {
    throwsCode(() => buildSchedule(terms({ principal: satang(0) })), 'loan_principal_not_positive');
    throwsCode(() => buildSchedule(terms({ principal: satang(-100) })), 'loan_principal_not_positive');
    for (const termMonths of [0, 361, 2.5, Number.NaN]) {
      throwsCode(() => buildSchedule(terms({ termMonths })), 'loan_term_invalid');
    }
    for (const annualRateBp of [-1, 10_001, 12.5]) {
      throwsCode(() => buildSchedule(terms({ annualRateBp })), 'loan_rate_invalid');
    }
    assert.equal(buildSchedule(terms({ termMonths: 360, annualRateBp: 10_000 })).length, 360);
  });
});

describe('buildSchedule: properties', () => {
  const start = civilDate('2000-01-01');
  const anyTerms = fc.record({
    principal: fc.integer({ min: 1, max: 10_000_000_000 }).map(satang),
    annualRateBp: fc.integer({ min: 0, max: 10_000 }),
    termMonths: fc.integer({ min: 1, max: 360 }),
    method: fc.constantFrom('flat' as const, 'declining' as const),
    firstDueOn: fc.integer({ min: 0, max: 20_000 }).map((n) => addDays(start, n)),
  });

  test('principal parts sum exactly, differ by at most 1 satang; interest never negative; dates ascend', () => {
    fc.assert(
      fc.property(anyTerms, (t) => {
        const s = buildSchedule(t);
        const parts = s.map((i) => i.principal);
        assert.equal(s.length, t.termMonths);
        assert.equal(sum(parts), t.principal);
        assert.ok(Math.max(...parts) - Math.min(...parts) <= 1);
        assert.ok(s.every((i) => i.interest >= 0));
        assert.ok(s.every((i, k) => k === 0 || compareDates(s[k - 1]!.dueOn, i.dueOn) < 0));
      }),
    );
  });
});
