import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireFiller } from './award-access.js';
import { requireEditable, UNENDORSED } from './dossier-rules.js';
import { readableNomination } from './get-nomination.js';

/** Detaches a file from a dossier that is still editable (the stored bytes stay, as audit evidence). */
export async function removeFile(ctx: UseCaseContext, id: string, fileId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { call, n } = await readableNomination(trx, ctx, id, { forUpdate: true });
    requireFiller(ctx.actor, call, n.unit_path);
    requireEditable(ctx.clock, call, n);
    const removed = await trx
      .deleteFrom('award_nomination_file')
      .where('nomination_id', '=', id)
      .where('file_id', '=', fileId)
      .returning('field_key')
      .executeTakeFirst();
    if (!removed) throw notFound();
    await trx
      .updateTable('award_nomination')
      .set({ ...UNENDORSED, updated_by: ctx.actor.userId, updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_nomination.remove_file',
      entityType: 'award_nomination',
      entityId: id,
      orgUnitId: n.org_unit_id,
      before: { field: removed.field_key, fileId },
      requestId: ctx.requestId,
    });
  });
}
