// Typed SQL for awards; access rules and validation live in the use cases.
import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import { likePrefix } from '../../db/like.js';
import type { DB } from '../../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

export const fullName = (p: { title: string; first_name: string; last_name: string }) =>
  `${p.title}${p.first_name} ${p.last_name}`;

export function findUnits(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .select(['id', 'path', 'kind', 'name_th', 'has_office'])
    .where('id', 'in', [...ids])
    .execute();
}

function callSelect(db: Q) {
  return db
    .selectFrom('award_call as c')
    .innerJoin('org_unit as o', 'o.id', 'c.organiser_unit_id')
    .selectAll('c')
    .select(['o.path as organiser_path', 'o.name_th as organiser_name_th', 'o.kind as organiser_kind']);
}
export type CallRow = Awaited<ReturnType<ReturnType<typeof callSelect>['executeTakeFirstOrThrow']>>;

/** forShare: a write that needs the call's state to hold (no close or start in between). */
export function findCall(db: Q, id: string, opts: { forUpdate?: boolean; forShare?: boolean } = {}) {
  let q = callSelect(db).where('c.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate('c');
  else if (opts.forShare) q = q.forShare('c');
  return q.executeTakeFirst();
}

/**
 * Calls organised within `roots` or above them (an office sees its province's calls), or with ids
 * in `ids` (committee members); the caller decides what each may see. Newest first.
 */
export function listCallRows(db: Q, where: { roots: string[]; ids: string[] }) {
  return callSelect(db)
    .where((eb) =>
      eb.or([
        ...where.roots.map((root) => eb('o.path', 'like', likePrefix(root))),
        ...where.roots.map((root) => sql<SqlBool>`${root} LIKE o.path || '%'`),
        ...(where.ids.length ? [eb('c.id', 'in', where.ids)] : []),
        sql<SqlBool>`false`,
      ]),
    )
    .orderBy('c.created_at', 'desc')
    .limit(200)
    .execute();
}

/** Ids of calls on whose committee the person sits. */
export async function callsOfPerson(db: Q, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('award_committee_member')
    .select('call_id')
    .where('person_id', '=', personId)
    .execute();
  return rows.map((r) => r.call_id);
}

export function categoriesOf(db: Q, callId: string) {
  return db.selectFrom('award_category').selectAll().where('call_id', '=', callId).orderBy('sort_order').execute();
}
export type CategoryRow = Awaited<ReturnType<typeof categoriesOf>>[number];

export async function rubricsOf(db: Q, categoryIds: readonly string[]) {
  if (categoryIds.length === 0) return { rubrics: [], criteria: [] };
  const [rubrics, criteria] = await Promise.all([
    db
      .selectFrom('award_rubric')
      .selectAll()
      .where('category_id', 'in', [...categoryIds])
      .execute(),
    db
      .selectFrom('award_criterion')
      .selectAll()
      .where('category_id', 'in', [...categoryIds])
      .orderBy('category_id')
      .orderBy('sort_order')
      .execute(),
  ]);
  return { rubrics, criteria };
}
export type CriterionRowDb = Awaited<ReturnType<typeof rubricsOf>>['criteria'][number];

/** Committee members with their person, account and the district offices they head by role. */
export function committeeOf(db: Q, callId: string) {
  return db
    .selectFrom('award_committee_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .leftJoin('user_account as u', 'u.person_id', 'p.id')
    .selectAll('m')
    .select([
      'p.title',
      'p.first_name',
      'p.last_name',
      'pos.name_th as position_th',
      'o.path as person_path',
      'u.id as user_id',
      'u.is_active as user_active',
      (eb) =>
        eb
          .selectFrom('role_assignment as r')
          .select(sql<string[]>`coalesce(array_agg(r.org_unit_id ORDER BY r.org_unit_id), '{}')`.as('ids'))
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role', '=', 'district_head')
          .as('heads_units'),
    ])
    .where('m.call_id', '=', callId)
    .orderBy('m.sort_order')
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof committeeOf>>[number];

/** The people who may be nominated or appointed: position, unit and networks. */
export function peopleByIds(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .leftJoin('user_account as u', 'u.person_id', 'p.id')
    .select([
      'p.id',
      'p.title',
      'p.first_name',
      'p.last_name',
      'p.position_code',
      'pos.name_th as position_th',
      'p.org_unit_id',
      'o.path',
      'o.name_th as unit_name_th',
      'u.id as user_id',
      'u.is_active as user_active',
      (eb) =>
        eb
          .selectFrom('person_network as pn')
          .select(sql<string[]>`coalesce(array_agg(pn.network_code ORDER BY pn.network_code), '{}')`.as('codes'))
          .whereRef('pn.person_id', '=', 'p.id')
          .as('networks'),
    ])
    .where('p.id', 'in', [...new Set(ids)])
    .execute();
}
export type PersonRow = Awaited<ReturnType<typeof peopleByIds>>[number];

function nominationSelect(db: Q) {
  return db
    .selectFrom('award_nomination as n')
    .innerJoin('org_unit as u', 'u.id', 'n.org_unit_id')
    .innerJoin('award_category as k', 'k.id', 'n.category_id')
    .selectAll('n')
    .select([
      'u.name_th as unit_name_th',
      'u.kind as unit_kind',
      'u.path as unit_path',
      'k.code as category_code',
      'k.kind as category_kind',
      'k.name_th as category_name_th',
    ]);
}
export type NominationRow = Awaited<ReturnType<ReturnType<typeof nominationSelect>['executeTakeFirstOrThrow']>>;

export function findNomination(db: Q, id: string, opts: { forUpdate?: boolean } = {}) {
  let q = nominationSelect(db).where('n.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate('n');
  return q.executeTakeFirst();
}

export function nominationsOf(db: Q, callId: string) {
  return nominationSelect(db).where('n.call_id', '=', callId).orderBy('u.path').orderBy('n.named_at').execute();
}

export function nomineesOf(db: Q, nominationIds: readonly string[]) {
  if (nominationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('award_nominee as e')
    .innerJoin('person as p', 'p.id', 'e.person_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .select([
      'e.nomination_id',
      'e.role',
      'p.id as person_id',
      'p.title',
      'p.first_name',
      'p.last_name',
      'pos.name_th as position_th',
      (eb) =>
        eb
          .selectFrom('person_network as pn')
          .select(sql<string[]>`coalesce(array_agg(pn.network_code ORDER BY pn.network_code), '{}')`.as('codes'))
          .whereRef('pn.person_id', '=', 'p.id')
          .as('networks'),
    ])
    .where('e.nomination_id', 'in', [...nominationIds])
    .orderBy('e.nomination_id')
    .orderBy('e.sort_order')
    .execute();
}
export type NomineeRow = Awaited<ReturnType<typeof nomineesOf>>[number];

/** Active (not withdrawn) nominations of one office in one category. */
export async function activeCount(db: Q, categoryId: string, unitId: string): Promise<number> {
  const { n } = await db
    .selectFrom('award_nomination')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('category_id', '=', categoryId)
    .where('org_unit_id', '=', unitId)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirstOrThrow();
  return Number(n);
}

export function nominationFiles(db: Q, nominationIds: readonly string[]) {
  if (nominationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('award_nomination_file as l')
    .innerJoin('stored_file as f', 'f.id', 'l.file_id')
    .select(['l.nomination_id', 'l.field_key', 'f.id', 'f.file_name', 'f.content_type', 'f.byte_size'])
    .where('l.nomination_id', 'in', [...nominationIds])
    .orderBy('l.created_at')
    .orderBy('f.id')
    .execute();
}

export async function fileCounts(db: Q, nominationId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('award_nomination_file')
    .select((eb) => ['field_key', eb.fn.countAll<string>().as('n')])
    .where('nomination_id', '=', nominationId)
    .groupBy('field_key')
    .execute();
  return new Map(rows.map((r) => [r.field_key, Number(r.n)]));
}

export function conflictsOf(db: Q, callId: string) {
  return db.selectFrom('award_conflict').selectAll().where('call_id', '=', callId).orderBy('created_at').execute();
}
export type ConflictRow = Awaited<ReturnType<typeof conflictsOf>>[number];

export function sheetsOf(db: Q, callId: string) {
  return db.selectFrom('award_sheet').selectAll().where('call_id', '=', callId).execute();
}

export function scoresOf(db: Q, callId: string, only: { nominationId?: string; memberId?: string } = {}) {
  let q = db
    .selectFrom('award_score as s')
    .innerJoin('award_criterion as c', 'c.id', 's.criterion_id')
    .select(['s.nomination_id', 's.member_id', 'c.code', 's.points_tenths', 's.comment'])
    .where('s.call_id', '=', callId);
  if (only.nominationId) q = q.where('s.nomination_id', '=', only.nominationId);
  if (only.memberId) q = q.where('s.member_id', '=', only.memberId);
  return q.orderBy('c.sort_order').execute();
}

export function winnersOf(db: Q, callId: string) {
  return db
    .selectFrom('award_winner')
    .selectAll()
    .where('call_id', '=', callId)
    .orderBy('category_id')
    .orderBy('place')
    .execute();
}
