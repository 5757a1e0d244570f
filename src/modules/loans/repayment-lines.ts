// Turns a member's payment on a loan into journal lines, split penalty → interest → principal by the
// loan's state on the payment date. Used by the meeting day inside its ledger write.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, validationError } from '../../kernel/errors.js';
import { civilDate, compareDates, formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { neg, satang, type Satang } from '../../kernel/money.js';
import { ACCOUNTS, type LineDraft } from '../ledger/index.js';
import { allocateRepayment, loanState } from './kernel.js';
import { loanPayments } from './loans.repository.js';

export interface Repayment {
  lines: LineDraft[];
  penalty: Satang;
  interest: Satang;
  principal: Satang;
}

export interface RepaymentRequest {
  memberNo: number;
  loanNo: number;
  amount: Satang;
  /** Where the amount came from in the request, for the error message. */
  path: string;
}

/**
 * Splits one day's loan payments into journal lines. All the loans and their earlier payments are
 * read in two queries, not two per payment (a meeting day may carry hundreds); a second payment on
 * the same loan in the same day is split after the first.
 */
export async function repaymentLines(
  trx: Transaction<DB>,
  groupId: string,
  postedOn: CivilDate,
  requests: readonly RepaymentRequest[],
): Promise<Repayment[]> {
  if (requests.length === 0) return [];
  const loanNos = [...new Set(requests.map((r) => r.loanNo))];
  const loans = new Map(
    (
      await trx
        .selectFrom('loan')
        .select([
          'loan_no',
          'member_no',
          'status',
          'disbursed_on',
          'first_due_on',
          'principal',
          'annual_rate_bp',
          'term_months',
          'method',
          'penalty_per_late',
        ])
        .where('group_id', '=', groupId)
        .where('loan_no', 'in', loanNos)
        .execute()
    ).map((l) => [l.loan_no, l]),
  );
  const paid = await loanPayments(trx, groupId, loanNos);
  return requests.map((p) => {
    const fail = (messageTh: string, messageEn: string) =>
      validationError(
        [{ path: p.path, messageTh: `เงินกู้เลขที่ ${p.loanNo}: ${messageTh}`, messageEn }],
        'loan_payment_invalid',
      );
    const loan = loans.get(p.loanNo);
    if (!loan || loan.member_no !== p.memberNo)
      throw fail(`ไม่พบเงินกู้ของสมาชิกเลขที่ ${p.memberNo}`, 'No such loan for this member');
    if (loan.status !== 'disbursed' || compareDates(postedOn, loan.disbursed_on as CivilDate) < 0) {
      throw fail('ยังไม่ได้จ่ายเงินกู้ หรือปิดบัญชีแล้ว', 'Loan is not outstanding on that date');
    }
    const payments = paid.get(p.loanNo) ?? [];
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
    paid.set(p.loanNo, [...payments, { entryNo: 0, paidOn: postedOn, ...split }]);
    const lines: LineDraft[] = [];
    const on = { memberNo: p.memberNo, loanNo: p.loanNo };
    if (split.penalty) lines.push({ account: ACCOUNTS.latePenaltyIncome, amount: neg(split.penalty), ...on });
    if (split.interest) lines.push({ account: ACCOUNTS.loanInterestIncome, amount: neg(split.interest), ...on });
    if (split.principal) lines.push({ account: ACCOUNTS.loansReceivable, amount: neg(split.principal), ...on });
    return { lines, ...split };
  });
}
