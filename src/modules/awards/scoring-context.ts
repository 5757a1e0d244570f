// What every judge action on one dossier needs: the call (locked when writing), the acting
// member, the dossier, its category's criteria and whether the judge is conflicted on it.
import type { Transaction, Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { canReadNomination, memberOf, requireMember } from './award-access.js';
import {
  committeeOf,
  findCall,
  findNomination,
  rubricsOf,
  type CallRow,
  type CriterionRowDb,
  type MemberRow,
  type NominationRow,
} from './awards.repository.js';
import { conflict, effectiveStatus, wrongStatus } from './call-state.js';
import { conflictKey, conflictMap, type Conflict } from './conflicts.js';
import { startScoringIfDue } from './start-scoring.js';

type Q = Kysely<DB> | Transaction<DB>;

export interface DossierScoring {
  call: CallRow;
  members: MemberRow[];
  member: MemberRow;
  n: NominationRow;
  criteria: CriterionRowDb[];
  conflicts: Map<string, Conflict>;
}

export async function loadDossierScoring(
  db: Q,
  ctx: UseCaseContext,
  nominationId: string,
  call?: CallRow,
): Promise<DossierScoring> {
  const n = await findNomination(db, nominationId);
  call ??= n ? await findCall(db, n.call_id) : undefined;
  if (!n || !call || n.call_id !== call.id) throw notFound();
  const members = await committeeOf(db, call.id);
  // Outside the committee, a dossier the actor may not read does not exist for them.
  if (!memberOf(ctx.actor, members) && !canReadNomination(ctx.actor, call, n, undefined)) throw notFound();
  const member = requireMember(ctx.actor, call, members);
  // A judge sees submitted dossiers only; drafts and withdrawn ones do not exist for them.
  if (n.status !== 'submitted') throw notFound();
  const { criteria } = await rubricsOf(db, [n.category_id]);
  const conflicts = await conflictMap(db, call, members, [n]);
  return { call, members, member, n, criteria, conflicts };
}

/**
 * For a write on the judge's own sheet: locks the call (so the chair cannot close in between),
 * records a due start of scoring, and refuses outside scoring or on a conflicted dossier (403).
 */
export async function lockForScoring(
  trx: Transaction<DB>,
  ctx: UseCaseContext,
  nominationId: string,
): Promise<DossierScoring> {
  const n = await findNomination(trx, nominationId);
  let call = n ? await findCall(trx, n.call_id, { forUpdate: true }) : undefined;
  if (!n || !call) throw notFound();
  requireMember(ctx.actor, call, await committeeOf(trx, call.id));
  call = await startScoringIfDue(ctx, trx, call);
  const s = await loadDossierScoring(trx, ctx, nominationId, call);
  const status = effectiveStatus(call, ctx.clock);
  if (status === 'draft' || status === 'open') throw wrongStatus(status, 'ยังไม่เปิดให้กรรมการให้คะแนน');
  if (status !== 'scoring') throw wrongStatus(status, 'ประธานปิดการให้คะแนนแล้ว แก้ไขคะแนนไม่ได้');
  if (!s.member.scores) {
    throw new AppError({
      code: 'not_a_judge',
      kind: 'forbidden',
      messageTh: 'ท่านเป็นกรรมการที่ไม่มีหน้าที่ให้คะแนน',
      messageEn: 'This member does not score',
    });
  }
  const c = s.conflicts.get(conflictKey(s.n.id, s.member.id));
  if (c) {
    throw new AppError({
      code: 'conflict_of_interest',
      kind: 'forbidden',
      messageTh: `ท่านมีส่วนได้เสียกับผลงานนี้ (${c.reason}) จึงให้คะแนนไม่ได้`,
      messageEn: 'You are conflicted on this dossier',
    });
  }
  const sheet = await trx
    .selectFrom('award_sheet')
    .select('submitted_at')
    .where('nomination_id', '=', s.n.id)
    .where('member_id', '=', s.member.id)
    .executeTakeFirst();
  if (sheet?.submitted_at) {
    throw conflict('sheet_submitted', 'ท่านส่งใบให้คะแนนของผลงานนี้แล้ว แก้ไขไม่ได้', 'The sheet is already submitted');
  }
  return s;
}
