// Typed SQL for the programs module; rules live in the use cases.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { TUserRef } from './programs.schemas.js';

type Q = Kysely<DB> | Transaction<DB>;

export function findOrgUnit(db: Q, id: string) {
  return db
    .selectFrom('org_unit as o')
    .leftJoin('org_unit as p', 'p.id', 'o.parent_id')
    .select(['o.id', 'o.kind', 'o.path', 'o.name_th', 'o.parent_id', 'p.name_th as parent_name_th'])
    .where('o.id', '=', id)
    .executeTakeFirst();
}

/** Accounts with their person's name and position, as signatures print them. */
export async function findUserRefs(
  db: Q,
  userIds: readonly string[],
): Promise<Map<string, TUserRef & { active: boolean }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('user_account as u')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .select(['u.id', 'u.is_active', 'p.title', 'p.first_name', 'p.last_name', 'pos.name_th as position_th'])
    .where('u.id', 'in', [...new Set(userIds)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        userId: r.id,
        fullName: `${r.title}${r.first_name} ${r.last_name}`,
        positionTh: r.position_th,
        active: r.is_active,
      },
    ]),
  );
}

export function findProject(db: Q, id: string) {
  return db
    .selectFrom('project as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .selectAll('p')
    .select(['o.path as org_path', 'o.name_th as org_name_th'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}
export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

/** Locks the project row for a state change, so two signers cannot act on the same step at once. */
export function lockProject(trx: Transaction<DB>, id: string) {
  return trx
    .selectFrom('project')
    .select(['id', 'status', 'current_step'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function loadChain(db: Q, projectId: string) {
  return db
    .selectFrom('project_signoff_step')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('step_no')
    .execute();
}
export type ChainRow = Awaited<ReturnType<typeof loadChain>>[number];

export function loadEvents(db: Q, projectId: string) {
  return db.selectFrom('project_signoff_event').selectAll().where('project_id', '=', projectId).orderBy('id').execute();
}

/** KPI rows of a project (planId null) or of one plan, each with its latest manual actual if any. */
export function kpiRows(db: Q, projectId: string, planId: string | null) {
  return db
    .selectFrom('program_kpi as k')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('program_kpi_actual as a')
          .select(['a.value', 'a.as_of', 'a.note'])
          .whereRef('a.kpi_id', '=', 'k.id')
          .orderBy('a.as_of', 'desc')
          .orderBy('a.recorded_at', 'desc')
          .limit(1)
          .as('a'),
      (join) => join.onTrue(),
    )
    .select([
      'k.id',
      'k.kind',
      'k.text_th',
      'k.target',
      'k.unit',
      'k.source',
      'k.source_ref',
      'a.value',
      'a.as_of',
      'a.note',
    ])
    .where('k.project_id', '=', projectId)
    .where((eb) => (planId === null ? eb('k.plan_id', 'is', null) : eb('k.plan_id', '=', planId)))
    .orderBy('k.sort_order')
    .execute();
}
export type KpiRow = Awaited<ReturnType<typeof kpiRows>>[number];

export function listPlanHeads(db: Q, projectId: string) {
  return db
    .selectFrom('project_plan')
    .select(['id', 'name_th'])
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findPlan(db: Q, planId: string) {
  return db
    .selectFrom('project_plan as pl')
    .innerJoin('project as p', 'p.id', 'pl.project_id')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .select([
      'pl.id',
      'pl.name_th',
      'pl.project_id',
      'p.title_th as project_title_th',
      'p.project_no',
      'p.fiscal_year',
      'p.org_unit_id',
      'o.path as org_path',
    ])
    .where('pl.id', '=', planId)
    .executeTakeFirst();
}

export function loadPlanSteps(db: Q, planId: string) {
  return db
    .selectFrom('plan_step as s')
    .innerJoin('org_unit as o', 'o.id', 's.owner_unit_id')
    .selectAll('s')
    .select('o.name_th as owner_unit_name_th')
    .where('s.plan_id', '=', planId)
    .orderBy('s.seq')
    .execute();
}

/**
 * The next number in an office's register for a fiscal year. The UPSERT takes the counter row's lock
 * until the caller's transaction ends, so concurrent approvals queue here and get consecutive numbers;
 * a rolled-back approval rolls its increment back with it.
 */
export async function nextRegisterNumber(trx: Transaction<DB>, orgUnitId: string, fiscalYear: number): Promise<number> {
  const { last_no } = await trx
    .insertInto('project_register')
    .values({ org_unit_id: orgUnitId, fiscal_year: fiscalYear, last_no: 1 })
    .onConflict((oc) =>
      oc.columns(['org_unit_id', 'fiscal_year']).doUpdateSet({ last_no: sql`project_register.last_no + 1` }),
    )
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return last_no;
}
