// The ballot as one voter sees it: the categories, who may be chosen in each (never the voter
// themself unless self-votes are allowed), and which categories this voter has already done.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Clock } from '../../kernel/dates.js';
import { bangkokDay } from './election-window.js';
import { acceptingVotes } from './get-election.js';
import {
  candidateRefs,
  loadCategories,
  loadShortlists,
  officeName,
  rollCandidates,
  votedCategoryIds,
  type ElectionRow,
} from './votes.repository.js';
import type { TBallot, TCandidate } from './votes.schemas.js';

export async function ballotView(
  db: Kysely<DB> | Transaction<DB>,
  clock: Clock,
  e: ElectionRow,
  voterPersonId: string,
): Promise<TBallot> {
  const [categories, voted, voter] = await Promise.all([
    loadCategories(db, e.id),
    votedCategoryIds(db, e.id, voterPersonId),
    candidateRefs(db, [voterPersonId]),
  ]);
  let pool: TCandidate[];
  let allowed: (categoryId: string) => string[];
  const notSelf = (id: string) => e.allow_self_vote || id !== voterPersonId;
  if (e.candidates_mode === 'shortlist') {
    const shortlists = await loadShortlists(db, e.id);
    const refs = await candidateRefs(
      db,
      shortlists.map((s) => s.person_id),
    );
    pool = [...refs.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, 'th'));
    allowed = (c) => shortlists.filter((s) => s.category_id === c && notSelf(s.person_id)).map((s) => s.person_id);
  } else {
    pool = (await rollCandidates(db, e.id)).filter((c) => notSelf(c.personId));
    const ids = pool.map((c) => c.personId);
    allowed = () => ids;
  }
  return {
    election: {
      id: e.id,
      title: e.title,
      description: e.description,
      organiserTh: officeName(e.org_kind, e.org_name_th),
      opensOn: bangkokDay(e.opens_at),
      closesOn: bangkokDay(e.closes_at),
      status: e.status,
      acceptingVotes: acceptingVotes(e, clock),
      allowSelfVote: e.allow_self_vote,
    },
    voter: { fullName: voter.get(voterPersonId)?.fullName ?? '' },
    candidates: pool,
    categories: categories.map((c) => ({
      id: c.id,
      code: c.code,
      nameTh: c.name_th,
      description: c.description,
      candidatePersonIds: allowed(c.id),
      voted: voted.has(c.id),
    })),
  };
}
