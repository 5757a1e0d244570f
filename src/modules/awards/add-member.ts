import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireOrganiser } from './award-access.js';
import { committeeOf, findCall, peopleByIds } from './awards.repository.js';
import type { TCall, TMemberInput } from './awards.schemas.js';
import { conflict, effectiveStatus, wrongStatus } from './call-state.js';
import { toCall } from './call-view.js';

/**
 * The organiser appoints a committee member (a person record). The chair and every scoring member
 * act through their own account, so they must have one; membership is what grants them access.
 */
export async function addMember(ctx: UseCaseContext, callId: string, input: TMemberInput): Promise<TCall> {
  return ctx.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, callId, { forUpdate: true });
    requireOrganiser(ctx.actor, call);
    const status = effectiveStatus(call, ctx.clock);
    if (status !== 'draft' && status !== 'open') {
      throw wrongStatus(status, 'เปลี่ยนคณะกรรมการไม่ได้หลังเริ่มการให้คะแนนแล้ว');
    }
    const [person] = await peopleByIds(trx, [input.personId]);
    if (!person) throw validationError([{ path: 'personId', messageTh: 'ไม่พบบุคคลที่ระบุ', messageEn: 'Unknown person' }]);
    if ((input.role === 'chair' || input.scores) && !(person.user_id && person.user_active)) {
      throw validationError([
        {
          path: 'personId',
          messageTh: 'ประธานและกรรมการที่ให้คะแนนต้องมีบัญชีผู้ใช้ในระบบ กรุณาสร้างบัญชีให้ก่อน',
          messageEn: 'The chair and scoring members need an active account',
        },
      ]);
    }
    const members = await committeeOf(trx, callId);
    if (members.some((m) => m.person_id === input.personId)) {
      throw conflict('already_member', 'บุคคลนี้เป็นกรรมการของการประกวดนี้อยู่แล้ว', 'Already a member');
    }
    if (input.role === 'chair' && members.some((m) => m.role === 'chair')) {
      throw conflict('chair_taken', 'คณะกรรมการมีประธานแล้ว', 'The committee already has a chair');
    }
    const { id } = await trx
      .insertInto('award_committee_member')
      .values({
        call_id: callId,
        person_id: input.personId,
        role: input.role,
        title_th: input.titleTh,
        scores: input.scores,
        sort_order: members.reduce((s, m) => Math.max(s, m.sort_order + 1), 0),
        added_by: ctx.actor.userId,
        added_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_committee.add',
      entityType: 'award_committee_member',
      entityId: id,
      orgUnitId: call.organiser_unit_id,
      after: { callId, ...input },
      requestId: ctx.requestId,
    });
    return toCall(trx, ctx, call, await committeeOf(trx, callId));
  });
}
