import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { findForum, findPlan } from './assessments.repository.js';
import type { TForum } from './assessments.schemas.js';
import { loadForumContext, stateError } from './forum-access.js';
import { forumView } from './forum-view.js';

/**
 * The district reports the forum's results and the group's plan to the province (seed 004, step
 * 6). The moment is kept; on time means by the end of the Bangkok day `reportDays` after the forum.
 */
export async function reportForum(ctx: UseCaseContext, programId: string, groupId: string): Promise<TForum> {
  return ctx.db.transaction().execute(async (trx) => {
    const fc = await loadForumContext(trx, ctx, programId, groupId, { write: true });
    const forum = await findForum(trx, programId, groupId, { forUpdate: true });
    if (forum?.status !== 'signed') {
      throw stateError(
        forum?.status === 'reported' ? 'already_reported' : 'forum_not_signed',
        forum?.status === 'reported' ? 'รายงานผลให้จังหวัดแล้ว' : 'กรุณาลงนามรับรองผลการประเมินก่อนรายงานจังหวัด',
        'Sign off first (once)',
      );
    }
    if ((await findPlan(trx, fc.key))?.status !== 'adopted') {
      throw stateError('plan_not_adopted', 'กรุณารับรองแผนพัฒนากลุ่มก่อนรายงานจังหวัด', 'Adopt the plan first');
    }
    const now = ctx.clock.now();
    await trx
      .updateTable('assessment_forum')
      .set((eb) => ({
        status: 'reported',
        reported_by: ctx.actor.userId,
        reported_at: now,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('program_id', '=', programId)
      .where('group_id', '=', groupId)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'assessment_forum.report',
      entityType: 'assessment_forum',
      entityId: `${programId}/${groupId}`,
      orgUnitId: fc.target.district_id,
      after: { reportedAt: now.toISOString() },
      requestId: ctx.requestId,
    });
    return forumView(trx, ctx, fc);
  });
}
