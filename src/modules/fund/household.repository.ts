// Typed SQL for surveyed households; who may read them is decided in the use cases.
import type { Kysely, Transaction } from 'kysely';
import { likePrefix } from '../../db/like.js';
import type { DB } from '../../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

function householdSelect(db: Q) {
  return db
    .selectFrom('fund_household as h')
    .innerJoin('org_unit as d', 'd.id', 'h.district_id')
    .innerJoin('org_unit as v', 'v.id', 'h.village_id')
    .selectAll('h')
    .select([
      'd.path as district_path',
      'd.name_th as district_name_th',
      'v.name_th as village_name_th',
      'v.village_no',
      (eb) =>
        eb
          .selectFrom('fund_household_member as m')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('m.household_id', '=', 'h.id')
          .as('member_count'),
    ]);
}
export type HouseholdRow = Awaited<ReturnType<ReturnType<typeof householdSelect>['executeTakeFirstOrThrow']>>;

export function findHousehold(db: Q, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(undefined);
  let q = householdSelect(db).where('h.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate('h');
  return q.executeTakeFirst();
}

/** A fund's households in the districts under `roots` (the caller's readable subtrees). */
export function householdsIn(db: Q, fundId: string, roots: readonly string[], districtId?: string) {
  if (roots.length === 0) return Promise.resolve([]);
  let q = householdSelect(db)
    .where('h.fund_id', '=', fundId)
    .where((eb) => eb.or(roots.map((r) => eb('d.path', 'like', likePrefix(r)))));
  if (districtId) q = q.where('h.district_id', '=', districtId);
  return q.orderBy('h.district_id').orderBy('h.household_no').execute();
}

export function householdsByIds(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return householdSelect(db)
    .where('h.id', 'in', [...ids])
    .execute();
}

export function membersOf(db: Q, householdId: string) {
  return db
    .selectFrom('fund_household_member')
    .selectAll()
    .where('household_id', '=', householdId)
    .orderBy('seq')
    .execute();
}

/** The village with its district (the ancestor of kind 'district' on its path). */
export async function villageWithDistrict(db: Q, villageId: string) {
  const v = await db
    .selectFrom('org_unit')
    .select(['id', 'kind', 'path', 'name_th', 'village_no'])
    .where('id', '=', villageId)
    .executeTakeFirst();
  if (!v) return undefined;
  const ancestors = v.path.split('/').filter(Boolean);
  const district = await db
    .selectFrom('org_unit')
    .select(['id', 'path', 'name_th'])
    .where('id', 'in', ancestors)
    .where('kind', '=', 'district')
    .executeTakeFirst();
  return { village: v, district };
}
