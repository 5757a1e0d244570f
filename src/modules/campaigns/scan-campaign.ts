// The definition of campaign progress as a scan of the journal over the window (what the maintained
// figures must equal): for tests and for checking a database by hand, never for serving pages.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { likePrefix } from '../../db/like.js';

export interface ScannedGroup {
  group_id: string;
  new_members: number;
  adding: number;
  adding_pledge: number;
  adding_special: number;
  special: number;
}

/** Per group under `path` (an org path inside the campaign's area), its progress from the journal. */
export async function scanCampaign(db: Kysely<DB>, campaignId: string, path: string): Promise<ScannedGroup[]> {
  const prefix = likePrefix(path);
  const rows = await sql<Record<keyof ScannedGroup, string>>`
    WITH c AS (SELECT starts_on, ends_on, min_amount FROM savings_campaign WHERE id = ${campaignId}),
    grp AS (SELECT g.id FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id WHERE o.path LIKE ${prefix}),
    days AS (
      SELECT l.group_id, l.member_no, e.posted_on,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '3101'), 0) AS pledged,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '2101' AND l.amount < 0), 0) AS special_in
      FROM journal_line l JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no, c
      WHERE l.group_id IN (SELECT id FROM grp) AND l.member_no IS NOT NULL
        AND e.kind = 'meeting_day' AND e.posted_on BETWEEN c.starts_on AND c.ends_on
        AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.group_id = e.group_id AND r.reverses_entry_no = e.entry_no)
      GROUP BY l.group_id, l.member_no, e.posted_on
    ),
    per_member AS (
      SELECT d.group_id, d.member_no,
        bool_or(d.pledged - m.monthly_pledge >= c.min_amount) AS by_pledge,
        sum(d.special_in) >= c.min_amount AS by_special,
        sum(d.special_in) AS special
      FROM days d JOIN group_member m ON m.group_id = d.group_id AND m.member_no = d.member_no, c
      GROUP BY d.group_id, d.member_no, c.min_amount
    )
    SELECT grp.id AS group_id,
      (SELECT count(*) FROM group_member m, c WHERE m.group_id = grp.id AND m.joined_on BETWEEN c.starts_on AND c.ends_on) AS new_members,
      count(p.member_no) FILTER (WHERE p.by_pledge OR p.by_special) AS adding,
      count(p.member_no) FILTER (WHERE p.by_pledge) AS adding_pledge,
      count(p.member_no) FILTER (WHERE p.by_special) AS adding_special,
      coalesce(sum(p.special), 0) AS special
    FROM grp LEFT JOIN per_member p ON p.group_id = grp.id
    GROUP BY grp.id`.execute(db);
  return rows.rows.map((r) => ({
    group_id: r.group_id,
    new_members: Number(r.new_members),
    adding: Number(r.adding),
    adding_pledge: Number(r.adding_pledge),
    adding_special: Number(r.adding_special),
    special: Number(r.special),
  }));
}
