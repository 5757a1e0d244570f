import { civilDate } from '../../kernel/dates.js';
import { validationError } from '../../kernel/errors.js';
import { add, formatBaht, satang, sum } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { idempotentWrite } from '../ledger/index.js';
import { planItemsOf, spendingOf } from './assessments.repository.js';
import type { TForum, TSpendingInput } from './assessments.schemas.js';
import { stateError } from './forum-access.js';
import { forumView } from './forum-view.js';
import { auditPlan, lockPlan } from './plan-state.js';

/**
 * Records spending of the group's support budget against its adopted plan. Rows are never edited:
 * a mistake is corrected by a negative row that says so. The total spent stays within the budget
 * and never below zero. Takes an Idempotency-Key, since a retried money write must not count twice.
 */
export async function recordSpending(
  ctx: UseCaseContext,
  programId: string,
  groupId: string,
  input: TSpendingInput,
  idempotencyKey?: string,
): Promise<TForum> {
  const request = { programId, groupId, ...input };
  return idempotentWrite(ctx, { idempotencyKey, operation: 'assessment_plan.spend', request }, async (trx) => {
    const { fc, plan } = await lockPlan(trx, ctx, programId, groupId);
    if (plan.status !== 'adopted') {
      throw stateError('plan_not_adopted', 'บันทึกการใช้จ่ายได้เมื่อแผนได้รับการรับรองแล้ว', 'Spending needs an adopted plan');
    }
    let spentOn: string;
    try {
      spentOn = civilDate(input.spentOn);
    } catch {
      throw validationError([{ path: 'spentOn', messageTh: 'ไม่มีวันที่นี้ในปฏิทิน', messageEn: 'No such day' }]);
    }
    const amount = satang(input.amount);
    if (amount === 0) {
      throw validationError([{ path: 'amount', messageTh: 'จำนวนเงินต้องไม่เป็นศูนย์', messageEn: 'Amount is zero' }]);
    }
    if (input.itemNo !== null && !(await planItemsOf(trx, fc.key)).some((x) => x.item_no === input.itemNo)) {
      throw validationError([
        { path: 'itemNo', messageTh: `ไม่มีรายการที่ ${input.itemNo} ในแผนนี้`, messageEn: 'No such item' },
      ]);
    }
    const rows = await spendingOf(trx, fc.key);
    const spent = sum(rows.map((r) => satang(Number(r.amount))));
    const after = add(spent, amount);
    const budget = satang(Number(plan.budget));
    if (after > budget || after < 0) {
      throw validationError([
        {
          path: 'amount',
          messageTh:
            after > budget
              ? `ใช้จ่ายรวมจะเป็น ${formatBaht(after)} บาท เกินงบสนับสนุน ${formatBaht(budget)} บาท (คงเหลือ ${formatBaht(satang(budget - spent))} บาท)`
              : `รายการแก้ไขทำให้ยอดใช้จ่ายรวมติดลบ (ใช้ไปแล้ว ${formatBaht(spent)} บาท)`,
          messageEn: after > budget ? 'Spending would exceed the budget' : 'Total spent would be negative',
        },
      ]);
    }
    // The plan row is locked, so the next number cannot be taken twice.
    const seq = rows.length === 0 ? 1 : Math.max(...rows.map((r) => r.seq)) + 1;
    await trx
      .insertInto('assessment_spending')
      .values({
        group_id: groupId,
        program_id: programId,
        seq,
        spent_on: spentOn,
        amount,
        item_no: input.itemNo,
        note: input.note,
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.clock.now(),
      })
      .execute();
    await auditPlan(trx, ctx, fc, 'spend', { after: { seq, ...input, totalSpent: after } });
    return forumView(trx, ctx, fc);
  });
}
