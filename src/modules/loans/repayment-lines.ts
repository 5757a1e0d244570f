// Turns a member's payment on a loan into journal lines, split penalty → interest → principal by the
// loan's state on the payment date. Used by the meeting day inside its ledger write.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, validationError } from '../../kernel/errors.js';
import { compareDates, formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { neg, satang, type Satang } from '../../kernel/money.js';
import { ACCOUNTS, type LineDraft } from '../ledger/index.js';
import { allocateRepayment, loanState } from './kernel.js';
import { loanPayments, loanTerms, loanSelect } from './loans.repository.js';

export interface Repayment {
  lines: LineDraft[];
  penalty: Satang;
  interest: Satang;
  principal: Satang;
}

export async function repaymentLines(
  trx: Transaction<DB>,
  p: { groupId: string; memberNo: number; loanNo: number; amount: Satang; postedOn: CivilDate; path: string },
): Promise<Repayment> {
  const fail = (messageTh: string, messageEn: string) =>
    validationError(
      [{ path: p.path, messageTh: `เงินกู้เลขที่ ${p.loanNo}: ${messageTh}`, messageEn }],
      'loan_payment_invalid',
    );
  const loan = await loanSelect(trx)
    .where('l.group_id', '=', p.groupId)
    .where('l.loan_no', '=', p.loanNo)
    .executeTakeFirst();
  if (!loan || loan.member_no !== p.memberNo)
    throw fail(`ไม่พบเงินกู้ของสมาชิกเลขที่ ${p.memberNo}`, 'No such loan for this member');
  if (loan.status !== 'disbursed' || compareDates(p.postedOn, loan.disbursed_on as CivilDate) < 0) {
    throw fail('ยังไม่ได้จ่ายเงินกู้ หรือปิดบัญชีแล้ว', 'Loan is not outstanding on that date');
  }
  const payments = (await loanPayments(trx, p.groupId, [p.loanNo])).get(p.loanNo) ?? [];
  const last = payments.at(-1);
  if (last && compareDates(last.paidOn, p.postedOn) > 0) {
    throw fail(
      `มีการชำระหลังวันที่ ${formatThaiDate(p.postedOn)} แล้ว (วันที่ ${formatThaiDate(last.paidOn)}) จึงบันทึกย้อนหลังไม่ได้`,
      'A later repayment exists',
    );
  }
  const state = loanState({
    terms: loanTerms(loan),
    penaltyPerLateInstallment: satang(Number(loan.penalty_per_late)),
    payments,
    asOf: p.postedOn,
  });
  let split;
  try {
    split = allocateRepayment(state, p.amount);
  } catch (e) {
    if (e instanceof AppError) throw fail(e.messageTh, e.message);
    throw e;
  }
  const lines: LineDraft[] = [];
  const on = { memberNo: p.memberNo, loanNo: p.loanNo };
  if (split.penalty) lines.push({ account: ACCOUNTS.latePenaltyIncome, amount: neg(split.penalty), ...on });
  if (split.interest) lines.push({ account: ACCOUNTS.loanInterestIncome, amount: neg(split.interest), ...on });
  if (split.principal) lines.push({ account: ACCOUNTS.loansReceivable, amount: neg(split.principal), ...on });
  return { lines, ...split };
}
