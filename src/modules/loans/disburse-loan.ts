// Paying out an approved loan: the loan becomes a receivable against the borrower, cash goes out.
import { AppError, notFound } from '../../kernel/errors.js';
import { civilDate, compareDates } from '../../kernel/dates.js';
import { neg, satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { ACCOUNTS, ledgerWrite } from '../ledger/index.js';
import { getLoanIn } from './get-loan.js';
import { refreshLoanPositions } from './maintain-positions.js';
import type { TLoan } from './loans.schemas.js';

const refused = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'validation', messageTh, messageEn });

export async function disburseLoan(
  ctx: UseCaseContext,
  input: { groupId: string; loanNo: number; disbursedOn: string; firstDueOn: string },
  idempotencyKey: string | undefined,
): Promise<TLoan> {
  const { result } = await ledgerWrite(
    ctx,
    { groupId: input.groupId, idempotencyKey, operation: 'loan.disburse', request: input, permission: 'savings:post' },
    async ({ trx, group, book, post }) => {
      const loan = await trx
        .selectFrom('loan')
        .selectAll()
        .where('group_id', '=', group.id)
        .where('loan_no', '=', input.loanNo)
        .executeTakeFirst();
      if (!loan) throw notFound();
      if (loan.status !== 'approved') {
        throw refused('loan_not_approved', 'จ่ายเงินกู้ได้เฉพาะคำขอที่ได้รับอนุมัติแล้ว', `Loan is ${loan.status}`);
      }
      const disbursedOn = civilDate(input.disbursedOn);
      const firstDueOn = civilDate(input.firstDueOn);
      if (compareDates(disbursedOn, civilDate(loan.decided_on!)) < 0) {
        throw refused('disbursement_before_approval', 'วันที่จ่ายเงินกู้ต้องไม่ก่อนวันที่อนุมัติ', 'Paid before approval');
      }
      if (compareDates(firstDueOn, disbursedOn) <= 0) {
        throw refused(
          'first_due_not_after_disbursement',
          'งวดแรกต้องครบกำหนดหลังวันที่จ่ายเงินกู้',
          'First due date must follow disbursement',
        );
      }
      const principal = satang(Number(loan.principal));
      const [entryNo] = await post([
        {
          postedOn: disbursedOn,
          kind: 'loan_disbursement',
          memo: `จ่ายเงินกู้เลขที่ ${loan.loan_no} (${loan.loan_type_name_th})`,
          memberNo: loan.member_no,
          loanNo: loan.loan_no,
          lines: [
            { account: ACCOUNTS.loansReceivable, amount: principal, memberNo: loan.member_no, loanNo: loan.loan_no },
            { account: ACCOUNTS.cash, amount: neg(principal) },
          ],
        },
      ]);
      await trx
        .updateTable('loan')
        .set({
          status: 'disbursed',
          disbursed_on: disbursedOn,
          first_due_on: firstDueOn,
          disbursement_entry_no: entryNo!,
          version: loan.version + 1,
        })
        .where('group_id', '=', group.id)
        .where('loan_no', '=', loan.loan_no)
        .execute();
      // Posting saw the loan still approved, without its first due date: its position starts here.
      await refreshLoanPositions(trx, [{ groupId: group.id, loanNo: loan.loan_no }]);
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'loan.disburse',
        entityType: 'loan',
        entityId: `${group.id}:${loan.loan_no}`,
        orgUnitId: group.orgUnitId,
        after: { disbursedOn, firstDueOn, entryNo },
        requestId: ctx.requestId,
      });
      return getLoanIn(trx, group.id, loan.loan_no, book.today);
    },
  );
  return result;
}
