// Gathers a call's scores and ranks each category's submitted dossiers (ranking.ts does the
// arithmetic). Used by the results page, the decision, and the announcement.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  categoriesOf,
  committeeOf,
  nominationsOf,
  rubricsOf,
  scoresOf,
  sheetsOf,
  type CallRow,
  type CategoryRow,
  type CriterionRowDb,
  type MemberRow,
  type NominationRow,
} from './awards.repository.js';
import { conflictKey, conflictMap, type Conflict } from './conflicts.js';
import { rankDossiers, type RankedDossier } from './ranking.js';

type Q = Kysely<DB> | Transaction<DB>;

export interface CategoryResult {
  category: CategoryRow;
  criteria: CriterionRowDb[];
  ranked: RankedDossier[];
}

export interface CallResults {
  members: MemberRow[];
  judges: MemberRow[];
  nominations: Map<string, NominationRow>;
  conflicts: Map<string, Conflict>;
  /** Sheet state and points (tenths by code) and comments by (nomination, member). */
  sheets: Map<string, { submitted: boolean; points: Record<string, number>; comments: Record<string, string> }>;
  categories: CategoryResult[];
}

export async function computeResults(db: Q, call: CallRow): Promise<CallResults> {
  const [categories, members, allNominations, sheetRows, scoreRows] = await Promise.all([
    categoriesOf(db, call.id),
    committeeOf(db, call.id),
    nominationsOf(db, call.id),
    sheetsOf(db, call.id),
    scoresOf(db, call.id),
  ]);
  const { criteria } = await rubricsOf(
    db,
    categories.map((c) => c.id),
  );
  const nominations = allNominations.filter((n) => n.status === 'submitted');
  const conflicts = await conflictMap(db, call, members, nominations);
  const judges = members.filter((m) => m.scores);
  const sheets: CallResults['sheets'] = new Map();
  for (const s of sheetRows) {
    sheets.set(conflictKey(s.nomination_id, s.member_id), {
      submitted: s.submitted_at !== null,
      points: {},
      comments: {},
    });
  }
  for (const s of scoreRows) {
    const sheet = sheets.get(conflictKey(s.nomination_id, s.member_id));
    if (!sheet) continue;
    sheet.points[s.code] = s.points_tenths;
    if (s.comment) sheet.comments[s.code] = s.comment;
  }
  return {
    members,
    judges,
    nominations: new Map(nominations.map((n) => [n.id, n])),
    conflicts,
    sheets,
    categories: categories.map((category) => {
      const own = criteria.filter((c) => c.category_id === category.id);
      const ranked = rankDossiers(
        nominations
          .filter((n) => n.category_id === category.id)
          .map((n) => ({
            id: n.id,
            orderKey: n.unit_path,
            submittedAt: new Date(n.submitted_at!),
            sheets: judges.map((m) => {
              const key = conflictKey(n.id, m.id);
              const sheet = sheets.get(key);
              return {
                judgeId: m.id,
                conflicted: conflicts.has(key),
                submitted: sheet?.submitted ?? false,
                points: sheet?.points ?? {},
              };
            }),
          })),
        {
          aggregation: call.aggregation,
          spreadThresholdTenths: call.spread_threshold_tenths,
          tieBreaks: call.tie_breaks,
          criterionCodes: own.map((c) => c.code),
        },
      );
      return { category, criteria: own, ranked };
    }),
  };
}
