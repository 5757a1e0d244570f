// Files sent with a letter (สิ่งที่ส่งมาด้วย as files): added to a draft by its author, then readable
// by whoever may read the letter or one of its copies. The files module stores the bytes; this
// module links them and decides access.
import { notFound, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireRecordAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { readStoredFile, storeFile, type StoredFile, type StoredFileMeta } from '../files/index.js';
import { requireCopyAccess, requireLetterManage } from './letter-access.js';
import { copyRows, letterRow } from './letters.repository.js';
import { alreadyIssued } from './save-letter-draft.js';

export const MAX_ATTACHMENTS = 20;

export async function addLetterAttachment(
  ctx: UseCaseContext,
  letterId: string,
  upload: { bytes: Uint8Array; fileName: string; maxBytes: number },
): Promise<StoredFileMeta> {
  return ctx.db.transaction().execute(async (trx) => {
    const letter = await letterRow(trx, letterId, { forUpdate: true });
    if (!letter) throw notFound();
    requireLetterManage(ctx.actor, letter.issuing_path);
    if (letter.status !== 'draft') throw alreadyIssued();
    const { n } = await trx
      .selectFrom('letter_attachment')
      .select((eb) => eb.fn.max('position').as('n'))
      .where('letter_id', '=', letterId)
      .executeTakeFirstOrThrow();
    const position = (n ?? 0) + 1;
    if (position > MAX_ATTACHMENTS) {
      throw validationError([
        { path: 'file', messageTh: `แนบไฟล์ได้ไม่เกิน ${MAX_ATTACHMENTS} ไฟล์ต่อหนังสือ`, messageEn: 'Too many files' },
      ]);
    }
    const meta = await storeFile(trx, {
      ...upload,
      orgUnitId: letter.issuing_unit_id,
      createdBy: ctx.actor.userId,
      accept: ['pdf', 'word', 'excel', 'image'],
      field: 'file',
    });
    await trx.insertInto('letter_attachment').values({ letter_id: letterId, file_id: meta.id, position }).execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'letter.attach',
      entityType: 'letter',
      entityId: letterId,
      orgUnitId: letter.issuing_unit_id,
      after: meta,
      requestId: ctx.requestId,
    });
    return meta;
  });
}

export async function removeLetterAttachment(ctx: UseCaseContext, letterId: string, fileId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const letter = await letterRow(trx, letterId, { forUpdate: true });
    if (!letter) throw notFound();
    requireLetterManage(ctx.actor, letter.issuing_path);
    if (letter.status !== 'draft') throw alreadyIssued();
    const gone = await trx
      .deleteFrom('letter_attachment')
      .where('letter_id', '=', letterId)
      .where('file_id', '=', fileId)
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw notFound();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'letter.detach',
      entityType: 'letter',
      entityId: letterId,
      orgUnitId: letter.issuing_unit_id,
      before: { fileId },
      requestId: ctx.requestId,
    });
  });
}

async function linkedFile(ctx: UseCaseContext, letterId: string, fileId: string): Promise<StoredFile> {
  const link = await ctx.db
    .selectFrom('letter_attachment')
    .select('file_id')
    .where('letter_id', '=', letterId)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  const file = link ? await readStoredFile(ctx.db, fileId) : undefined;
  if (!file) throw notFound();
  return file;
}

/** For the issuing side (drafts included). */
export async function readLetterAttachment(ctx: UseCaseContext, letterId: string, fileId: string): Promise<StoredFile> {
  const letter = await letterRow(ctx.db, letterId);
  if (!letter) throw notFound();
  requireRecordAccess(ctx.actor, 'programs:read', letter.issuing_path);
  return linkedFile(ctx, letterId, fileId);
}

/** For an addressee, through the copy it received. */
export async function readCopyAttachment(ctx: UseCaseContext, copyId: string, fileId: string): Promise<StoredFile> {
  const copy = await copyRows(ctx.db).where('c.id', '=', copyId).executeTakeFirst();
  if (!copy) throw notFound();
  requireCopyAccess(ctx.actor, copy);
  return linkedFile(ctx, copy.letter_id, fileId);
}
