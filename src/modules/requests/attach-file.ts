import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import type { StoredFileMeta } from '../files/index.js';
import { requireAnsweredHere, requireEditable } from './check-submission-answers.js';
import { requireSubmissionFill } from './request-access.js';
import { fileCounts, findSubmission } from './requests.repository.js';
import type { TFormField } from './requests.schemas.js';
import { storeFieldFile } from './store-field-file.js';

/**
 * Attaches one upload to a file or photo field of the unit's report. The type is decided by the
 * content (a photo field takes images only) and the field's size limit applies; the file and its
 * link commit together or not at all.
 */
export async function attachFile(
  ctx: UseCaseContext,
  id: string,
  input: { field: string; fileName: string; bytes: Uint8Array },
): Promise<StoredFileMeta> {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await findSubmission(trx, id, { forUpdate: true });
    requireSubmissionFill(ctx.actor, s);
    requireAnsweredHere(s);
    requireEditable(ctx, s);
    const { field: f, stored } = await storeFieldFile(trx, {
      fields: s.fields as TFormField[],
      field: input.field,
      counts: await fileCounts(trx, id),
      fileName: input.fileName,
      bytes: input.bytes,
      orgUnitId: s.org_unit_id,
      createdBy: ctx.actor.userId,
    });
    await trx
      .insertInto('report_submission_file')
      .values({ submission_id: id, field_key: f.key, file_id: stored.id })
      .execute();
    await trx
      .updateTable('report_submission')
      .set({ updated_at: ctx.clock.now(), updated_by: ctx.actor.userId })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'report_submission.attach_file',
      entityType: 'report_submission',
      entityId: id,
      orgUnitId: s.org_unit_id,
      after: { field: f.key, fileId: stored.id, fileName: stored.fileName, sha256: stored.sha256 },
      requestId: ctx.requestId,
    });
    return stored;
  });
}
