import { notFound, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { areaName } from '../org/index.js';
import { requireChair } from './award-access.js';
import { committeeOf, findCall, fullName, nominationsOf, sheetsOf } from './awards.repository.js';
import type { TCall } from './awards.schemas.js';
import { conflict, effectiveStatus, wrongStatus } from './call-state.js';
import { toCall } from './call-view.js';
import { conflictKey, conflictMap } from './conflicts.js';
import { startScoringIfDue } from './start-scoring.js';

/**
 * The chair closes scoring. Refused while a judge who is not conflicted still owes a sheet, unless
 * the chair forces it with a reason (kept on the call); unsubmitted sheets then do not count.
 * After this every member sees all scores, the aggregates and the ranking.
 */
export async function closeScoring(
  ctx: UseCaseContext,
  callId: string,
  input: { force: boolean; reason?: string | undefined },
): Promise<TCall> {
  return ctx.db.transaction().execute(async (trx) => {
    let call = await findCall(trx, callId, { forUpdate: true });
    if (!call) throw notFound();
    const members = await committeeOf(trx, callId);
    requireChair(ctx.actor, call, members);
    call = await startScoringIfDue(ctx, trx, call);
    const status = effectiveStatus(call, ctx.clock);
    if (status !== 'scoring') throw wrongStatus(status, 'ปิดการให้คะแนนได้เฉพาะระหว่างการให้คะแนน');
    const nominations = (await nominationsOf(trx, callId)).filter((n) => n.status === 'submitted');
    const [conflicts, sheets] = await Promise.all([
      conflictMap(trx, call, members, nominations),
      sheetsOf(trx, callId),
    ]);
    const owed = nominations.flatMap((n) =>
      members
        .filter((m) => m.scores && !conflicts.has(conflictKey(n.id, m.id)))
        .filter((m) => !sheets.some((s) => s.nomination_id === n.id && s.member_id === m.id && s.submitted_at))
        .map((m) => `${fullName(m)} (${areaName(n.unit_kind, n.unit_name_th)})`),
    );
    const reason = input.reason?.trim() || null;
    if (owed.length && !input.force) {
      throw conflict(
        'sheets_outstanding',
        `ยังมีใบให้คะแนนที่กรรมการยังไม่ส่ง ${owed.length} ใบ: ${owed.slice(0, 10).join(', ')}${owed.length > 10 ? ' …' : ''}`,
        `${owed.length} sheets are still unsubmitted`,
      );
    }
    if (owed.length && !reason) {
      throw validationError([
        { path: 'reason', messageTh: 'กรุณาระบุเหตุผลที่ปิดการให้คะแนนก่อนกรรมการส่งครบ', messageEn: 'A reason is required' },
      ]);
    }
    const now = ctx.clock.now();
    await trx
      .updateTable('award_call')
      .set({
        status: 'closed',
        closed_at: now,
        closed_by: ctx.actor.userId,
        close_forced_reason: owed.length ? reason : null,
        updated_at: now,
      })
      .where('id', '=', callId)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_call.close_scoring',
      entityType: 'award_call',
      entityId: callId,
      orgUnitId: call.organiser_unit_id,
      after: { forced: owed.length > 0, reason: owed.length ? reason : null, outstanding: owed },
      requestId: ctx.requestId,
    });
    return toCall(trx, ctx, (await findCall(trx, callId))!, members);
  });
}
