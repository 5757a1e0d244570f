import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Clock } from '../../kernel/dates.js';
import { fullName, scoresOf, type MemberRow } from './awards.repository.js';
import type { TSheet } from './awards.schemas.js';
import { effectiveStatus } from './call-state.js';
import { criterionDto } from './call-view.js';
import { conflictKey } from './conflicts.js';
import { fromTenths } from './points.js';
import type { DossierScoring } from './scoring-context.js';

/** One judge's sheet for one dossier. */
export async function toSheet(
  db: Kysely<DB> | Transaction<DB>,
  clock: Clock,
  s: Pick<DossierScoring, 'call' | 'n' | 'criteria' | 'conflicts'>,
  judge: MemberRow,
): Promise<TSheet> {
  const [sheet, scores] = await Promise.all([
    db
      .selectFrom('award_sheet')
      .select('submitted_at')
      .where('nomination_id', '=', s.n.id)
      .where('member_id', '=', judge.id)
      .executeTakeFirst(),
    scoresOf(db, s.call.id, { nominationId: s.n.id, memberId: judge.id }),
  ]);
  const conflicted = s.conflicts.has(conflictKey(s.n.id, judge.id));
  const state = conflicted ? 'conflicted' : sheet?.submitted_at ? 'submitted' : sheet ? 'in_progress' : 'not_started';
  return {
    nominationId: s.n.id,
    member: { id: judge.id, fullName: fullName(judge), titleTh: judge.title_th },
    state,
    submittedAt: sheet?.submitted_at ? new Date(sheet.submitted_at).toISOString() : null,
    editable: judge.scores && !conflicted && !sheet?.submitted_at && effectiveStatus(s.call, clock) === 'scoring',
    criteria: s.criteria.map(criterionDto),
    scores: scores.map((x) => ({ code: x.code, points: fromTenths(x.points_tenths), comment: x.comment })),
    total: fromTenths(scores.reduce((t, x) => t + x.points_tenths, 0)),
  };
}
