import type { UseCaseContext } from '../../server/context.js';
import { requireMember } from './award-access.js';
import { committeeOf, findCall, nominationsOf, rubricsOf, scoresOf, sheetsOf } from './awards.repository.js';
import type { TJudging } from './awards.schemas.js';
import { effectiveStatus } from './call-state.js';
import { nominationSummaries } from './nomination-view.js';
import { conflictKey, conflictMap } from './conflicts.js';
import { notFound } from '../../kernel/errors.js';

/** A committee member's own work list: the submitted dossiers, each with their own sheet's state. */
export async function getJudging(ctx: UseCaseContext, callId: string): Promise<TJudging> {
  const call = await findCall(ctx.db, callId);
  if (!call) throw notFound();
  const members = await committeeOf(ctx.db, callId);
  const member = requireMember(ctx.actor, call, members);
  const nominations = (await nominationsOf(ctx.db, callId)).filter((n) => n.status === 'submitted');
  const [summaries, conflicts, sheets, scores, { criteria }] = await Promise.all([
    nominationSummaries(ctx.db, nominations),
    conflictMap(ctx.db, call, members, nominations),
    sheetsOf(ctx.db, callId),
    scoresOf(ctx.db, callId, { memberId: member.id }),
    rubricsOf(ctx.db, [...new Set(nominations.map((n) => n.category_id))]),
  ]);
  return {
    callId,
    status: effectiveStatus(call, ctx.clock),
    member: { id: member.id, role: member.role, titleTh: member.title_th, scores: member.scores },
    dossiers: nominations.map((n, i) => {
      const key = conflictKey(n.id, member.id);
      const conflict = conflicts.get(key);
      const sheet = sheets.find((s) => s.nomination_id === n.id && s.member_id === member.id);
      return {
        nominationId: n.id,
        categoryCode: n.category_code,
        unit: summaries[i]!.unit,
        entryName: n.entry_name,
        nominees: summaries[i]!.nominees,
        state: conflict ? 'conflicted' : sheet?.submitted_at ? 'submitted' : sheet ? 'in_progress' : 'not_started',
        conflictReason: conflict?.reason ?? null,
        scoredItems: scores.filter((s) => s.nomination_id === n.id).length,
        items: criteria.filter((c) => c.category_id === n.category_id && c.is_leaf).length,
      };
    }),
  };
}
