// Turns a member's payment on a loan into journal lines, split penalty → interest → principal by the
// loan's state on the payment date. Used by the meeting day inside its ledger write.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, validationError } from '../../kernel/errors.js';
import { civilDate, compareDates, formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { neg, satang, type Satang } from '../../kernel/money.js';
import { ACCOUNTS, type LineDraft } from '../ledger/index.js';
import { allocateRepayment, loanState } from './kernel.js';
import { paymentsOfLoans } from './loans.repository.js';

interface LoanRow {
  group_id: string;
  loan_no: number;
  member_no: number;
  status: string;
  disbursed_on: string | null;
  first_due_on: string | null;
  principal: string;
  annual_rate_bp: number;
  term_months: number;
  method: 'flat' | 'declining';
  penalty_per_late: string;
}

export interface Repayment {
  lines: LineDraft[];
  penalty: Satang;
  interest: Satang;
  principal: Satang;
}

export interface RepaymentRequest {
  groupId: string;
  memberNo: number;
  loanNo: number;
  amount: Satang;
  /** Where the amount came from in the request, for the error message. */
  path: string;
}

/**
 * Splits one day's loan payments — of any number of groups — into journal lines. All the loans and
 * their earlier payments are read in two queries, not two per payment (a district's meeting days
 * may carry thousands); a second payment on the same loan in the same day is split after the first.
 */
export async function repaymentLines(
  trx: Transaction<DB>,
  postedOn: CivilDate,
  requests: readonly RepaymentRequest[],
): Promise<Repayment[]> {
  if (requests.length === 0) return [];
  const keyOf = (r: { groupId: string; loanNo: number }) => `${r.groupId}:${r.loanNo}`;
  const keys = [...new Map(requests.map((r) => [keyOf(r), { groupId: r.groupId, loanNo: r.loanNo }])).values()];
  const loans = new Map(
    (
      await sql<LoanRow>`
        SELECT l.group_id, l.loan_no, l.member_no, l.status, to_char(l.disbursed_on, 'YYYY-MM-DD') AS disbursed_on,
          to_char(l.first_due_on, 'YYYY-MM-DD') AS first_due_on, l.principal, l.annual_rate_bp, l.term_months,
          l.method, l.penalty_per_late
        FROM unnest(${keys.map((k) => k.groupId)}::uuid[], ${keys.map((k) => k.loanNo)}::int[]) AS k(group_id, loan_no)
        JOIN loan l ON l.group_id = k.group_id AND l.loan_no = k.loan_no`.execute(trx)
    ).rows.map((l) => [keyOf({ groupId: l.group_id, loanNo: l.loan_no }), l]),
  );
  const paid = await paymentsOfLoans(trx, keys);
  return requests.map((p) => {
    const fail = (messageTh: string, messageEn: string) =>
      validationError(
        [{ path: p.path, messageTh: `เงินกู้เลขที่ ${p.loanNo}: ${messageTh}`, messageEn }],
        'loan_payment_invalid',
      );
    const loan = loans.get(keyOf(p));
    if (!loan || loan.member_no !== p.memberNo)
      throw fail(`ไม่พบเงินกู้ของสมาชิกเลขที่ ${p.memberNo}`, 'No such loan for this member');
    if (loan.status !== 'disbursed' || compareDates(postedOn, loan.disbursed_on as CivilDate) < 0) {
      throw fail('ยังไม่ได้จ่ายเงินกู้ หรือปิดบัญชีแล้ว', 'Loan is not outstanding on that date');
    }
    const payments = paid.get(keyOf(p)) ?? [];
    const last = payments.at(-1);
    if (last && compareDates(last.paidOn, postedOn) > 0) {
      throw fail(
        `มีการชำระหลังวันที่ ${formatThaiDate(postedOn)} แล้ว (วันที่ ${formatThaiDate(last.paidOn)}) จึงบันทึกย้อนหลังไม่ได้`,
        'A later repayment exists',
      );
    }
    const state = loanState({
      terms: {
        principal: satang(Number(loan.principal)),
        annualRateBp: loan.annual_rate_bp,
        termMonths: loan.term_months,
        method: loan.method,
        firstDueOn: civilDate(loan.first_due_on!),
      },
      penaltyPerLateInstallment: satang(Number(loan.penalty_per_late)),
      payments,
      asOf: postedOn,
    });
    let split;
    try {
      split = allocateRepayment(state, p.amount);
    } catch (e) {
      if (e instanceof AppError) throw fail(e.messageTh, e.message);
      throw e;
    }
    paid.set(keyOf(p), [...payments, { entryNo: 0, paidOn: postedOn, ...split }]);
    const lines: LineDraft[] = [];
    const on = { memberNo: p.memberNo, loanNo: p.loanNo };
    if (split.penalty) lines.push({ account: ACCOUNTS.latePenaltyIncome, amount: neg(split.penalty), ...on });
    if (split.interest) lines.push({ account: ACCOUNTS.loanInterestIncome, amount: neg(split.interest), ...on });
    if (split.principal) lines.push({ account: ACCOUNTS.loansReceivable, amount: neg(split.principal), ...on });
    return { lines, ...split };
  });
}
