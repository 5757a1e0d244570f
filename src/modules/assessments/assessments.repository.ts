// Typed SQL for programs, targets, forums and plans; rules live in the use cases.
import { sql, type Kysely, type Transaction } from 'kysely';
import { likePrefix } from '../../db/like.js';
import type { DB } from '../../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

export function findUnits(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .select(['id', 'path', 'kind', 'name_th', 'parent_id'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Provinces (with an office) under a path, in geocode order. */
export function provincesUnder(db: Q, path: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'path', 'name_th'])
    .where('kind', '=', 'province')
    .where('has_office', '=', true)
    .where('path', 'like', likePrefix(path))
    .orderBy('id')
    .execute();
}

function programSelect(db: Q) {
  return db
    .selectFrom('assessment_program as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .selectAll('p')
    .select(['o.path as unit_path', 'o.name_th as unit_name_th']);
}
export type ProgramRow = Awaited<ReturnType<ReturnType<typeof programSelect>['executeTakeFirstOrThrow']>>;

export function findProgram(db: Q, id: string) {
  return programSelect(db).where('p.id', '=', id).executeTakeFirst();
}

/** Programs run at or above any of `roots` (an office sees the department's), or within them. */
export function listProgramRows(db: Q, roots: readonly string[]) {
  if (roots.length === 0) return Promise.resolve([]);
  return programSelect(db)
    .where((eb) =>
      eb.or([
        ...roots.map((root) => eb('o.path', 'like', likePrefix(root))),
        ...roots.map((root) => sql<boolean>`${root} LIKE o.path || '%'`),
      ]),
    )
    .orderBy('p.fiscal_year', 'desc')
    .orderBy('p.created_at', 'desc')
    .limit(100)
    .execute();
}

export async function programInstrumentIds(db: Q, programId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('assessment_program_instrument')
    .select('instrument_id')
    .where('program_id', '=', programId)
    .orderBy('sort_order')
    .execute();
  return rows.map((r) => r.instrument_id);
}

/** Targets with their group, place, forum and plan state; optionally under one path. */
export function targetSelect(db: Q, programId: string) {
  return db
    .selectFrom('assessment_target as t')
    .innerJoin('savings_group as g', 'g.id', 't.group_id')
    .innerJoin('org_unit as go', 'go.id', 'g.org_unit_id')
    .innerJoin('org_unit as p', 'p.id', 't.province_id')
    .innerJoin('org_unit as d', 'd.id', 't.district_id')
    .leftJoin('assessment_forum as f', (j) =>
      j.onRef('f.group_id', '=', 't.group_id').onRef('f.program_id', '=', 't.program_id'),
    )
    .leftJoin('assessment_plan as pl', (j) =>
      j.onRef('pl.group_id', '=', 't.group_id').onRef('pl.program_id', '=', 't.program_id'),
    )
    .select([
      't.group_id',
      't.program_id',
      't.rank',
      't.reason',
      't.reason_th',
      't.selected_on',
      'g.name_th as group_name_th',
      'go.path as group_path',
      'p.id as province_id',
      'p.name_th as province_name_th',
      'd.id as district_id',
      'd.name_th as district_name_th',
      'd.path as district_path',
      'f.status as forum_status',
      'f.held_on',
      'f.reported_at',
      'pl.status as plan_status',
    ])
    .where('t.program_id', '=', programId);
}
export type TargetRow = Awaited<ReturnType<ReturnType<typeof targetSelect>['execute']>>[number];

export async function targetedProvinces(db: Q, programId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('assessment_target')
    .select('province_id')
    .distinct()
    .where('program_id', '=', programId)
    .execute();
  return new Set(rows.map((r) => r.province_id));
}

export function findTarget(db: Q, programId: string, groupId: string) {
  return targetSelect(db, programId).where('t.group_id', '=', groupId).executeTakeFirst();
}

export function findForum(db: Q, programId: string, groupId: string, opts: { forUpdate?: boolean } = {}) {
  let q = db
    .selectFrom('assessment_forum')
    .selectAll()
    .where('program_id', '=', programId)
    .where('group_id', '=', groupId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type ForumRow = NonNullable<Awaited<ReturnType<typeof findForum>>>;

export interface ForumKey {
  programId: string;
  groupId: string;
}

export function answersOf(db: Q, k: ForumKey) {
  return db
    .selectFrom('assessment_answer')
    .selectAll()
    .where('program_id', '=', k.programId)
    .where('group_id', '=', k.groupId)
    .execute();
}

export function evidenceOf(db: Q, k: ForumKey) {
  return db
    .selectFrom('assessment_evidence as e')
    .innerJoin('stored_file as f', 'f.id', 'e.file_id')
    .select(['e.file_id', 'e.instrument_id', 'e.indicator_code', 'f.file_name', 'f.content_type', 'f.byte_size'])
    .where('e.program_id', '=', k.programId)
    .where('e.group_id', '=', k.groupId)
    .orderBy('e.created_at')
    .execute();
}

export function resultsOf(db: Q, k: ForumKey) {
  return db
    .selectFrom('assessment_result')
    .selectAll()
    .where('program_id', '=', k.programId)
    .where('group_id', '=', k.groupId)
    .execute();
}

export function findPlan(db: Q, k: ForumKey, opts: { forUpdate?: boolean } = {}) {
  let q = db
    .selectFrom('assessment_plan')
    .selectAll()
    .where('program_id', '=', k.programId)
    .where('group_id', '=', k.groupId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export function planItemsOf(db: Q, k: ForumKey) {
  return db
    .selectFrom('assessment_plan_item')
    .selectAll()
    .where('program_id', '=', k.programId)
    .where('group_id', '=', k.groupId)
    .orderBy('item_no')
    .execute();
}
export type PlanItemRow = Awaited<ReturnType<typeof planItemsOf>>[number];

export function spendingOf(db: Q, k: ForumKey) {
  return db
    .selectFrom('assessment_spending')
    .selectAll()
    .where('program_id', '=', k.programId)
    .where('group_id', '=', k.groupId)
    .orderBy('seq')
    .execute();
}
