import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { getSubmissionIn } from './get-submission.js';
import type { TSubmission } from './requests.schemas.js';
import { loadForReview } from './review-guard.js';

/** Lets one unit fill a form that locked at its deadline (DHIS2's per-unit exception). */
export async function grantLockException(ctx: UseCaseContext, id: string): Promise<TSubmission> {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await loadForReview(ctx, trx, id, ['expected', 'draft'], {
      messageTh: 'ให้ขยายเวลาได้เฉพาะหน่วยงานที่ยังไม่ส่งรายงาน',
      messageEn: 'Only a unit that has not submitted can be granted an exception',
    });
    await trx.updateTable('report_submission').set({ lock_exception: true }).where('id', '=', id).execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'report_submission.grant_exception',
      entityType: 'report_submission',
      entityId: id,
      orgUnitId: s.org_unit_id,
      requestId: ctx.requestId,
    });
    return getSubmissionIn(trx, ctx, id);
  });
}
