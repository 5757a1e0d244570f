import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireOrganiser } from './award-access.js';
import { committeeOf, findCall } from './awards.repository.js';
import type { TCall } from './awards.schemas.js';
import { conflict, effectiveStatus, wrongStatus } from './call-state.js';
import { toCall } from './call-view.js';

/** Removes a member before scoring; an open call keeps a chair and at least one scoring member. */
export async function removeMember(ctx: UseCaseContext, callId: string, memberId: string): Promise<TCall> {
  return ctx.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, callId, { forUpdate: true });
    requireOrganiser(ctx.actor, call);
    const status = effectiveStatus(call, ctx.clock);
    if (status !== 'draft' && status !== 'open') {
      throw wrongStatus(status, 'เปลี่ยนคณะกรรมการไม่ได้หลังเริ่มการให้คะแนนแล้ว');
    }
    const members = await committeeOf(trx, callId);
    const m = members.find((x) => x.id === memberId);
    if (!m) throw notFound();
    const rest = members.filter((x) => x.id !== memberId);
    if (status === 'open' && (!rest.some((x) => x.role === 'chair') || !rest.some((x) => x.scores))) {
      throw conflict(
        'committee_incomplete',
        'การประกวดที่เปิดแล้วต้องมีประธานและกรรมการที่ให้คะแนนอย่างน้อย 1 คน กรุณาแต่งตั้งแทนก่อน',
        'An open call keeps a chair and a scoring member',
      );
    }
    await trx.deleteFrom('award_committee_member').where('id', '=', memberId).execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_committee.remove',
      entityType: 'award_committee_member',
      entityId: memberId,
      orgUnitId: call.organiser_unit_id,
      before: { personId: m.person_id, role: m.role, titleTh: m.title_th, scores: m.scores },
      requestId: ctx.requestId,
    });
    return toCall(trx, ctx, call, rest);
  });
}
