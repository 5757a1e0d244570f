import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { memberOf, organiserManages, requireCallRead } from './award-access.js';
import { committeeOf, findCall, fullName, nominationsOf, sheetsOf } from './awards.repository.js';
import type { TProgress } from './awards.schemas.js';
import { effectiveStatus } from './call-state.js';
import { unitRef } from './call-view.js';
import { conflictKey, conflictMap } from './conflicts.js';

/**
 * Who has handed in which sheet, never the points: for the chair and secretary (to chase
 * stragglers before closing) and the organising office.
 */
export async function getProgress(ctx: UseCaseContext, callId: string): Promise<TProgress> {
  const call = await findCall(ctx.db, callId);
  if (!call) throw notFound();
  const members = await committeeOf(ctx.db, callId);
  requireCallRead(ctx.actor, call, members);
  const me = memberOf(ctx.actor, members);
  if (!organiserManages(ctx.actor, call) && !(me && (me.role === 'chair' || me.role === 'secretary'))) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'ความคืบหน้าการให้คะแนนดูได้เฉพาะประธาน เลขานุการ และผู้จัดการประกวด',
      messageEn: 'Only the chair, the secretary and the organiser see progress',
    });
  }
  const nominations = (await nominationsOf(ctx.db, callId)).filter((n) => n.status === 'submitted');
  const [conflicts, sheets] = await Promise.all([
    conflictMap(ctx.db, call, members, nominations),
    sheetsOf(ctx.db, callId),
  ]);
  const judges = members.filter((m) => m.scores);
  let unsubmitted = 0;
  const dossiers = nominations.map((n) => ({
    nominationId: n.id,
    categoryCode: n.category_code,
    unit: unitRef({ id: n.org_unit_id, kind: n.unit_kind, name_th: n.unit_name_th }),
    judges: judges.map((m) => {
      const sheet = sheets.find((s) => s.nomination_id === n.id && s.member_id === m.id);
      const state = conflicts.has(conflictKey(n.id, m.id))
        ? ('conflicted' as const)
        : sheet?.submitted_at
          ? ('submitted' as const)
          : sheet
            ? ('in_progress' as const)
            : ('not_started' as const);
      if (state === 'in_progress' || state === 'not_started') unsubmitted++;
      return { memberId: m.id, state };
    }),
  }));
  return {
    status: effectiveStatus(call, ctx.clock),
    unsubmitted,
    judges: judges.map((m) => ({ memberId: m.id, fullName: fullName(m), titleTh: m.title_th })),
    dossiers,
  };
}
