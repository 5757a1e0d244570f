import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import type { StoredFileMeta } from '../files/index.js';
import { storeFieldFile } from '../requests/index.js';
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
    const { field: f, stored } = await storeFieldFile(trx, {
      fields: formFields(category.form as DossierForm),
      field: input.field,
      counts: await fileCounts(trx, id),
      fileName: input.fileName,
      bytes: input.bytes,
      orgUnitId: n.org_unit_id,
      createdBy: ctx.actor.userId,
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
