// Campaign progress per group, rolled up to the children of the unit asked about. A member counts
// as "adding" when, inside the window, they deposited at least the campaign amount of special
// savings in total, or paid at least that much above their monthly pledge on one meeting day.
// Reversed postings do not count. New members joined inside the window. The figures are maintained
// with the postings (maintain-campaigns.ts); campaigns.db.test.ts checks them against a journal scan.
import { sql } from 'kysely';
import { notFound } from '../../kernel/errors.js';
import { satang, sum } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt, requireRecordAccess } from '../access/index.js';
import type { TCampaignFigures, TCampaignProgress } from './campaigns.schemas.js';
import { campaignSelect, toCampaign } from './get-campaign.js';
import { likePrefix } from '../../db/like.js';

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
  const prefix = likePrefix(unit.path);
  // From the figures maintained with every posting (maintain-campaigns.ts), not the journal.
  const rows = await sql<GroupRow>`
    SELECT g.id AS group_id, ${child} AS child_id,
      coalesce(f.new_members, 0) AS new_members, coalesce(f.adding, 0) AS adding,
      coalesce(f.adding_pledge, 0) AS adding_pledge, coalesce(f.adding_special, 0) AS adding_special,
      coalesce(f.special, 0) AS special
    FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
    LEFT JOIN campaign_group_figure f ON f.group_id = g.id AND f.campaign_id = ${row.id}
    WHERE o.path LIKE ${prefix}`.execute(ctx.db);
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
