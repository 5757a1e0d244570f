// A loan application, checked against the group's rules in force on the application date.
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import { civilDate } from '../../kernel/dates.js';
import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { ledgerWrite } from '../ledger/index.js';
import { memberBalances, rulesOn } from '../savings/index.js';
import { checkLoanLimit } from './kernel.js';
import { getLoanIn } from './get-loan.js';
import type { TApplyLoanRequest, TLoan } from './loans.schemas.js';

export async function applyLoan(
  ctx: UseCaseContext,
  groupId: string,
  input: TApplyLoanRequest,
  idempotencyKey: string | undefined,
): Promise<TLoan> {
  const { result } = await ledgerWrite(
    ctx,
    { groupId, idempotencyKey, operation: 'loan.apply', request: input, permission: 'savings:post' },
    async ({ trx, group, book }) => {
      const appliedOn = civilDate(input.appliedOn);
      const rules = await rulesOn(trx, group.id, appliedOn);
      const type = rules?.rules.loanTypes.find((t) => t.code === input.loanType);
      const issues: FieldIssue[] = [];
      if (!type) {
        issues.push({
          path: 'loanType',
          messageTh: 'ไม่มีประเภทเงินกู้นี้ในระเบียบกลุ่มที่มีผลในวันที่ยื่นกู้',
          messageEn: 'No such loan type in the rules in force',
        });
      }
      const wanted = [input.memberNo, ...input.guarantors];
      const members = new Map(
        (
          await trx
            .selectFrom('group_member')
            .select(['member_no', 'status'])
            .where('group_id', '=', group.id)
            .where('member_no', 'in', wanted)
            .execute()
        ).map((m) => [m.member_no, m.status]),
      );
      if (members.get(input.memberNo) !== 'active') {
        issues.push({
          path: 'memberNo',
          messageTh: `ไม่พบสมาชิกเลขที่ ${input.memberNo}`,
          messageEn: 'No such active member',
        });
      }
      input.guarantors.forEach((g, i) => {
        if (g === input.memberNo || input.guarantors.indexOf(g) !== i) {
          issues.push({
            path: `guarantors.${i}`,
            messageTh: 'ผู้ค้ำประกันต้องไม่ใช่ผู้กู้และต้องไม่ซ้ำกัน',
            messageEn: 'Guarantor is the borrower or listed twice',
          });
        } else if (members.get(g) !== 'active') {
          issues.push({
            path: `guarantors.${i}`,
            messageTh: `ผู้ค้ำประกันต้องเป็นสมาชิกของกลุ่ม (ไม่พบสมาชิกเลขที่ ${g})`,
            messageEn: 'Guarantor must be an active member',
          });
        }
      });
      if (type && input.guarantors.length < type.guarantorsRequired) {
        issues.push({
          path: 'guarantors',
          messageTh: `เงินกู้ประเภทนี้ต้องมีผู้ค้ำประกันอย่างน้อย ${type.guarantorsRequired} คน`,
          messageEn: `Needs ${type.guarantorsRequired} guarantors`,
        });
      }
      if (appliedOn > book.today) {
        issues.push({
          path: 'appliedOn',
          messageTh: 'วันที่ยื่นกู้ต้องไม่เกินวันนี้',
          messageEn: 'Application date is in the future',
        });
      }
      if (issues.length) throw validationError(issues);
      const balances = (await memberBalances(trx, group.id, input.memberNo)).get(input.memberNo);
      checkLoanLimit({
        principal: satang(input.principal),
        borrowerSavings: satang(balances?.pledgedSavings ?? 0),
        existingOutstanding: satang(balances?.loansOutstanding ?? 0),
        rule: {
          maxTermMonths: type!.maxTermMonths,
          savingsMultiple: type!.savingsMultiple,
          absoluteCap: satang(type!.absoluteCap),
        },
        termMonths: input.termMonths,
      });
      const { max } = await trx
        .selectFrom('loan')
        .select((eb) => eb.fn.max('loan_no').as('max'))
        .where('group_id', '=', group.id)
        .executeTakeFirstOrThrow();
      const loanNo = (max ?? 0) + 1;
      await trx
        .insertInto('loan')
        .values({
          group_id: group.id,
          loan_no: loanNo,
          member_no: input.memberNo,
          loan_type: type!.code,
          loan_type_name_th: type!.nameTh,
          purpose: input.purpose,
          principal: input.principal,
          annual_rate_bp: type!.annualRateBp,
          method: type!.method,
          term_months: input.termMonths,
          penalty_per_late: type!.penaltyPerLateInstallment,
          applied_on: appliedOn,
          entered_by: ctx.actor.userId,
          decided_by: null,
          decision_note: null,
        })
        .execute();
      if (input.guarantors.length) {
        await trx
          .insertInto('loan_guarantor')
          .values(input.guarantors.map((g) => ({ group_id: group.id, loan_no: loanNo, member_no: g })))
          .execute();
      }
      const loan = await getLoanIn(trx, group.id, loanNo, book.today);
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'loan.apply',
        entityType: 'loan',
        entityId: `${group.id}:${loanNo}`,
        orgUnitId: group.orgUnitId,
        after: input,
        requestId: ctx.requestId,
      });
      return loan;
    },
  );
  return result;
}
