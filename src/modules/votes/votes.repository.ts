// Typed SQL for the votes module; rules live in the use cases. Nothing here reads ballots together
// with the roll or participation: the tally reads `ballot` alone.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { likePrefix } from '../../db/like.js';
import { areaName } from '../org/index.js';
import type { TCandidate } from './votes.schemas.js';

type Q = Kysely<DB> | Transaction<DB>;

export function findElection(db: Q, id: string) {
  return db
    .selectFrom('election as e')
    .innerJoin('org_unit as o', 'o.id', 'e.org_unit_id')
    .selectAll('e')
    .select(['o.path as org_path', 'o.name_th as org_name_th', 'o.kind as org_kind'])
    .where('e.id', '=', id)
    .executeTakeFirst();
}
export type ElectionRow = NonNullable<Awaited<ReturnType<typeof findElection>>>;

/** Locks the election row: FOR UPDATE for a change of state, FOR SHARE while casting, so a close
 *  waits for ballots in flight and no ballot lands after the re-seal. */
export function lockElection(trx: Transaction<DB>, id: string, mode: 'update' | 'share') {
  const q = trx.selectFrom('election').select(['id', 'status']).where('id', '=', id);
  return (mode === 'update' ? q.forUpdate() : q.forShare()).executeTakeFirst();
}

export function loadCategories(db: Q, electionId: string) {
  return db.selectFrom('election_category').selectAll().where('election_id', '=', electionId).orderBy('sort').execute();
}
export type CategoryRow = Awaited<ReturnType<typeof loadCategories>>[number];

export function loadShortlists(db: Q, electionId: string) {
  return db
    .selectFrom('election_candidate')
    .select(['category_id', 'person_id'])
    .where('election_id', '=', electionId)
    .execute();
}

/** Office text as a slip or ballot prints it: "สำนักงานพัฒนาชุมชนอำเภอแกลง", or a work group's name. */
export function officeName(kind: string, nameTh: string): string {
  return kind === 'province' || kind === 'district' ? `สำนักงานพัฒนาชุมชน${areaName(kind, nameTh)}` : nameTh;
}

function candidateQuery(db: Q) {
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .select([
      'p.id',
      'p.title',
      'p.first_name',
      'p.last_name',
      'o.kind as org_kind',
      'o.name_th as org_name_th',
      'o.path as org_path',
      'pos.name_th as position_th',
    ]);
}
type CandidateSource = Awaited<ReturnType<ReturnType<typeof candidateQuery>['execute']>>[number];

const toCandidate = (r: CandidateSource): TCandidate => ({
  personId: r.id,
  fullName: `${r.title}${r.first_name} ${r.last_name}`,
  officeTh: officeName(r.org_kind, r.org_name_th),
  positionTh: r.position_th,
});

/** Name, office and position of each person (Thai IDs never leave this query). */
export async function candidateRefs(db: Q, personIds: readonly string[]): Promise<Map<string, TCandidate>> {
  if (personIds.length === 0) return new Map();
  const rows = await candidateQuery(db)
    .where('p.id', 'in', [...new Set(personIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, toCandidate(r)]));
}

