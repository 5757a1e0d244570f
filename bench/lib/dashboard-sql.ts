// The raw limit of benchmark (c): the dashboard's figures for one unit as ONE hand-written SQL
// statement over the maintained tables — the five figures per child from group_month_figure, the
// 12-month trend, groups by level, arrears from loan_position (when the table exists) and one
// campaign's progress (from the journal: no maintained campaign roll-up exists yet).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';

export interface DashboardScope {
  label: string;
  orgUnitId: string;
  path: string;
  /** Which path segment names the child the figures break down by; null = by group. */
  childSegment: number | null;
}

export interface RawDashboardOptions {
  asOf: string;
  /** First day of each of the 12 months ending with asOf's. */
  months: string[];
  campaign: { id: string; from: string; to: string; min: number } | null;
  hasLoanPosition: boolean;
}

export async function dashboardBySql(db: Kysely<DB>, s: DashboardScope, o: RawDashboardOptions): Promise<unknown> {
  const prefix = s.path.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
  const child = s.childSegment === null ? sql`g.id::text` : sql`split_part(o.path, '/', ${s.childSegment})`;
  const last = o.months.at(-1)!;
  const arrears = o.hasLoanPosition
    ? sql`(SELECT json_build_object('loans', count(*), 'outstanding', coalesce(sum(p.outstanding), 0)) FROM loan_position p
           JOIN grp ON grp.id = p.group_id WHERE p.outstanding > 0 AND p.unpaid_since < ${o.asOf}::date)`
    : sql`NULL::json`;
  const c = o.campaign;
  const campaign = c
    ? sql`(SELECT json_build_object('adding', count(*) FILTER (WHERE by_pledge OR by_special), 'special', coalesce(sum(special), 0)) FROM (
          SELECT d.group_id, d.member_no, bool_or(d.pledged - m.monthly_pledge >= ${c.min}) AS by_pledge,
            sum(d.special_in) >= ${c.min} AS by_special, sum(d.special_in) AS special
          FROM (
            SELECT l.group_id, l.member_no, e.posted_on,
              coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '3101'), 0) AS pledged,
              coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '2101' AND l.amount < 0), 0) AS special_in
            FROM journal_line l JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
            WHERE l.group_id IN (SELECT id FROM grp) AND l.member_no IS NOT NULL AND e.kind = 'meeting_day'
              AND e.posted_on BETWEEN ${c.from} AND ${c.to}
              AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.group_id = e.group_id AND r.reverses_entry_no = e.entry_no)
            GROUP BY l.group_id, l.member_no, e.posted_on) d
          JOIN group_member m ON m.group_id = d.group_id AND m.member_no = d.member_no
          GROUP BY d.group_id, d.member_no) pm)`
    : sql`NULL::json`;
  const row = await sql<{ dashboard: unknown }>`
    WITH grp AS (
      SELECT g.id, ${child} AS child_id FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
      WHERE o.path LIKE ${prefix}
    ),
    fig AS (
      SELECT grp.child_id, f.* FROM group_month_figure f JOIN grp ON grp.id = f.group_id WHERE f.month <= ${last}::date
    ),
    per_month AS (
      SELECT greatest(month, ${o.months[0]}::date) AS month, sum(members) AS members, sum(pledged) AS pledged,
        sum(special) AS special, sum(outstanding) AS outstanding, sum(lent) AS lent, sum(borrowers) AS borrowers
      FROM fig GROUP BY 1
    )
    SELECT json_build_object(
      'children', (SELECT json_agg(x) FROM (
        SELECT child_id, sum(members) AS members, sum(pledged) AS pledged, sum(special) AS special,
          sum(borrowers) AS borrowers, sum(lent) AS lent, sum(outstanding) AS outstanding
        FROM fig GROUP BY child_id) x),
      'groups', (SELECT count(*) FROM grp),
      'trend', (SELECT json_agg(t ORDER BY month) FROM (
        SELECT month, sum(members) OVER w AS members, sum(pledged) OVER w AS pledged, sum(special) OVER w AS special,
          sum(outstanding) OVER w AS outstanding, sum(lent) OVER w AS lent, sum(borrowers) OVER w AS borrowers
        FROM per_month WINDOW w AS (ORDER BY month)) t),
      'levels', (SELECT json_agg(v) FROM (
        SELECT (SELECT l.level FROM group_level l WHERE l.group_id = grp.id ORDER BY l.effective_on DESC LIMIT 1) AS level, count(*)
        FROM grp GROUP BY 1) v),
      'arrears', ${arrears},
      'campaign', ${campaign}
    ) AS dashboard`.execute(db);
  return row.rows[0]!.dashboard;
}
