// Campaign progress per group, rolled up to the children of the unit asked about. A member counts
// as "adding" when, inside the window, they deposited at least the campaign amount of special
// savings in total, or paid at least that much above their monthly pledge on one meeting day.
// Reversed postings do not count.
import { sql } from 'kysely';
import { notFound } from '../../kernel/errors.js';
import { satang, sum } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt, requireRecordAccess } from '../access/index.js';
import type { TCampaignFigures, TCampaignProgress } from './campaigns.schemas.js';
import { campaignSelect, toCampaign } from './get-campaign.js';

interface GroupRow {
  group_id: string;
  child_id: string;
  new_members: string;
  adding: string;
  adding_pledge: string;
  adding_special: string;
  special: string;
}

const SEGMENT: Record<string, number> = { department: 3, province: 4 };

export async function campaignProgress(
  ctx: UseCaseContext,
  campaignId: string,
  orgUnitId: string | undefined,
): Promise<TCampaignProgress> {
  const row = await campaignSelect(ctx.db).where('c.id', '=', campaignId).executeTakeFirst();
  if (!row) throw notFound();
  const unit = await ctx.db
    .selectFrom('org_unit')
    .select(['id', 'path', 'kind'])
    .where('id', '=', orgUnitId ?? row.org_unit_id)
    .executeTakeFirst();
  // The unit must lie inside the campaign's area and inside the actor's scope.
  if (!unit || !unit.path.startsWith(row.path)) throw notFound();
  requireRecordAccess(ctx.actor, 'savings:read', unit.path);
  const segment = SEGMENT[unit.kind];
  const child = segment ? sql<string>`split_part(o.path, '/', ${segment})` : sql<string>`g.id::text`;
  const prefix = unit.path.replace(/[\\%_]/g, (ch) => '\\' + ch) + '%';
  const { starts_on: from, ends_on: to } = row;
  const min = Number(row.min_amount);
  const rows = await sql<GroupRow>`
    WITH grp AS (
      SELECT g.id, ${child} AS child_id FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
      WHERE o.path LIKE ${prefix}
    ),
    days AS (
      SELECT l.group_id, l.member_no, e.posted_on,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '3101'), 0) AS pledged,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '2101' AND l.amount < 0), 0) AS special_in
      FROM journal_line l JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
      WHERE l.group_id IN (SELECT id FROM grp) AND l.member_no IS NOT NULL
        AND e.kind = 'meeting_day' AND e.posted_on BETWEEN ${from} AND ${to}
        AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.group_id = e.group_id AND r.reverses_entry_no = e.entry_no)
      GROUP BY l.group_id, l.member_no, e.posted_on
    ),
    per_member AS (
      SELECT d.group_id, d.member_no,
        bool_or(d.pledged - m.monthly_pledge >= ${min}) AS by_pledge,
        sum(d.special_in) >= ${min} AS by_special,
        sum(d.special_in) AS special
      FROM days d JOIN group_member m ON m.group_id = d.group_id AND m.member_no = d.member_no
      GROUP BY d.group_id, d.member_no
    )
    SELECT grp.id AS group_id, grp.child_id,
      (SELECT count(*) FROM group_member m WHERE m.group_id = grp.id AND m.joined_on BETWEEN ${from} AND ${to}) AS new_members,
      count(p.member_no) FILTER (WHERE p.by_pledge OR p.by_special) AS adding,
      count(p.member_no) FILTER (WHERE p.by_pledge) AS adding_pledge,
      count(p.member_no) FILTER (WHERE p.by_special) AS adding_special,
      coalesce(sum(p.special), 0) AS special
    FROM grp LEFT JOIN per_member p ON p.group_id = grp.id
    GROUP BY grp.id, grp.child_id`.execute(ctx.db);
  const byChild = new Map<string, GroupRow[]>();
  for (const r of rows.rows) byChild.set(r.child_id, [...(byChild.get(r.child_id) ?? []), r]);
  const ids = [...byChild.keys()];
  const names = new Map(
    ids.length === 0
      ? []
      : (segment
          ? await ctx.db.selectFrom('org_unit').select(['id', 'name_th']).where('id', 'in', ids).execute()
          : await ctx.db.selectFrom('savings_group').select(['id', 'name_th']).where('id', 'in', ids).execute()
        ).map((n) => [n.id, n.name_th]),
  );
  return {
    campaign: toCampaign(row),
    orgUnitId: unit.id,
    totals: figures(rows.rows),
    children: ids.sort().map((id) => ({ id, nameTh: names.get(id) ?? id, figures: figures(byChild.get(id)!) })),
  };
}

function figures(rs: GroupRow[]): TCampaignFigures {
  const count = (k: keyof GroupRow) => rs.reduce((a, r) => a + Number(r[k]), 0);
  return {
    groups: rs.length,
    newMembers: count('new_members'),
    membersAdding: count('adding'),
    membersAddingPledge: count('adding_pledge'),
    membersAddingSpecial: count('adding_special'),
    specialDeposited: sum(rs.map((r) => satang(Number(r.special)))),
  };
}

/** Campaigns whose area the actor can see into: their own units' and their ancestors'. */
export async function listCampaigns(ctx: UseCaseContext) {
  const rows = await campaignSelect(ctx.db).orderBy('c.starts_on', 'desc').execute();
  const visible = rows.filter(
    (r) =>
      canAt(ctx.actor, 'savings:read', r.path) ||
      ctx.actor.grants.some((g) => g.permissions.includes('savings:read') && g.orgPath.startsWith(r.path)),
  );
  return { items: visible.map(toCampaign) };
}