/** People among `ids` whose unit is in the subtree at `orgPath`. */
export async function peopleInSubtree(db: Q, ids: readonly string[], orgPath: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('person as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .select('p.id')
    .where('p.id', 'in', [...new Set(ids)])
    .where('o.path', 'like', likePrefix(orgPath))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Staff (position.is_staff) working anywhere in the subtree at `orgPath`: the electorate. */
export async function staffInSubtree(db: Q, orgPath: string): Promise<string[]> {
  const rows = await db
    .selectFrom('person as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .innerJoin('position as pos', 'pos.code', 'p.position_code')
    .select('p.id')
    .where('pos.is_staff', '=', true)
    .where('o.path', 'like', likePrefix(orgPath))
    .execute();
  return rows.map((r) => r.id);
}

/** Adds voters; returns the persons added (a code already taken elsewhere adds nothing for that row). */
export async function insertVoters(
  trx: Transaction<DB>,
  electionId: string,
  rows: { personId: string; code: string }[],
): Promise<Set<string>> {
  const added = new Set<string>();
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000);
    const done = await trx
      .insertInto('election_voter')
      .values(batch.map((r) => ({ election_id: electionId, person_id: r.personId, ballot_code: r.code })))
      .onConflict((oc) => oc.column('ballot_code').doNothing())
      .returning('person_id')
      .execute();
    for (const d of done) added.add(d.person_id);
  }
  return added;
}

export async function rollSize(db: Q, electionId: string): Promise<number> {
  const { n } = await db
    .selectFrom('election_voter')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('election_id', '=', electionId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function rollSizes(db: Q, electionIds: readonly string[]): Promise<Map<string, number>> {
  if (electionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('election_voter')
    .select(['election_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('election_id', 'in', electionIds)
    .groupBy('election_id')
    .execute();
  return new Map(rows.map((r) => [r.election_id, Number(r.n)]));
}

/** Everyone on the roll, in office then name order, with their codes (organisers only). */
export async function rollWithCodes(db: Q, electionId: string) {
  const rows = await candidateQuery(db)
    .innerJoin('election_voter as v', 'v.person_id', 'p.id')
    .select('v.ballot_code')
    .where('v.election_id', '=', electionId)
    .orderBy('o.path')
    .orderBy('p.first_name')
    .orderBy('p.last_name')
    .execute();
  return rows.map((r) => ({ ...toCandidate(r), ballotCode: r.ballot_code }));
}

export async function rollCandidates(db: Q, electionId: string): Promise<TCandidate[]> {
  const rows = await candidateQuery(db)
    .innerJoin('election_voter as v', 'v.person_id', 'p.id')
    .where('v.election_id', '=', electionId)
    .orderBy('p.first_name')
    .orderBy('p.last_name')
    .execute();
  return rows.map(toCandidate);
}

export function findVoterByCode(db: Q, code: string) {
  return db
    .selectFrom('election_voter')
    .select(['election_id', 'person_id', 'ballot_code'])
    .where('ballot_code', '=', code)
    .executeTakeFirst();
}

export function findVoter(db: Q, electionId: string, personId: string) {
  return db
    .selectFrom('election_voter')
    .select(['election_id', 'person_id', 'ballot_code'])
    .where('election_id', '=', electionId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function isOnRoll(db: Q, electionId: string, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('election_voter')
    .select('person_id')
    .where('election_id', '=', electionId)
    .where('person_id', 'in', [...new Set(personIds)])
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

/** Categories this voter has voted in. */
export async function votedCategoryIds(db: Q, electionId: string, personId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('election_participation')
    .select('category_id')
    .where('election_id', '=', electionId)
    .where('person_id', '=', personId)
    .execute();
  return new Set(rows.map((r) => r.category_id));
}

export async function participationCounts(db: Q, electionId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('election_participation')
    .select(['category_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('election_id', '=', electionId)
    .groupBy('category_id')
    .execute();
  return new Map(rows.map((r) => [r.category_id, Number(r.n)]));
}

/** Votes per candidate per category, from the ballots alone. */
export async function tally(db: Q, electionId: string) {
  const rows = await db
    .selectFrom('ballot')
    .select(['category_id', 'candidate_person_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('election_id', '=', electionId)
    .groupBy(['category_id', 'candidate_person_id'])
    .execute();
  return rows.map((r) => ({ categoryId: r.category_id, personId: r.candidate_person_id, votes: Number(r.n) }));
}

/**
 * Rewrites every ballot of the election in one statement, in random order and with new ids. The new
 * rows carry this transaction's id as xmin (not the casting transactions', which their participation
 * rows also carry) and sit in random physical order. The dead originals go at the next VACUUM.
 */
export async function resealBallots(trx: Transaction<DB>, electionId: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    WITH d AS (DELETE FROM ballot WHERE election_id = ${electionId} RETURNING election_id, category_id, candidate_person_id),
    i AS (
      INSERT INTO ballot (id, election_id, category_id, candidate_person_id)
      SELECT gen_random_uuid(), election_id, category_id, candidate_person_id FROM d ORDER BY random()
      RETURNING 1
    )
    SELECT count(*)::text AS n FROM i`.execute(trx);
  return Number(rows[0]?.n ?? 0);
}

export function loadWinners(db: Q, electionId: string) {
  return db
    .selectFrom('election_winner')
    .select(['category_id', 'person_id', 'votes'])
    .where('election_id', '=', electionId)
    .execute();
}

/** Open or closed elections on which this person is on the roll, newest first. */
export function ballotsOfPerson(db: Q, personId: string) {
  return db
    .selectFrom('election_voter as v')
    .innerJoin('election as e', 'e.id', 'v.election_id')
    .innerJoin('org_unit as o', 'o.id', 'e.org_unit_id')
    .select([
      'e.id',
      'e.title',
      'e.status',
      'e.opens_at',
      'e.closes_at',
      'o.kind as org_kind',
      'o.name_th as org_name_th',
      (eb) =>
        eb
          .selectFrom('election_category as c')
          .select((x) => x.fn.countAll<string>().as('n'))
          .whereRef('c.election_id', '=', 'e.id')
          .as('categories'),
      (eb) =>
        eb
          .selectFrom('election_participation as pp')
          .select((x) => x.fn.countAll<string>().as('n'))
          .whereRef('pp.election_id', '=', 'e.id')
          .whereRef('pp.person_id', '=', 'v.person_id')
          .as('voted'),
    ])
    .where('v.person_id', '=', personId)
    .where('e.status', '=', 'open')
    .orderBy('e.closes_at', 'desc')
    .execute();
}
