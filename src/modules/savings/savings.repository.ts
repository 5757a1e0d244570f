// Typed SQL for groups and members; no rules here.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ZGroupRules, type TGroupRules } from './rules.js';

type Q = Kysely<DB> | Transaction<DB>;

/** Groups with their location, supervising district (path segment 3) and current level. */
export function groupSelect(db: Q) {
  return db
    .selectFrom('savings_group as g')
    .innerJoin('org_unit as o', 'o.id', 'g.org_unit_id')
    .innerJoin('org_unit as d', (j) => j.on(sql`d.id`, '=', sql`split_part(o.path, '/', 4)`))
    .select([
      'g.id',
      'g.name_th',
      'g.org_unit_id',
      'o.name_th as org_unit_name_th',
      'o.path',
      'd.id as district_id',
      'd.name_th as district_name_th',
      sql<string>`split_part(o.path, '/', 3)`.as('province_id'),
      'g.founded_on',
      'g.status',
      'g.version',
      (eb) =>
        eb
          .selectFrom('group_level as l')
          .select('l.level')
          .whereRef('l.group_id', '=', 'g.id')
          .orderBy('l.effective_on', 'desc')
          .limit(1)
          .as('level'),
      (eb) =>
        eb
          .selectFrom('group_member as m')
          .select(sql<string>`count(*)`.as('n'))
          .whereRef('m.group_id', '=', 'g.id')
          .where('m.status', '=', 'active')
          .as('active_members'),
    ]);
}
export type GroupRow = Awaited<ReturnType<ReturnType<typeof groupSelect>['executeTakeFirstOrThrow']>>;

/** The rule set in effect on a date (the latest effective on or before it). */
export async function rulesOn(
  db: Q,
  groupId: string,
  date: string,
): Promise<{ effectiveFrom: string; rules: TGroupRules } | undefined> {
  const row = await db
    .selectFrom('group_rule_set')
    .select(['effective_from', 'rules'])
    .where('group_id', '=', groupId)
    .where('effective_from', '<=', date)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && { effectiveFrom: row.effective_from, rules: ZGroupRules.parse(row.rules) };
}

/**
 * Each member's pledged and special savings and loan principal owed, from the balances every posting
 * maintains (ledger/maintain-figures.ts; checked against the journal by the property tests).
 */
export async function memberBalances(db: Q, groupId: string, memberNo?: number) {
  let q = db
    .selectFrom('member_balance')
    .select(['member_no', 'pledged', 'special', 'outstanding'])
    .where('group_id', '=', groupId);
  if (memberNo !== undefined) q = q.where('member_no', '=', memberNo);
  const rows = await q.execute();
  return new Map(
    rows.map((r) => [
      r.member_no,
      { pledgedSavings: Number(r.pledged), specialSavings: Number(r.special), loansOutstanding: Number(r.outstanding) },
    ]),
  );
}
