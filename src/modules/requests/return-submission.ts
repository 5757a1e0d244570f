import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { getSubmissionIn } from './get-submission.js';
import type { TSubmission } from './requests.schemas.js';
import { loadForReview } from './review-guard.js';

/** Sends a submitted report back for correction; the unit must be told why. */
export async function returnSubmission(ctx: UseCaseContext, id: string, comment: string): Promise<TSubmission> {
  const text = comment.trim();
  return ctx.db.transaction().execute(async (trx) => {
    const s = await loadForReview(ctx, trx, id, ['submitted'], {
      messageTh: 'ส่งกลับแก้ไขได้เฉพาะรายงานที่ส่งแล้วและยังไม่ได้รับ',
      messageEn: 'Only a submitted, not yet accepted report can be returned',
    });
    if (text === '') {
      throw validationError([
        {
          path: 'comment',
          messageTh: 'กรุณาระบุสิ่งที่ต้องแก้ไข เพื่อให้หน่วยงานทราบเหตุผลที่ส่งกลับ',
          messageEn: 'A comment is required when returning a report',
        },
      ]);
    }
    const now = ctx.clock.now();
    await trx
      .updateTable('report_submission')
      .set({
        status: 'returned',
        return_comment: text,
        returned_at: now,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'report_submission.return',
      entityType: 'report_submission',
      entityId: id,
      orgUnitId: s.org_unit_id,
      after: { comment: text },
      requestId: ctx.requestId,
    });
    return getSubmissionIn(trx, ctx, id);
  });
}
