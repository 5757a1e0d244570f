// A loan's standing for the arrears dashboards, independent of the day it is read: principal still
// outstanding and the due date of the earliest installment whose principal or interest is not fully
// paid. On any day D on or after the last payment, the loan is D − unpaidSince days overdue when
// unpaidSince < D — exactly what loanState(D) says (loan-position.test.ts), so loan_position can be
// stored once per posting and aged at read time.
import { compareDates, type CivilDate } from '../../kernel/dates.js';
import { ZERO, type Satang } from '../../kernel/money.js';
import { addMonths, type LoanTerms } from './loan-schedule.js';
import { loanState, type LoanPayment } from './loan-state.js';

export interface LoanPosition {
  outstanding: Satang;
  /** null when the principal is settled or the loan was written off. */
  unpaidSince: CivilDate | null;
}

export function loanPosition(input: {
  terms: LoanTerms;
  payments: readonly LoanPayment[];
  writtenOff: boolean;
}): LoanPosition {
  if (input.writtenOff) return { outstanding: ZERO, unpaidSince: null };
  const { terms, payments } = input;
  // Read on a day when every installment is due and every payment made: each installment's interest
  // is then what was actually charged, and the earliest short one is the same for every later day.
  let asOf = addMonths(terms.firstDueOn, terms.termMonths - 1);
  for (const p of payments) if (compareDates(p.paidOn, asOf) > 0) asOf = p.paidOn;
  const state = loanState({ terms, penaltyPerLateInstallment: ZERO, payments, asOf });
  if (state.principalOutstanding === 0) return { outstanding: ZERO, unpaidSince: null };
  return { outstanding: state.principalOutstanding, unpaidSince: state.oldestUnpaidOn };
}
