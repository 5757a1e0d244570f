// Where a loan stands on a given day, replayed from its terms and the payments recorded so far.
// Payments count cumulatively against the oldest obligation first, so principal paid beyond what is
// due is credit toward the next installments' principal (the final due date does not move), and on a
// declining loan it also lowers later interest, which is charged on the balance actually outstanding.
// An installment's principal therefore stays the planned equal part: the credit, not a smaller
// installment, absorbs early repayment, and the parts still sum to the principal.
// Interest is charged per installment on its due date, not per day: paying off between two due dates
// owes no interest for the part-month.
import { compareDates, daysBetween, type CivilDate } from '../../kernel/dates.js';
import { ZERO, add, mulInt, satang, sub, sum, type Satang } from '../../kernel/money.js';
import { agingBucket, type AgingBucket } from './aging.js';
import { loanError } from './loan-error.js';
import { buildSchedule, monthlyInterest, type Installment, type LoanTerms } from './loan-schedule.js';

/** One recorded repayment, already split (see allocateRepayment). */
export interface LoanPayment {
  paidOn: CivilDate;
  penalty: Satang;
  interest: Satang;
  principal: Satang;
}

export interface LoanStateInput {
  terms: LoanTerms;
  penaltyPerLateInstallment: Satang;
  /** Payments dated after asOf are left out: as of that day they have not happened. */
  payments: readonly LoanPayment[];
  asOf: CivilDate;
}

export interface LoanState {
  asOf: CivilDate;
  /** Installments due by asOf as charged; later ones projected as if the borrower pays on schedule. */
  schedule: Installment[];
  principalOutstanding: Satang;
  /** Scheduled on or before asOf and not yet paid (includes what falls due on asOf itself). */
  principalDue: Satang;
  interestDue: Satang;
  penaltyDue: Satang;
  /** Installments that were still short at the end of their due date; each assessed one penalty. */
  lateInstallments: number;
  /** The part of principalDue + interestDue that fell due before asOf. */
  overdueAmount: Satang;
  daysOverdue: number;
  /** Due date of the earliest installment due by asOf whose principal or interest is still short. */
  oldestUnpaidOn: CivilDate | null;
  agingBucket: AgingBucket | null;
  paidOff: boolean;
  /** What closes the loan today: penalties, interest already due and the whole outstanding principal. */
  totalPayoff: Satang;
}

const positivePart = (x: Satang): Satang => (x > 0 ? x : ZERO);
const paidWithin = (payments: readonly LoanPayment[], keep: (p: LoanPayment) => boolean) => {
  const kept = payments.filter(keep);
  return {
    penalty: sum(kept.map((p) => p.penalty)),
    interest: sum(kept.map((p) => p.interest)),
    principal: sum(kept.map((p) => p.principal)),
  };
};

function checkInput(input: LoanStateInput, principalPaid: Satang): void {
  const { penaltyPerLateInstallment: penalty } = input;
  if (!Number.isSafeInteger(penalty) || penalty < 0) {
    throw loanError('loan_penalty_invalid', 'ค่าปรับต่องวดต้องไม่ติดลบ', 'Penalty per late installment must not be negative');
  }
  if (input.payments.some((p) => p.penalty < 0 || p.interest < 0 || p.principal < 0)) {
    throw loanError('loan_payment_negative', 'รายการชำระเงินกู้ต้องไม่มียอดติดลบ', 'Loan payment parts must not be negative');
  }
  if (principalPaid > input.terms.principal) {
    throw loanError(
      'loan_principal_overpaid',
      'ยอดชำระเงินต้นรวมเกินยอดเงินกู้',
      'Principal paid exceeds the loan principal',
    );
  }
}

/**
 * Flat loans keep their agreed interest; declining loans charge each installment on the balance
 * just before its due date. Either way an installment falling due after the principal is fully
 * repaid charges nothing — that is how early payoff waives a flat loan's remaining interest.
 */
function scheduleAsItStands(input: LoanStateInput, outstandingNow: Satang): Installment[] {
  const { terms, payments, asOf } = input;
  let plannedOutstanding = terms.principal;
  return buildSchedule(terms).map((inst) => {
    // Due by asOf: the balance actually owed before the due date. Not yet due: a projection, as if
    // arrears are caught up and the borrower then pays on schedule.
    const balanceBefore =
      compareDates(inst.dueOn, asOf) <= 0
        ? sub(terms.principal, paidWithin(payments, (p) => compareDates(p.paidOn, inst.dueOn) < 0).principal)
        : satang(Math.min(outstandingNow, plannedOutstanding));
    plannedOutstanding = sub(plannedOutstanding, inst.principal);
    const interest =
      balanceBefore === 0
        ? ZERO
        : terms.method === 'flat'
          ? inst.interest
          : monthlyInterest(balanceBefore, terms.annualRateBp);
    return { ...inst, interest };
  });
}

export function loanState(input: LoanStateInput): LoanState {
  const { asOf } = input;
  const payments = input.payments.filter((p) => compareDates(p.paidOn, asOf) <= 0);
  const paid = paidWithin(payments, () => true);
  checkInput(input, paid.principal);
  const principalOutstanding = sub(input.terms.principal, paid.principal);
  const schedule = scheduleAsItStands({ ...input, payments }, principalOutstanding);

  let scheduledPrincipal = ZERO;
  let scheduledInterest = ZERO;
  let overdueAmount = ZERO;
  let lateInstallments = 0;
  let oldestUnpaid: CivilDate | undefined;
  for (const inst of schedule.filter((i) => compareDates(i.dueOn, asOf) <= 0)) {
    scheduledPrincipal = add(scheduledPrincipal, inst.principal);
    scheduledInterest = add(scheduledInterest, inst.interest);
    const principalShort = positivePart(sub(scheduledPrincipal, paid.principal));
    const interestShort = positivePart(sub(scheduledInterest, paid.interest));
    if (oldestUnpaid === undefined && principalShort + interestShort > 0) oldestUnpaid = inst.dueOn;
    if (inst.dueOn === asOf) continue;
    overdueAmount = add(principalShort, interestShort);
    // Late is judged on interest and principal together, as paid by the end of the due date.
    const paidThen = paidWithin(payments, (p) => compareDates(p.paidOn, inst.dueOn) <= 0);
    if (add(paidThen.interest, paidThen.principal) < add(scheduledInterest, scheduledPrincipal)) lateInstallments++;
  }

  const principalDue = positivePart(sub(scheduledPrincipal, paid.principal));
  const interestDue = positivePart(sub(scheduledInterest, paid.interest));
  const penaltyDue = positivePart(sub(mulInt(input.penaltyPerLateInstallment, lateInstallments), paid.penalty));
  const daysOverdue =
    oldestUnpaid !== undefined && compareDates(oldestUnpaid, asOf) < 0 ? daysBetween(oldestUnpaid, asOf) : 0;
  return {
    asOf,
    schedule,
    principalOutstanding,
    principalDue,
    interestDue,
    penaltyDue,
    lateInstallments,
    overdueAmount,
    daysOverdue,
    oldestUnpaidOn: oldestUnpaid ?? null,
    agingBucket: agingBucket(daysOverdue),
    paidOff: principalOutstanding === 0 && interestDue === 0 && penaltyDue === 0,
    // Decision: a flat loan's interest not yet due is not charged on early payoff, so repaying early
    // never costs more than repaying on schedule; scheduleAsItStands then charges those months nothing.
    totalPayoff: add(penaltyDue, interestDue, principalOutstanding),
  };
}
