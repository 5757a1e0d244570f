// Evidence files for an indicator (photos, scanned minutes, the group's rules as PDF): stored with
// their link in one transaction, type decided by the content; only while the forum is a draft.
import { notFound, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { readStoredFile, storeFile, type StoredFile, type StoredFileMeta } from '../files/index.js';
import { findForum } from './assessments.repository.js';
import { loadForumContext, stateError } from './forum-access.js';
import { programInstruments } from './forum-view.js';

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_FILES = 10;

export async function attachEvidence(
  ctx: UseCaseContext,
  programId: string,
  groupId: string,
  input: { instrumentId: string; indicatorCode: string; fileName: string; bytes: Uint8Array },
): Promise<StoredFileMeta> {
  return ctx.db.transaction().execute(async (trx) => {
    const fc = await loadForumContext(trx, ctx, programId, groupId, { write: true });
    const forum = await findForum(trx, programId, groupId, { forUpdate: true });
    if (!forum) throw stateError('no_forum', 'กรุณาบันทึกข้อมูลเวทีก่อนแนบหลักฐาน', 'Record the forum first');
    if (forum.status !== 'draft') {
      throw stateError('forum_signed', 'เวทีนี้ลงนามรับรองผลแล้ว แนบหลักฐานเพิ่มไม่ได้', 'The forum is signed off');
    }
    const instrument = (await programInstruments(trx, programId)).find((i) => i.id === input.instrumentId);
    const indicator = instrument?.dimensions.flatMap((d) => d.indicators).find((x) => x.code === input.indicatorCode);
    if (!indicator) {
      throw validationError([
        { path: 'indicatorCode', messageTh: 'ไม่พบตัวชี้วัดนี้ในแบบประเมินของกิจกรรม', messageEn: 'Unknown indicator' },
      ]);
    }
    const { n } = await trx
      .selectFrom('assessment_evidence')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('group_id', '=', groupId)
      .where('program_id', '=', programId)
      .where('instrument_id', '=', input.instrumentId)
      .where('indicator_code', '=', input.indicatorCode)
      .executeTakeFirstOrThrow();
    if (Number(n) >= MAX_FILES) {
      throw validationError([
        {
          path: 'file',
          messageTh: `ตัวชี้วัด ${indicator.code}: แนบได้ไม่เกิน ${MAX_FILES} ไฟล์`,
          messageEn: 'Too many files',
        },
      ]);
    }
    const stored = await storeFile(trx, {
      bytes: input.bytes,
      fileName: input.fileName,
      orgUnitId: fc.target.district_id,
      createdBy: ctx.actor.userId,
      accept: ['image', 'pdf', 'word', 'excel'],
      maxBytes: MAX_BYTES,
      field: 'file',
    });
    await trx
      .insertInto('assessment_evidence')
      .values({
        group_id: groupId,
        program_id: programId,
        file_id: stored.id,
        instrument_id: input.instrumentId,
        indicator_code: input.indicatorCode,
        created_at: ctx.clock.now(),
      })
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'assessment_forum.attach_evidence',
      entityType: 'assessment_forum',
      entityId: `${programId}/${groupId}`,
      orgUnitId: fc.target.district_id,
      after: {
        indicatorCode: input.indicatorCode,
        fileId: stored.id,
        fileName: stored.fileName,
        sha256: stored.sha256,
      },
      requestId: ctx.requestId,
    });
    return stored;
  });
}

export async function removeEvidence(ctx: UseCaseContext, programId: string, groupId: string, fileId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const fc = await loadForumContext(trx, ctx, programId, groupId, { write: true });
    const forum = await findForum(trx, programId, groupId, { forUpdate: true });
    if (forum && forum.status !== 'draft') {
      throw stateError('forum_signed', 'เวทีนี้ลงนามรับรองผลแล้ว นำหลักฐานออกไม่ได้', 'The forum is signed off');
    }
    const removed = await trx
      .deleteFrom('assessment_evidence')
      .where('group_id', '=', groupId)
      .where('program_id', '=', programId)
      .where('file_id', '=', fileId)
      .returning(['indicator_code'])
      .executeTakeFirst();
    if (!removed) throw notFound();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'assessment_forum.remove_evidence',
      entityType: 'assessment_forum',
      entityId: `${programId}/${groupId}`,
      orgUnitId: fc.target.district_id,
      before: { indicatorCode: removed.indicator_code, fileId },
      requestId: ctx.requestId,
    });
  });
}

/** An evidence file, for whoever may read the forum. */
export async function readEvidence(
  ctx: UseCaseContext,
  programId: string,
  groupId: string,
  fileId: string,
): Promise<StoredFile> {
  await loadForumContext(ctx.db, ctx, programId, groupId);
  const link = await ctx.db
    .selectFrom('assessment_evidence')
    .select('file_id')
    .where('group_id', '=', groupId)
    .where('program_id', '=', programId)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  const file = link ? await readStoredFile(ctx.db, fileId) : undefined;
  if (!file) throw notFound();
  return file;
}
