// Property tests of the repayment cycle as the treasurer runs it: look up the loan's state on the
// day, split what the member hands over with allocateRepayment, record it, repeat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, civilDate, compareDates, type CivilDate } from '../../kernel/dates.js';
import { add, satang, sub, type Satang } from '../../kernel/money.js';
import { allocateRepayment } from './allocate-repayment.js';
import type { LoanTerms } from './loan-schedule.js';
import { loanState, type LoanPayment, type LoanState } from './loan-state.js';

const start = civilDate('2020-01-01');
const anyTerms = fc.record({
  principal: fc.integer({ min: 1, max: 100_000_000 }).map(satang),
  annualRateBp: fc.integer({ min: 0, max: 10_000 }),
  termMonths: fc.integer({ min: 1, max: 36 }),
  method: fc.constantFrom('flat' as const, 'declining' as const),
  firstDueOn: fc.integer({ min: 0, max: 3_000 }).map((n) => addDays(start, n)),
});
// Each step: days since the previous payment, and how much of today's payoff the member brings (‰).
const step = fc.record({ gap: fc.integer({ min: 0, max: 45 }), permille: fc.integer({ min: 1, max: 1000 }) });
const anySteps = fc.array(step, { maxLength: 20 });

function checkConsistent(s: LoanState): void {
  for (const x of [s.principalOutstanding, s.principalDue, s.interestDue, s.penaltyDue, s.overdueAmount]) {
    assert.ok(x >= 0, `negative amount in ${JSON.stringify(s)}`);
  }
  assert.ok(s.principalDue <= s.principalOutstanding);
  assert.ok(s.overdueAmount <= s.principalDue + s.interestDue);
  assert.equal(s.daysOverdue > 0, s.overdueAmount > 0);
  assert.equal(s.totalPayoff, add(s.penaltyDue, s.interestDue, s.principalOutstanding));
  assert.ok(s.schedule.every((i) => i.interest >= 0));
}

test('any sequence of allocated repayments keeps the loan consistent, and paying the payoff closes it', () => {
  fc.assert(
    fc.property(anyTerms, fc.integer({ min: 0, max: 10_000 }), anySteps, (terms: LoanTerms, penalty, steps) => {
      const payments: LoanPayment[] = [];
      const at = (asOf: CivilDate) => loanState({ terms, penaltyPerLateInstallment: satang(penalty), payments, asOf });
      const payOn = (asOf: CivilDate, amount: Satang) => {
        const before = at(asOf);
        const split = allocateRepayment(before, amount);
        assert.equal(add(split.penalty, split.interest, split.principal), amount);
        if (split.principal > 0) {
          // No principal while a penalty or interest is still owed.
          assert.equal(split.penalty, before.penaltyDue);
          assert.equal(split.interest, before.interestDue);
        }
        payments.push({ paidOn: asOf, ...split });
        const after = at(asOf);
        checkConsistent(after);
        assert.equal(after.principalOutstanding, sub(before.principalOutstanding, split.principal));
        assert.equal(after.interestDue, sub(before.interestDue, split.interest));
        assert.equal(after.penaltyDue, sub(before.penaltyDue, split.penalty));
      };

      let asOf = addDays(terms.firstDueOn, -30);
      for (const { gap, permille } of steps) {
        asOf = addDays(asOf, gap);
        const payoff = at(asOf).totalPayoff;
        if (payoff === 0) break;
        payOn(asOf, satang(Math.max(1, Number((BigInt(payoff) * BigInt(permille)) / 1000n))));
      }
      const payoff = at(asOf).totalPayoff;
      if (payoff > 0) payOn(asOf, payoff);
      assert.equal(at(asOf).paidOff, true);

      // Still closed after the last due date: nothing later falls due on a repaid loan.
      const lastDue = at(asOf).schedule.at(-1)!.dueOn;
      const afterMaturity = at(addDays(compareDates(lastDue, asOf) > 0 ? lastDue : asOf, 1));
      assert.equal(afterMaturity.paidOff, true);
      assert.equal(afterMaturity.totalPayoff, 0);
    }),
    { numRuns: 300 },
  );
});

test('without payments, the whole debt falls due and every installment is late by maturity', () => {
  fc.assert(
    fc.property(anyTerms, (terms) => {
      const at = (asOf: CivilDate) =>
        loanState({ terms, penaltyPerLateInstallment: satang(1_000), payments: [], asOf });
      const last = at(terms.firstDueOn).schedule.at(-1)!.dueOn;
      const mature = at(addDays(last, 1));
      checkConsistent(mature);
      assert.equal(mature.principalDue, terms.principal);
      assert.equal(mature.lateInstallments, terms.termMonths);
      assert.equal(mature.overdueAmount, add(mature.principalDue, mature.interestDue));
    }),
  );
});
