import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { storeFile, type StoredFileMeta } from '../files/index.js';
import { requireFiller } from './award-access.js';
import { categoriesOf, fileCounts } from './awards.repository.js';
import { formFields, type DossierForm } from './dossier-form.js';
import { requireEditable, UNENDORSED } from './dossier-rules.js';
import { readableNomination } from './get-nomination.js';

/**
 * Attaches evidence (photos, PDFs) to a file or photo field of a dossier, with the same rules as
 * report attachments: type decided by the content, the field's size and count limits; the file
 * and its link commit together or not at all.
 */
export async function attachFile(
  ctx: UseCaseContext,
  id: string,
  input: { field: string; fileName: string; bytes: Uint8Array },
): Promise<StoredFileMeta> {
  return ctx.db.transaction().execute(async (trx) => {
    const { call, n } = await readableNomination(trx, ctx, id, { forUpdate: true });
    requireFiller(ctx.actor, call, n.unit_path);
    requireEditable(ctx.clock, call, n);
    const category = (await categoriesOf(trx, call.id)).find((c) => c.id === n.category_id)!;
    const f = formFields(category.form as DossierForm).find((x) => x.key === input.field);
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
      orgUnitId: n.org_unit_id,
      createdBy: ctx.actor.userId,
      accept: f.type === 'photo' ? ['image'] : f.accept,
      maxBytes: f.maxBytes,
      field: f.key,
    });
    await trx
      .insertInto('award_nomination_file')
      .values({ nomination_id: id, field_key: f.key, file_id: stored.id })
      .execute();
    await trx
      .updateTable('award_nomination')
      .set({ ...UNENDORSED, updated_by: ctx.actor.userId, updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_nomination.attach_file',
      entityType: 'award_nomination',
      entityId: id,
      orgUnitId: n.org_unit_id,
      after: { field: f.key, fileId: stored.id, fileName: stored.fileName, sha256: stored.sha256 },
      requestId: ctx.requestId,
    });
    return stored;
  });
}
