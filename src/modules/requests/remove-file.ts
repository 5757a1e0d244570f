import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireAnsweredHere, requireEditable } from './check-submission-answers.js';
import { requireSubmissionFill } from './request-access.js';
import { findSubmission } from './requests.repository.js';

/** Detaches a file from the unit's report while it is still editable; the stored file stays for audit. */
export async function removeFile(ctx: UseCaseContext, id: string, fileId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const s = await findSubmission(trx, id, { forUpdate: true });
    requireSubmissionFill(ctx.actor, s);
    requireAnsweredHere(s);
    requireEditable(ctx, s);
    const removed = await trx
      .deleteFrom('report_submission_file')
      .where('submission_id', '=', id)
      .where('file_id', '=', fileId)
      .returning('field_key')
      .executeTakeFirst();
    if (!removed) throw notFound();
    await trx
      .updateTable('report_submission')
      .set({ updated_at: ctx.clock.now(), updated_by: ctx.actor.userId })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'report_submission.remove_file',
      entityType: 'report_submission',
      entityId: id,
      orgUnitId: s.org_unit_id,
      before: { field: removed.field_key, fileId },
      requestId: ctx.requestId,
    });
  });
}
