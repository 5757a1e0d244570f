import { civilDate, type CivilDate } from '../../kernel/dates.js';
import { satang } from '../../kernel/money.js';
import { buildSchedule, loanState, type LoanPayment } from './kernel.js';
import { loanTerms, type LoanRow } from './loans.repository.js';
import type { TLoan } from './loans.schemas.js';

/** The loan as shown to users, with where it stands as of a date. */
export function toLoan(l: LoanRow, payments: (LoanPayment & { entryNo: number })[], asOf: CivilDate): TLoan {
  const disbursed = l.status === 'disbursed' || l.status === 'written_off';
  const state =
    disbursed && l.first_due_on
      ? loanState({
          terms: loanTerms(l),
          penaltyPerLateInstallment: satang(Number(l.penalty_per_late)),
          payments,
          asOf,
        })
      : null;
  const schedule = state?.schedule ?? (l.first_due_on ? buildSchedule(loanTerms(l)) : []);
  return {
    groupId: l.group_id,
    loanNo: l.loan_no,
    memberNo: l.member_no,
    memberName: l.member_name,
    loanType: l.loan_type,
    loanTypeNameTh: l.loan_type_name_th,
    purpose: l.purpose,
    principal: satang(Number(l.principal)),
    annualRateBp: l.annual_rate_bp,
    method: l.method,
    termMonths: l.term_months,
    penaltyPerLateInstallment: satang(Number(l.penalty_per_late)),
    appliedOn: l.applied_on,
    enteredBy: l.entered_by_username,
    status: l.status === 'disbursed' && state?.paidOff ? 'paid_off' : l.status,
    decidedOn: l.decided_on,
    decisionNote: l.decision_note,
    disbursedOn: l.disbursed_on,
    firstDueOn: l.first_due_on,
    guarantors: l.guarantors ?? [],
    state: state && {
      asOf: state.asOf,
      principalOutstanding: state.principalOutstanding,
      principalDue: state.principalDue,
      interestDue: state.interestDue,
      penaltyDue: state.penaltyDue,
      overdueAmount: state.overdueAmount,
      daysOverdue: state.daysOverdue,
      agingBucket: state.agingBucket,
      lateInstallments: state.lateInstallments,
      totalPayoff: state.totalPayoff,
    },
    schedule: schedule.map((i) => ({ no: i.no, dueOn: i.dueOn, principal: i.principal, interest: i.interest })),
    payments: payments.map((p) => ({ ...p, paidOn: civilDate(p.paidOn) })),
  };
}
