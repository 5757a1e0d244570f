import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireOrganiser } from './award-access.js';
import { committeeOf, findCall, nominationsOf, type CallRow } from './awards.repository.js';
import type { TCall } from './awards.schemas.js';
import { effectiveStatus, wrongStatus } from './call-state.js';
import { toCall } from './call-view.js';
import { automaticReason } from './conflicts.js';

/**
 * open → scoring: dossiers can no longer be submitted, the rubric and committee freeze, and the
 * automatic conflicts are recorded as they stand now. The call row is locked by the caller.
 */
async function beginScoring(
  ctx: UseCaseContext,
  trx: Transaction<DB>,
  call: CallRow,
  why: 'organiser' | 'dossier_deadline',
): Promise<CallRow> {
  const [members, nominations] = await Promise.all([committeeOf(trx, call.id), nominationsOf(trx, call.id)]);
  const existing = new Set(
    (
      await trx
        .selectFrom('award_conflict')
        .select(['nomination_id', 'member_id'])
        .where('call_id', '=', call.id)
        .execute()
    ).map((c) => `${c.nomination_id}|${c.member_id}`),
  );
  const automatic = nominations
    .filter((n) => n.status === 'submitted')
    .flatMap((n) =>
      members.flatMap((m) => {
        const reason = automaticReason(m, n);
        return reason && !existing.has(`${n.id}|${m.id}`)
          ? [{ call_id: call.id, nomination_id: n.id, member_id: m.id, source: 'automatic' as const, reason }]
          : [];
      }),
    );
  if (automatic.length) await trx.insertInto('award_conflict').values(automatic).execute();
  const now = ctx.clock.now();
  await trx
    .updateTable('award_call')
    .set({ status: 'scoring', scoring_started_at: now, updated_at: now })
    .where('id', '=', call.id)
    .execute();
  await recordAudit(trx, {
    actorUserId: ctx.actor.userId,
    action: 'award_call.start_scoring',
    entityType: 'award_call',
    entityId: call.id,
    orgUnitId: call.organiser_unit_id,
    after: {
      why,
      automaticConflicts: automatic.map((a) => ({ nominationId: a.nomination_id, memberId: a.member_id })),
    },
    requestId: ctx.requestId,
  });
  return (await findCall(trx, call.id))!;
}

/** Records the transition an open call past its dossier deadline has already made in effect. */
export async function startScoringIfDue(ctx: UseCaseContext, trx: Transaction<DB>, call: CallRow): Promise<CallRow> {
  if (call.status === 'open' && effectiveStatus(call, ctx.clock) === 'scoring') {
    return beginScoring(ctx, trx, call, 'dossier_deadline');
  }
  return call;
}

/** The organiser starts scoring, at or before the dossier deadline. */
export async function startScoring(ctx: UseCaseContext, callId: string): Promise<TCall> {
  return ctx.db.transaction().execute(async (trx) => {
    let call = await findCall(trx, callId, { forUpdate: true });
    requireOrganiser(ctx.actor, call);
    const status = effectiveStatus(call, ctx.clock);
    if (call.status !== 'open') throw wrongStatus(status, 'เริ่มการให้คะแนนได้เฉพาะเมื่อเปิดรับการเสนอชื่ออยู่');
    call = await beginScoring(ctx, trx, call, status === 'scoring' ? 'dossier_deadline' : 'organiser');
    return toCall(trx, ctx, call, await committeeOf(trx, callId));
  });
}
