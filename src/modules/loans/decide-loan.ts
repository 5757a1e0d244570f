// The committee's decision on an application. Maker-checker: whoever entered the loan cannot decide
// it (also a database constraint). Limits are checked again, since savings or debts may have moved.
import { AppError, notFound } from '../../kernel/errors.js';
import { civilDate, compareDates } from '../../kernel/dates.js';
import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { ledgerWrite } from '../ledger/index.js';
import { memberBalances, rulesOn } from '../savings/index.js';
import { checkLoanLimit } from './kernel.js';
import { getLoanIn } from './get-loan.js';
import type { TLoan } from './loans.schemas.js';

const refused = (code: string, messageTh: string, messageEn: string, kind: 'validation' | 'forbidden' = 'validation') =>
  new AppError({ code, kind, messageTh, messageEn });

export async function decideLoan(
  ctx: UseCaseContext,
  input: { groupId: string; loanNo: number; decision: 'approve' | 'reject'; decidedOn: string; note: string },
  idempotencyKey: string | undefined,
): Promise<TLoan> {
  const { result } = await ledgerWrite(
    ctx,
    {
      groupId: input.groupId,
      idempotencyKey,
      operation: 'loan.decide',
      request: input,
      permission: 'savings:approve',
    },
    async ({ trx, group, book }) => {
      const loan = await trx
        .selectFrom('loan')
        .selectAll()
        .where('group_id', '=', group.id)
        .where('loan_no', '=', input.loanNo)
        .executeTakeFirst();
      if (!loan) throw notFound();
      if (loan.entered_by === ctx.actor.userId) {
        throw refused(
          'cannot_decide_own_entry',
          'ผู้บันทึกคำขอกู้ไม่สามารถอนุมัติหรือไม่อนุมัติคำขอเดียวกันได้ ต้องให้กรรมการอีกคนหนึ่งพิจารณา',
          'Whoever entered a loan cannot decide it',
          'forbidden',
        );
      }
      if (loan.status !== 'applied') {
        throw refused('loan_not_pending', 'คำขอกู้นี้ได้รับการพิจารณาแล้ว', `Loan is ${loan.status}, not pending`);
      }
      const decidedOn = civilDate(input.decidedOn);
      if (compareDates(decidedOn, civilDate(loan.applied_on)) < 0 || compareDates(decidedOn, book.today) > 0) {
        throw refused(
          'decision_date_invalid',
          'วันที่พิจารณาต้องไม่ก่อนวันที่ยื่นกู้ และไม่เกินวันนี้',
          'Decision date must be between application date and today',
        );
      }
      if (input.decision === 'approve') {
        const type = (await rulesOn(trx, group.id, loan.applied_on))?.rules.loanTypes.find(
          (t) => t.code === loan.loan_type,
        );
        const balances = (await memberBalances(trx, group.id, loan.member_no)).get(loan.member_no);
        checkLoanLimit({
          principal: satang(Number(loan.principal)),
          borrowerSavings: satang(balances?.pledgedSavings ?? 0),
          existingOutstanding: satang(balances?.loansOutstanding ?? 0),
          rule: {
            maxTermMonths: type?.maxTermMonths ?? loan.term_months,
            savingsMultiple: type?.savingsMultiple ?? 0,
            absoluteCap: satang(type?.absoluteCap ?? 0),
          },
          termMonths: loan.term_months,
        });
      }
      await trx
        .updateTable('loan')
        .set({
          status: input.decision === 'approve' ? 'approved' : 'rejected',
          decided_by: ctx.actor.userId,
          decided_on: decidedOn,
          decision_note: input.note,
          version: loan.version + 1,
        })
        .where('group_id', '=', group.id)
        .where('loan_no', '=', input.loanNo)
        .execute();
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: `loan.${input.decision}`,
        entityType: 'loan',
        entityId: `${group.id}:${input.loanNo}`,
        orgUnitId: group.orgUnitId,
        before: { status: loan.status },
        after: { status: input.decision === 'approve' ? 'approved' : 'rejected', decidedOn, note: input.note },
        requestId: ctx.requestId,
      });
      return getLoanIn(trx, group.id, input.loanNo, book.today);
    },
  );
  return result;
}
