// Roll-ups of the groups' books by nation, province and district, computed from the journal itself
// so they always equal the sum of the groups' ledgers (nobody retypes a figure).
import { sql } from 'kysely';
import { notFound } from '../../kernel/errors.js';
import { todayInBangkok } from '../../kernel/dates.js';
import { satang, sum } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireRecordAccess } from '../access/index.js';
import type { TFigures, TRollup } from './reports.schemas.js';

// Path segment holding the child a unit's figures break down by: /TH/<province>/<district>/…
const CHILD_SEGMENT: Record<string, { segment: number; kind: 'province' | 'district' | 'group' }> = {
  department: { segment: 3, kind: 'province' },
  province: { segment: 4, kind: 'district' },
};

interface GroupFigures {
  group_id: string;
  child_id: string;
  members: string;
  pledged: string;
  special: string;
  borrowers: string;
  lent: string;
  outstanding: string;
}

export async function rollup(
  ctx: UseCaseContext,
  q: { orgUnitId: string; asOf?: string | undefined },
): Promise<TRollup> {
  const unit = await ctx.db
    .selectFrom('org_unit')
    .select(['id', 'name_th', 'path', 'kind'])
    .where('id', '=', q.orgUnitId)
    .executeTakeFirst();
  if (!unit) throw notFound();
  requireRecordAccess(ctx.actor, 'savings:read', unit.path);
  const asOf = q.asOf ?? todayInBangkok(ctx.clock);
  const child = CHILD_SEGMENT[unit.kind];
  const childExpr = child ? sql<string>`split_part(o.path, '/', ${child.segment})` : sql<string>`g.id::text`;
  const prefix = unit.path.replace(/[\\%_]/g, (ch) => '\\' + ch) + '%';
  // One pass over the journal lines of the groups below the unit, per group and member.
  const rows = await sql<GroupFigures>`
    WITH grp AS (
      SELECT g.id, ${childExpr} AS child_id
      FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
      WHERE o.path LIKE ${prefix}
    ),
    per_member AS (
      SELECT l.group_id, l.member_no,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '3101'), 0) AS pledged,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '2101'), 0) AS special,
        coalesce(sum(l.amount) FILTER (WHERE l.account_code = '1201'), 0) AS outstanding,
        coalesce(sum(l.amount) FILTER (WHERE l.account_code = '1201' AND e.kind IN ('loan_disbursement', 'opening') AND l.amount > 0), 0) AS lent
      FROM journal_line l
      JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
      WHERE l.group_id IN (SELECT id FROM grp) AND l.member_no IS NOT NULL AND e.posted_on <= ${asOf}
      GROUP BY l.group_id, l.member_no
    ),
    active AS (
      SELECT m.group_id, count(*) AS members
      FROM group_member m
      WHERE m.group_id IN (SELECT id FROM grp) AND m.joined_on <= ${asOf} AND (m.left_on IS NULL OR m.left_on > ${asOf})
      GROUP BY m.group_id
    )
    SELECT grp.id AS group_id, grp.child_id,
      coalesce(a.members, 0) AS members,
      coalesce(sum(p.pledged), 0) AS pledged,
      coalesce(sum(p.special), 0) AS special,
      count(p.member_no) FILTER (WHERE p.outstanding > 0) AS borrowers,
      coalesce(sum(p.lent), 0) AS lent,
      coalesce(sum(p.outstanding), 0) AS outstanding
    FROM grp
    LEFT JOIN per_member p ON p.group_id = grp.id
    LEFT JOIN active a ON a.group_id = grp.id
    GROUP BY grp.id, grp.child_id, a.members`.execute(ctx.db);

  const byChild = new Map<string, GroupFigures[]>();
  for (const r of rows.rows) byChild.set(r.child_id, [...(byChild.get(r.child_id) ?? []), r]);
  const names = await childNames(ctx, child?.kind ?? 'group', [...byChild.keys()]);
  return {
    orgUnitId: unit.id,
    orgUnitNameTh: unit.name_th,
    asOf,
    totals: figures(rows.rows),
    children: [...byChild.entries()]
      .map(([id, rs]) => ({ id, nameTh: names.get(id) ?? id, kind: child?.kind ?? 'group', figures: figures(rs) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

function figures(rs: GroupFigures[]): TFigures {
  const money = (k: keyof GroupFigures) => sum(rs.map((r) => satang(Number(r[k]))));
  const pledgedSavings = money('pledged');
  const specialSavings = money('special');
  return {
    groups: rs.length,
    members: rs.reduce((a, r) => a + Number(r.members), 0),
    savings: sum([pledgedSavings, specialSavings]),
    pledgedSavings,
    specialSavings,
    borrowers: rs.reduce((a, r) => a + Number(r.borrowers), 0),
    lent: money('lent'),
    outstanding: money('outstanding'),
  };
}

async function childNames(ctx: UseCaseContext, kind: 'province' | 'district' | 'group', ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows =
    kind === 'group'
      ? await ctx.db.selectFrom('savings_group').select(['id', 'name_th']).where('id', 'in', ids).execute()
      : await ctx.db.selectFrom('org_unit').select(['id', 'name_th']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name_th]));
}
