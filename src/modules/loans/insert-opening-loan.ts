import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CivilDate } from '../../kernel/dates.js';
import type { Satang } from '../../kernel/money.js';
import type { TLoanType } from '../savings/index.js';

/**
 * A loan brought in with a group's opening balances: what is still owed becomes the principal, the
 * remaining installments its term, on the loan type's current terms. It is already disbursed by the
 * opening entry, so it has no application or decision of its own in this system.
 */
export async function insertOpeningLoan(
  trx: Transaction<DB>,
  l: {
    groupId: string;
    loanNo: number;
    memberNo: number;
    type: TLoanType;
    outstanding: Satang;
    remainingInstallments: number;
    nextDueOn: CivilDate;
    asOf: CivilDate;
    enteredBy: string;
    openingEntryNo: number;
  },
): Promise<void> {
  await trx
    .insertInto('loan')
    .values({
      group_id: l.groupId,
      loan_no: l.loanNo,
      member_no: l.memberNo,
      loan_type: l.type.code,
      loan_type_name_th: l.type.nameTh,
      purpose: 'ยอดยกมาจากบัญชีเดิมของกลุ่ม',
      principal: l.outstanding,
      annual_rate_bp: l.type.annualRateBp,
      method: l.type.method,
      term_months: l.remainingInstallments,
      penalty_per_late: l.type.penaltyPerLateInstallment,
      applied_on: l.asOf,
      status: 'disbursed',
      entered_by: l.enteredBy,
      decided_by: null,
      decision_note: 'ยอดยกมา',
      disbursed_on: l.asOf,
      first_due_on: l.nextDueOn,
      disbursement_entry_no: l.openingEntryNo,
    })
    .execute();
}
