// A loan's maintained position (table loan_position) from the loan kernel: principal outstanding, and
// the due date of the earliest installment whose principal and interest are not fully paid, counting
// payments against the oldest obligation first exactly as loanState does.
import type { CivilDate } from '../../src/kernel/dates.js';
import type { Satang } from '../../src/kernel/money.js';
import { loanState, type LoanPayment, type LoanTerms } from '../../src/modules/loans/kernel.js';

export interface LoanPosition {
  outstanding: number;
  unpaidSince: CivilDate | null;
}

export function loanPosition(
  terms: LoanTerms,
  penaltyPerLateInstallment: Satang,
  payments: readonly LoanPayment[],
  asOf: CivilDate,
): LoanPosition {
  const state = loanState({ terms, penaltyPerLateInstallment, payments, asOf });
  if (state.principalOutstanding === 0) return { outstanding: 0, unpaidSince: null };
  const kept = payments.filter((p) => p.paidOn <= asOf);
  const paidPrincipal = kept.reduce((a, p) => a + p.principal, 0);
  const paidInterest = kept.reduce((a, p) => a + p.interest, 0);
  // Installments due after asOf are the kernel's projection; one of them is short at the latest,
  // since principal is still owed.
  let principal = 0;
  let interest = 0;
  for (const inst of state.schedule) {
    principal += inst.principal;
    interest += inst.interest;
    if (principal > paidPrincipal || interest > paidInterest) {
      return { outstanding: state.principalOutstanding, unpaidSince: inst.dueOn };
    }
  }
  throw new Error('principal outstanding but every installment paid');
}
