import type { UseCaseContext } from '../../server/context.js';
import type { TForum } from './assessments.schemas.js';
import { stateError } from './forum-access.js';
import { forumView } from './forum-view.js';
import { auditPlan, lockPlan } from './plan-state.js';

/**
 * Removes an adopted plan from the count (it was agreed in error, or the group no longer stands
 * by it), with the reason. The items stay, editable again, and the plan may be adopted anew.
 */
export async function withdrawPlan(
  ctx: UseCaseContext,
  programId: string,
  groupId: string,
  reason: string,
): Promise<TForum> {
  return ctx.db.transaction().execute(async (trx) => {
    const { fc, plan } = await lockPlan(trx, ctx, programId, groupId);
    if (plan.status !== 'adopted') throw stateError('plan_not_adopted', 'แผนนี้ยังไม่ได้รับรอง', 'Not adopted');
    await trx
      .updateTable('assessment_plan')
      .set({
        status: 'withdrawn',
        adopted_on: null,
        adopted_by: null,
        withdrawn_reason: reason,
        updated_at: ctx.clock.now(),
      })
      .where('program_id', '=', programId)
      .where('group_id', '=', groupId)
      .execute();
    await auditPlan(trx, ctx, fc, 'withdraw', {
      before: { status: plan.status, adoptedOn: plan.adopted_on },
      after: { reason },
    });
    return forumView(trx, ctx, fc);
  });
}
