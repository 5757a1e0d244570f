import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Clock } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import type { Actor } from '../access/index.js';
import { canManage, readableElection } from './election-access.js';
import { bangkokDay, windowState } from './election-window.js';
import {
  candidateRefs,
  loadCategories,
  loadShortlists,
  officeName,
  participationCounts,
  rollSize,
  type ElectionRow,
} from './votes.repository.js';
import type { TElection } from './votes.schemas.js';

/** Results may be read once voting has closed, or all along when the organiser chose live results. */
export const resultsVisible = (e: Pick<ElectionRow, 'status' | 'live_results'>): boolean =>
  e.status === 'closed' || e.status === 'announced' || (e.status === 'open' && e.live_results);

export const acceptingVotes = (e: ElectionRow, clock: Clock): boolean =>
  e.status === 'open' && windowState(e, clock) === 'inside';

export async function electionDto(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  clock: Clock,
  e: ElectionRow,
): Promise<TElection> {
  const [categories, shortlists, voted, roll] = await Promise.all([
    loadCategories(db, e.id),
    loadShortlists(db, e.id),
    participationCounts(db, e.id),
    e.status === 'draft' ? Promise.resolve(null) : rollSize(db, e.id),
  ]);
  const refs = await candidateRefs(
    db,
    shortlists.map((s) => s.person_id),
  );
  return {
    id: e.id,
    organiser: { id: e.org_unit_id, nameTh: officeName(e.org_kind, e.org_name_th) },
    title: e.title,
    description: e.description,
    opensOn: bangkokDay(e.opens_at),
    closesOn: bangkokDay(e.closes_at),
    opensAt: e.opens_at.toISOString(),
    closesAt: e.closes_at.toISOString(),
    liveResults: e.live_results,
    candidatesMode: e.candidates_mode,
    allowSelfVote: e.allow_self_vote,
    status: e.status,
    acceptingVotes: acceptingVotes(e, clock),
    rollSize: roll,
    resultsVisible: resultsVisible(e),
    categories: categories.map((c) => {
      const n = voted.get(c.id) ?? 0;
      return {
        id: c.id,
        code: c.code,
        nameTh: c.name_th,
        description: c.description,
        sort: c.sort,
        shortlist: shortlists
          .filter((s) => s.category_id === c.id)
          .map((s) => refs.get(s.person_id)!)
          .sort((a, b) => a.fullName.localeCompare(b.fullName, 'th')),
        voted: n,
        turnout: roll ? n / roll : null,
      };
    }),
    canManage: canManage(actor, e),
    openedAt: e.opened_at?.toISOString() ?? null,
    closedAt: e.closed_at?.toISOString() ?? null,
    announcedAt: e.announced_at?.toISOString() ?? null,
  };
}

export async function getElection(ctx: UseCaseContext, id: string): Promise<TElection> {
  const e = await readableElection(ctx.db, ctx.actor, id);
  return electionDto(ctx.db, ctx.actor, ctx.clock, e);
}
