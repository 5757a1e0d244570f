import { civilDate } from '../../kernel/dates.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { planItemsOf } from './assessments.repository.js';
import type { TForum, TPlanItemsInput } from './assessments.schemas.js';
import { stateError } from './forum-access.js';
import { forumView } from './forum-view.js';
import { auditPlan, lockPlan, touchPlan } from './plan-state.js';

/** Writes what the group will do about each failed indicator: action, owner, due date, cost. */
export async function savePlanItems(
  ctx: UseCaseContext,
  programId: string,
  groupId: string,
  input: TPlanItemsInput,
): Promise<TForum> {
  return ctx.db.transaction().execute(async (trx) => {
    const { fc, plan } = await lockPlan(trx, ctx, programId, groupId);
    if (plan.status === 'adopted') {
      throw stateError('plan_adopted', 'แผนนี้รับรองแล้ว หากต้องแก้ไขให้ถอนการรับรองแผนก่อน', 'The plan is adopted');
    }
    const existing = new Map((await planItemsOf(trx, fc.key)).map((x) => [x.item_no, x]));
    const issues: FieldIssue[] = [];
    input.items.forEach((x, i) => {
      if (!existing.has(x.itemNo)) {
        issues.push({
          path: `items[${i}].itemNo`,
          messageTh: `ไม่มีรายการที่ ${x.itemNo} ในแผนนี้`,
          messageEn: 'No such item',
        });
      }
      if (x.dueOn !== null) {
        try {
          civilDate(x.dueOn);
        } catch {
          issues.push({ path: `items[${i}].dueOn`, messageTh: 'ไม่มีวันที่นี้ในปฏิทิน', messageEn: 'No such day' });
        }
      }
    });
    if (issues.length > 0) throw validationError(issues);
    const now = ctx.clock.now();
    for (const x of input.items) {
      await trx
        .updateTable('assessment_plan_item')
        .set({ action: x.action, owner: x.owner, due_on: x.dueOn, cost: x.cost, updated_at: now })
        .where('program_id', '=', programId)
        .where('group_id', '=', groupId)
        .where('item_no', '=', x.itemNo)
        .execute();
    }
    await touchPlan(trx, fc, now);
    await auditPlan(trx, ctx, fc, 'items', {
      before: input.items.map((x) => {
        const e = existing.get(x.itemNo)!;
        return { itemNo: e.item_no, action: e.action, owner: e.owner, dueOn: e.due_on, cost: Number(e.cost) };
      }),
      after: input.items,
    });
    return forumView(trx, ctx, fc);
  });
}
