import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import type { PlanItemStatus } from './assessments.tables.js';
import type { TForum } from './assessments.schemas.js';
import { stateError } from './forum-access.js';
import { forumView } from './forum-view.js';
import { auditPlan, lockPlan, touchPlan } from './plan-state.js';

/** Follow-up of an adopted plan's item: its status and what was found. */
export async function followUpItem(
  ctx: UseCaseContext,
  programId: string,
  groupId: string,
  itemNo: number,
  input: { status: PlanItemStatus; followUp: string },
): Promise<TForum> {
  return ctx.db.transaction().execute(async (trx) => {
    const { fc, plan } = await lockPlan(trx, ctx, programId, groupId);
    if (plan.status !== 'adopted') {
      throw stateError('plan_not_adopted', 'ติดตามผลได้เมื่อแผนได้รับการรับรองแล้ว', 'Follow-up needs an adopted plan');
    }
    const before = await trx
      .updateTable('assessment_plan_item')
      .set({ status: input.status, follow_up: input.followUp, updated_at: ctx.clock.now() })
      .where('program_id', '=', programId)
      .where('group_id', '=', groupId)
      .where('item_no', '=', itemNo)
      .returning(['item_no'])
      .executeTakeFirst();
    if (!before) throw notFound();
    await touchPlan(trx, fc, ctx.clock.now());
    await auditPlan(trx, ctx, fc, 'follow_up', { after: { itemNo, ...input } });
    return forumView(trx, ctx, fc);
  });
}
