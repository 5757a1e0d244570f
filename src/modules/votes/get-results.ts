import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Clock } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { readableElection } from './election-access.js';
import { resultsVisible } from './get-election.js';
import {
  candidateRefs,
  loadCategories,
  loadShortlists,
  loadWinners,
  officeName,
  participationCounts,
  rollSize,
  tally,
  type ElectionRow,
} from './votes.repository.js';
import type { TResults } from './votes.schemas.js';

const sealed = () =>
  new AppError({
    code: 'results_sealed',
    kind: 'forbidden',
    messageTh: 'ผลการลงคะแนนจะเปิดเผยหลังปิดการลงคะแนน',
    messageEn: 'Results are available after voting closes',
  });

/**
 * The tally per category (votes per candidate, ranked 1, 1, 3… with ties), the leaders (several when
 * tied at the top), turnout against the roll, and the winners once announced.
 */
export async function computeResults(
  db: Kysely<DB> | Transaction<DB>,
  clock: Clock,
  e: ElectionRow,
): Promise<TResults> {
  const [categories, counts, voted, roll, winners, shortlists] = await Promise.all([
    loadCategories(db, e.id),
    tally(db, e.id),
    participationCounts(db, e.id),
    rollSize(db, e.id),
    loadWinners(db, e.id),
    e.candidates_mode === 'shortlist' ? loadShortlists(db, e.id) : Promise.resolve([]),
  ]);
  const refs = await candidateRefs(db, [...counts.map((c) => c.personId), ...shortlists.map((s) => s.person_id)]);
  return {
    electionId: e.id,
    title: e.title,
    organiserTh: officeName(e.org_kind, e.org_name_th),
    status: e.status,
    final: e.status === 'closed' || e.status === 'announced',
    asOf: clock.now().toISOString(),
    rollSize: roll,
    categories: categories.map((c) => {
      const votes = new Map(counts.filter((t) => t.categoryId === c.id).map((t) => [t.personId, t.votes]));
      // A shortlisted candidate nobody chose still appears, with 0.
      for (const s of shortlists) if (s.category_id === c.id && !votes.has(s.person_id)) votes.set(s.person_id, 0);
      const sorted = [...votes]
        .map(([personId, n]) => ({ candidate: refs.get(personId)!, votes: n }))
        .sort((a, b) => b.votes - a.votes || a.candidate.fullName.localeCompare(b.candidate.fullName, 'th'));
      const rows = sorted.map((r) => ({ ...r, rank: 1 + sorted.filter((o) => o.votes > r.votes).length }));
      const top = rows[0]?.votes ?? 0;
      const leaderIds = top > 0 ? rows.filter((r) => r.votes === top).map((r) => r.candidate.personId) : [];
      const n = voted.get(c.id) ?? 0;
      return {
        id: c.id,
        code: c.code,
        nameTh: c.name_th,
        ballots: rows.reduce((s, r) => s + r.votes, 0),
        voted: n,
        turnout: roll ? n / roll : 0,
        rows,
        leaderIds,
        tied: leaderIds.length > 1,
        winnerIds: winners.filter((w) => w.category_id === c.id).map((w) => w.person_id),
        decisionNote: c.decision_note,
      };
    }),
  };
}

/** Results for readers of the organising office; sealed until close unless live results were chosen. */
export async function getResults(ctx: UseCaseContext, id: string): Promise<TResults> {
  const e = await readableElection(ctx.db, ctx.actor, id);
  if (!resultsVisible(e)) throw sealed();
  return computeResults(ctx.db, ctx.clock, e);
}
