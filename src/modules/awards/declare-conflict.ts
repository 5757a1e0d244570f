import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireChair, requireMember } from './award-access.js';
import { committeeOf, findCall, findNomination, nominationsOf } from './awards.repository.js';
import type { TConflict } from './awards.schemas.js';
import { conflict, effectiveStatus, wrongStatus } from './call-state.js';
import { conflictKey, conflictMap } from './conflicts.js';
import { listConflicts } from './list-conflicts.js';

/**
 * A judge declares their own conflict on a dossier, or the chair declares one for any member, with
 * a reason, any time before scoring closes. Scores already given by that judge on that dossier
 * stay on record but no longer count.
 */
export async function declareConflict(
  ctx: UseCaseContext,
  callId: string,
  input: { nominationId: string; memberId?: string | undefined; reason: string },
): Promise<{ items: TConflict[] }> {
  await ctx.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, callId, { forShare: true });
    if (!call) throw notFound();
    const members = await committeeOf(trx, callId);
    const me = requireMember(ctx.actor, call, members);
    const targetId = input.memberId ?? me.id;
    if (targetId !== me.id) requireChair(ctx.actor, call, members);
    const target = members.find((m) => m.id === targetId);
    if (!target) throw notFound();
    const status = effectiveStatus(call, ctx.clock);
    if (status !== 'open' && status !== 'scoring') throw wrongStatus(status, 'บันทึกส่วนได้เสียได้จนถึงก่อนปิดการให้คะแนน');
    const n = await findNomination(trx, input.nominationId);
    if (!n || n.call_id !== callId || n.status === 'withdrawn') throw notFound();
    const existing = await conflictMap(trx, call, members, await nominationsOf(trx, callId));
    if (existing.has(conflictKey(n.id, targetId))) {
      throw conflict('conflict_exists', 'บันทึกส่วนได้เสียของกรรมการท่านนี้กับผลงานนี้ไว้แล้ว', 'Already recorded');
    }
    await trx
      .insertInto('award_conflict')
      .values({
        call_id: callId,
        nomination_id: n.id,
        member_id: targetId,
        source: 'declared',
        reason: input.reason,
        declared_by: ctx.actor.userId,
      })
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_conflict.declare',
      entityType: 'award_call',
      entityId: callId,
      orgUnitId: call.organiser_unit_id,
      after: { nominationId: n.id, memberId: targetId, reason: input.reason },
      requestId: ctx.requestId,
    });
  });
  return listConflicts(ctx, callId);
}
