import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import type { TCertificate } from '../certificates/index.js';
import { requireReleaser } from './award-access.js';
import { committeeOf, findCall } from './awards.repository.js';
import type { TAnnounceInput, TCall } from './awards.schemas.js';
import { effectiveStatus, wrongStatus } from './call-state.js';
import { issueWinnerCertificates } from './award-certificates.js';
import { toCall } from './call-view.js';

/**
 * decided → announced: the nominating offices now see the winners and their own dossier's
 * aggregate, and the winners' certificates are issued in the same transaction.
 */
export async function announce(
  ctx: UseCaseContext,
  callId: string,
  input: TAnnounceInput,
): Promise<{ call: TCall; certificates: TCertificate[] }> {
  return ctx.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, callId, { forUpdate: true });
    const members = call ? await committeeOf(trx, callId) : [];
    requireReleaser(ctx.actor, call, members);
    const status = effectiveStatus(call, ctx.clock);
    if (status !== 'decided') throw wrongStatus(status, 'ประกาศผลได้หลังคณะกรรมการตัดสินแล้ว');
    const now = ctx.clock.now();
    await trx
      .updateTable('award_call')
      .set({ status: 'announced', announced_at: now, updated_at: now })
      .where('id', '=', callId)
      .execute();
    const certificates = await issueWinnerCertificates(ctx, trx, call, members, input);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_call.announce',
      entityType: 'award_call',
      entityId: callId,
      orgUnitId: call.organiser_unit_id,
      after: { certificates: certificates.map((c) => c.code) },
      requestId: ctx.requestId,
    });
    return { call: await toCall(trx, ctx, (await findCall(trx, callId))!, members), certificates };
  });
}
