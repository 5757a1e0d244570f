import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { getSubmissionIn } from './get-submission.js';
import type { TSubmission } from './requests.schemas.js';
import { loadForReview } from './review-guard.js';

/** Accepts a submitted report; it can no longer be changed. */
export async function acceptSubmission(ctx: UseCaseContext, id: string): Promise<TSubmission> {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await loadForReview(ctx, trx, id, ['submitted'], {
      messageTh: 'รับได้เฉพาะรายงานที่ส่งแล้วและยังไม่ได้รับ',
      messageEn: 'Only a submitted, not yet accepted report can be accepted',
    });
    const now = ctx.clock.now();
    await trx
      .updateTable('report_submission')
      .set({ status: 'accepted', accepted_at: now, updated_at: now, updated_by: ctx.actor.userId })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'report_submission.accept',
      entityType: 'report_submission',
      entityId: id,
      orgUnitId: s.org_unit_id,
      requestId: ctx.requestId,
    });
    return getSubmissionIn(trx, ctx, id);
  });
}
