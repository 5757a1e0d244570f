// Roll-ups of the groups' books by nation, province and district, at the end of the month that
// contains asOf (default: now), from the roll-up maintained with every posting; tests check it
// equals the sum of the groups' ledgers (nobody retypes a figure).
import { sql } from 'kysely';
import { notFound } from '../../kernel/errors.js';
import { todayInBangkok } from '../../kernel/dates.js';
import { satang, sum } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireRecordAccess } from '../access/index.js';
import type { TFigures, TRollup } from './reports.schemas.js';
import { likePrefix } from '../../db/like.js';

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
  const prefix = likePrefix(unit.path);
  // From the maintained monthly figures (ledger/maintain-figures.ts): no journal scan.
  const month = `${asOf.slice(0, 7)}-01`;
  const rows = await sql<GroupFigures>`
    SELECT g.id AS group_id, ${childExpr} AS child_id,
      coalesce(sum(f.members), 0) AS members,
      coalesce(sum(f.pledged), 0) AS pledged,
      coalesce(sum(f.special), 0) AS special,
      coalesce(sum(f.borrowers), 0) AS borrowers,
      coalesce(sum(f.lent), 0) AS lent,
      coalesce(sum(f.outstanding), 0) AS outstanding
    FROM savings_group g
    JOIN org_unit o ON o.id = g.org_unit_id
    LEFT JOIN group_month_figure f ON f.group_id = g.id AND f.month <= ${month}
    WHERE o.path LIKE ${prefix}
    GROUP BY g.id, child_id`.execute(ctx.db);

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
