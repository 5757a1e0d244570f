import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireFiller } from './award-access.js';
import { findNomination } from './awards.repository.js';
import type { TNomination } from './awards.schemas.js';
import { conflict } from './call-state.js';
import { requireEditable } from './dossier-rules.js';
import { readableNomination } from './get-nomination.js';
import { toNomination } from './nomination-view.js';

/**
 * Sends the endorsed dossier to the organiser by the dossier deadline (end of day, Bangkok). From
 * here it is locked: the committee scores what was sent. Late dossiers are refused.
 */
export async function submitDossier(ctx: UseCaseContext, id: string): Promise<TNomination> {
  return ctx.db.transaction().execute(async (trx) => {
    const { call, n } = await readableNomination(trx, ctx, id, { forUpdate: true });
    requireFiller(ctx.actor, call, n.unit_path);
    requireEditable(ctx.clock, call, n);
    if (n.status !== 'endorsed') {
      throw conflict('not_endorsed', 'ต้องให้พัฒนาการอำเภอรับรองแบบเสนอผลงานก่อนส่ง', 'Endorse the dossier first');
    }
    const now = ctx.clock.now();
    await trx
      .updateTable('award_nomination')
      .set({
        status: 'submitted',
        submitted_by: ctx.actor.userId,
        submitted_at: now,
        updated_by: ctx.actor.userId,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_nomination.submit',
      entityType: 'award_nomination',
      entityId: id,
      orgUnitId: n.org_unit_id,
      after: { submittedAt: now.toISOString() },
      requestId: ctx.requestId,
    });
    return toNomination(trx, ctx, call, (await findNomination(trx, id))!);
  });
}
