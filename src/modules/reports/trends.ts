// The five figures month by month for a unit (end-of-month values), and its groups by development
// level — from the maintained monthly roll-up, so a national chart reads ~31,715 × months rows.
import { sql } from 'kysely';
import { notFound } from '../../kernel/errors.js';
import { dateParts, todayInBangkok, civilDate } from '../../kernel/dates.js';
import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireRecordAccess } from '../access/index.js';
import type { TTrends } from './reports.schemas.js';
import { likePrefix } from '../../db/like.js';

export function monthsBack(asOf: string, n: number): string[] {
  const { year, month } = dateParts(civilDate(asOf));
  return Array.from({ length: n }, (_, i) => {
    const k = year * 12 + (month - 1) - (n - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`;
  });
}

export async function trends(
  ctx: UseCaseContext,
  q: { orgUnitId: string; months: number; asOf?: string | undefined },
): Promise<TTrends> {
  const unit = await ctx.db
    .selectFrom('org_unit')
    .select(['id', 'name_th', 'path'])
    .where('id', '=', q.orgUnitId)
    .executeTakeFirst();
  if (!unit) throw notFound();
  requireRecordAccess(ctx.actor, 'savings:read', unit.path);
  const months = monthsBack(q.asOf ?? todayInBangkok(ctx.clock), q.months);
  const prefix = likePrefix(unit.path);
  const last = months.at(-1)!;
  // Cumulative sums per month: everything before the window folds into its first month.
  const rows = await sql<{
    month: string;
    members: string;
    pledged: string;
    special: string;
    outstanding: string;
    lent: string;
    borrowers: string;
  }>`
    WITH scoped AS (
      SELECT greatest(f.month, ${months[0]}::date) AS month, f.members, f.pledged, f.special, f.outstanding, f.lent, f.borrowers
      FROM group_month_figure f
      JOIN savings_group g ON g.id = f.group_id JOIN org_unit o ON o.id = g.org_unit_id
      WHERE o.path LIKE ${prefix} AND f.month <= ${last}
    ), per_month AS (
      SELECT month, sum(members) AS members, sum(pledged) AS pledged, sum(special) AS special,
        sum(outstanding) AS outstanding, sum(lent) AS lent, sum(borrowers) AS borrowers
      FROM scoped GROUP BY month
    )
    SELECT to_char(month, 'YYYY-MM-DD') AS month,
      sum(members) OVER w AS members, sum(pledged) OVER w AS pledged, sum(special) OVER w AS special,
      sum(outstanding) OVER w AS outstanding, sum(lent) OVER w AS lent, sum(borrowers) OVER w AS borrowers
    FROM per_month WINDOW w AS (ORDER BY month)`.execute(ctx.db);
  const groups = await sql<{ month: string; groups: string }>`
    SELECT to_char(m.month, 'YYYY-MM-DD') AS month, count(g.id) AS groups
    FROM unnest(${months}::date[]) AS m(month)
    LEFT JOIN (savings_group g JOIN org_unit o ON o.id = g.org_unit_id AND o.path LIKE ${prefix})
      ON g.founded_on < m.month + interval '1 month'
    GROUP BY m.month`.execute(ctx.db);
  const groupCount = new Map(groups.rows.map((r) => [r.month, Number(r.groups)]));
  let carry = { members: 0, pledged: 0, special: 0, outstanding: 0, lent: 0, borrowers: 0 };
  const byMonth = new Map(rows.rows.map((r) => [r.month, r]));
  const series = months.map((month) => {
    const r = byMonth.get(month);
    if (r) {
      carry = {
        members: Number(r.members),
        pledged: Number(r.pledged),
        special: Number(r.special),
        outstanding: Number(r.outstanding),
        lent: Number(r.lent),
        borrowers: Number(r.borrowers),
      };
    }
    return {
      month,
      groups: groupCount.get(month) ?? 0,
      members: carry.members,
      savings: satang(carry.pledged + carry.special),
      pledgedSavings: satang(carry.pledged),
      specialSavings: satang(carry.special),
      borrowers: carry.borrowers,
      lent: satang(carry.lent),
      outstanding: satang(carry.outstanding),
    };
  });
  const levels = await sql<{ level: number | null; groups: string }>`
    SELECT (SELECT l.level FROM group_level l WHERE l.group_id = g.id ORDER BY l.effective_on DESC LIMIT 1) AS level,
      count(*) AS groups
    FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
    WHERE o.path LIKE ${prefix} GROUP BY 1 ORDER BY 1`.execute(ctx.db);
  return {
    orgUnitId: unit.id,
    orgUnitNameTh: unit.name_th,
    months: series,
    groupsByLevel: levels.rows.map((l) => ({ level: l.level, groups: Number(l.groups) })),
  };
}
