// Writing off a loan the committee judges uncollectable: the outstanding principal moves from
// loans receivable to bad-debt expense, with the committee's decision recorded.
import { AppError, notFound } from '../../kernel/errors.js';
import { civilDate, compareDates } from '../../kernel/dates.js';
import { neg, satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { ACCOUNTS, ledgerWrite } from '../ledger/index.js';
import { getLoanIn } from './get-loan.js';
import type { TLoan } from './loans.schemas.js';

const refused = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'validation', messageTh, messageEn });

export async function writeOffLoan(
  ctx: UseCaseContext,
  input: { groupId: string; loanNo: number; writtenOffOn: string; decision: string },
  idempotencyKey: string | undefined,
): Promise<TLoan> {
  const { result } = await ledgerWrite(
    ctx,
    {
      groupId: input.groupId,
      idempotencyKey,
      operation: 'loan.write_off',
      request: input,
      permission: 'savings:approve',
    },
    async ({ trx, group, book, post }) => {
      const on = civilDate(input.writtenOffOn);
      const loan = await getLoanIn(trx, group.id, input.loanNo, on);
      if (!loan) throw notFound();
      if (loan.status !== 'disbursed' || !loan.state) {
        throw refused('loan_not_outstanding', 'ตัดหนี้สูญได้เฉพาะเงินกู้ที่ยังค้างชำระ', `Loan is ${loan.status}`);
      }
      if (compareDates(on, civilDate(loan.disbursedOn!)) < 0) {
        throw refused('write_off_before_disbursement', 'วันที่ตัดหนี้สูญต้องไม่ก่อนวันที่จ่ายเงินกู้', 'Before disbursement');
      }
      const principal = satang(loan.state.principalOutstanding);
      const ids = { memberNo: loan.memberNo, loanNo: loan.loanNo };
      const [entryNo] = await post([
        {
          postedOn: on,
          kind: 'loan_write_off',
          memo: `ตัดหนี้สูญเงินกู้เลขที่ ${loan.loanNo}: ${input.decision}`,
          ...ids,
          lines: [
            { account: ACCOUNTS.badDebts, amount: principal, ...ids },
            { account: ACCOUNTS.loansReceivable, amount: neg(principal), ...ids },
          ],
        },
      ]);
      await trx
        .updateTable('loan')
        .set({ status: 'written_off', written_off_on: on, write_off_entry_no: entryNo!, decision_note: input.decision })
        .where('group_id', '=', group.id)
        .where('loan_no', '=', loan.loanNo)
        .execute();
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'loan.write_off',
        entityType: 'loan',
        entityId: `${group.id}:${loan.loanNo}`,
        orgUnitId: group.orgUnitId,
        before: { status: loan.status, principalOutstanding: principal },
        after: { status: 'written_off', writtenOffOn: on, decision: input.decision, entryNo },
        requestId: ctx.requestId,
      });
      return getLoanIn(trx, group.id, loan.loanNo, book.today);
    },
  );
  return result;
}
