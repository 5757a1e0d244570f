import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireFiller } from './award-access.js';
import { findNomination } from './awards.repository.js';
import type { TNomination } from './awards.schemas.js';
import { conflict } from './call-state.js';
import { requireDossierWindow } from './dossier-rules.js';
import { readableNomination } from './get-nomination.js';
import { toNomination } from './nomination-view.js';

/**
 * The district withdraws its nomination before the dossier deadline, even after submitting; the
 * place in its quota is free again (a new name is still bound by the names deadline).
 */
export async function withdrawNomination(ctx: UseCaseContext, id: string, reason: string): Promise<TNomination> {
  return ctx.db.transaction().execute(async (trx) => {
    const { call, n } = await readableNomination(trx, ctx, id, { forUpdate: true });
    requireFiller(ctx.actor, call, n.unit_path);
    if (n.status === 'withdrawn') throw conflict('nomination_withdrawn', 'การเสนอชื่อนี้ถอนแล้ว', 'Already withdrawn');
    requireDossierWindow(ctx.clock, call);
    const now = ctx.clock.now();
    await trx
      .updateTable('award_nomination')
      .set({
        status: 'withdrawn',
        withdrawn_at: now,
        withdraw_reason: reason,
        updated_by: ctx.actor.userId,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_nomination.withdraw',
      entityType: 'award_nomination',
      entityId: id,
      orgUnitId: n.org_unit_id,
      before: { status: n.status },
      after: { reason },
      requestId: ctx.requestId,
    });
    return toNomination(trx, ctx, call, (await findNomination(trx, id))!);
  });
}
