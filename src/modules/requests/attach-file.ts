import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { storeFile, type StoredFileMeta } from '../files/index.js';
import { requireAnsweredHere, requireEditable } from './check-submission-answers.js';
import { requireSubmissionFill } from './request-access.js';
import { fileCounts, findSubmission } from './requests.repository.js';
import type { TFormField } from './requests.schemas.js';

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
    const f = (s.fields as TFormField[]).find((x) => x.key === input.field);
    if (!f || (f.type !== 'file' && f.type !== 'photo')) {
      throw validationError([
        { path: 'field', messageTh: 'ช่องนี้ไม่ใช่ช่องแนบไฟล์หรือรูปภาพ', messageEn: 'Not a file or photo field' },
      ]);
    }
    if (((await fileCounts(trx, id)).get(f.key) ?? 0) >= f.maxFiles) {
      throw validationError([
        {
          path: f.key,
          messageTh: `${f.labelTh}: แนบได้ไม่เกิน ${f.maxFiles} ไฟล์`,
          messageEn: `At most ${f.maxFiles} files`,
        },
      ]);
    }
    const stored = await storeFile(trx, {
      bytes: input.bytes,
      fileName: input.fileName,
      orgUnitId: s.org_unit_id,
      createdBy: ctx.actor.userId,
      accept: f.type === 'photo' ? ['image'] : f.accept,
      maxBytes: f.maxBytes,
      field: f.key,
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
