// What seed 004's target selection needs to know about every group under an org path on a date:
// its development level and whether it leads a community fund management centre then (both the
// latest recorded on or before the date), and its active members.
import { sql, type Kysely, type Transaction } from 'kysely';
import { likePrefix } from '../../db/like.js';
import type { DB } from '../../db/schema.js';

export interface GroupStanding {
  groupId: string;
  nameTh: string;
  orgPath: string;
  provinceId: string;
  districtId: string;
  level: number | null;
  leadsFundCentre: boolean;
  centreNameTh: string;
  activeMembers: number;
}

/** Active groups founded by `on` under `underPath`; with `level`, only groups at that level on `on`. */
export async function groupStandings(
  db: Kysely<DB> | Transaction<DB>,
  opts: { underPath: string; on: string; level?: number },
): Promise<GroupStanding[]> {
  const rows = await sql<{
    id: string;
    name_th: string;
    path: string;
    level: number | null;
    leads: boolean | null;
    centre_name_th: string | null;
    active: string;
  }>`
    WITH g AS (
      SELECT g.id, g.name_th, o.path,
        (SELECT l.level FROM group_level l WHERE l.group_id = g.id AND l.effective_on <= ${opts.on}::date
          ORDER BY l.effective_on DESC LIMIT 1) AS level
      FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
      WHERE g.status = 'active' AND g.founded_on <= ${opts.on}::date AND o.path LIKE ${likePrefix(opts.underPath)}
    )
    SELECT g.id, g.name_th, g.path, g.level, f.leads, f.centre_name_th,
      (SELECT count(*) FROM group_member m WHERE m.group_id = g.id AND m.status = 'active'
        AND m.joined_on <= ${opts.on}::date)::text AS active
    FROM g
    LEFT JOIN LATERAL (
      SELECT f.leads, f.centre_name_th FROM group_fund_centre f
      WHERE f.group_id = g.id AND f.effective_on <= ${opts.on}::date ORDER BY f.effective_on DESC LIMIT 1
    ) f ON true
    WHERE ${opts.level === undefined ? sql`true` : sql`g.level = ${opts.level}`}`.execute(db);
  return rows.rows.map((r) => ({
    groupId: r.id,
    nameTh: r.name_th,
    orgPath: r.path,
    provinceId: r.path.split('/')[2]!,
    districtId: r.path.split('/')[3]!,
    level: r.level === null ? null : Number(r.level),
    leadsFundCentre: r.leads === true,
    centreNameTh: r.leads ? (r.centre_name_th ?? '') : '',
    activeMembers: Number(r.active),
  }));
}
