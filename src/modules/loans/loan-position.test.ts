// loanPosition is what loan_position stores; these tests pin it to loanState, the one definition of
// where a loan stands: on any day after the last payment, the stored position ages into exactly the
// days overdue and principal outstanding that loanState reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDays, civilDate, compareDates, daysBetween, type CivilDate } from '../../kernel/dates.js';
import { satang, ZERO } from '../../kernel/money.js';
import { allocateRepayment } from './allocate-repayment.js';
import { loanPosition } from './loan-position.js';
import type { LoanTerms } from './loan-schedule.js';
import { loanState, type LoanPayment } from './loan-state.js';

const start = civilDate('2020-01-01');
const anyTerms = fc.record({
  principal: fc.integer({ min: 1, max: 100_000_000 }).map(satang),
  annualRateBp: fc.integer({ min: 0, max: 10_000 }),
  termMonths: fc.integer({ min: 1, max: 36 }),
  method: fc.constantFrom('flat' as const, 'declining' as const),
  firstDueOn: fc.integer({ min: 0, max: 400 }).map((n) => addDays(start, n)),
});
// Days since the previous payment and how much of the payoff is brought (‰); long gaps make arrears.
const step = fc.record({ gap: fc.integer({ min: 0, max: 120 }), permille: fc.integer({ min: 1, max: 1000 }) });

const terms: LoanTerms = {
  principal: satang(1_200_000),
  annualRateBp: 1200,
  termMonths: 12,
  method: 'flat',
  firstDueOn: civilDate('2025-10-05'),
};

test('a new loan is unpaid from its first due date; a written-off one has no position', () => {
  assert.deepEqual(loanPosition({ terms, payments: [], writtenOff: false }), {
    outstanding: 1_200_000,
    unpaidSince: '2025-10-05',
  });
  assert.deepEqual(loanPosition({ terms, payments: [], writtenOff: true }), { outstanding: 0, unpaidSince: null });
});

test('paying the first installment moves unpaidSince to the second; paying off clears it', () => {
  const first: LoanPayment = {
    paidOn: civilDate('2025-10-05'),
    penalty: ZERO,
    interest: satang(12_000),
    principal: satang(100_000),
  };
  assert.deepEqual(loanPosition({ terms, payments: [first], writtenOff: false }), {
    outstanding: 1_100_000,
    unpaidSince: '2025-11-05',
  });
  const rest: LoanPayment = {
    paidOn: civilDate('2025-10-20'),
    penalty: ZERO,
    interest: ZERO,
    principal: satang(1_100_000),
  };
  assert.deepEqual(loanPosition({ terms, payments: [first, rest], writtenOff: false }), {
    outstanding: 0,
    unpaidSince: null,
  });
});

test('on every day after the last payment the position ages into loanState', () => {
  fc.assert(
    fc.property(
      anyTerms,
      fc.array(step, { maxLength: 15 }),
      fc.array(fc.integer({ min: 0, max: 1200 }), { minLength: 1, maxLength: 5 }),
      (t, steps, later) => {
        const payments: LoanPayment[] = [];
        const at = (asOf: CivilDate) => loanState({ terms: t, penaltyPerLateInstallment: satang(500), payments, asOf });
        let day = addDays(t.firstDueOn, -20);
        for (const { gap, permille } of steps) {
          day = addDays(day, gap);
          const payoff = at(day).totalPayoff;
          if (payoff === 0) break;
          const amount = satang(Math.max(1, Number((BigInt(payoff) * BigInt(permille)) / 1000n)));
          payments.push({ paidOn: day, ...allocateRepayment(at(day), amount) });
        }
        const position = loanPosition({ terms: t, payments, writtenOff: false });
        assert.equal(position.outstanding === 0, position.unpaidSince === null);
        for (const k of later) {
          const asOf = addDays(day, k);
          const s = at(asOf);
          assert.equal(position.outstanding, s.principalOutstanding);
          const since = position.unpaidSince;
          const overdue = since !== null && compareDates(since, asOf) < 0 ? daysBetween(since, asOf) : 0;
          assert.equal(overdue, s.daysOverdue, JSON.stringify({ t, payments, asOf, position }));
        }
      },
    ),
    { numRuns: 400 },
  );
});
