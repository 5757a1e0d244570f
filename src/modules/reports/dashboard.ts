// The province and national dashboard (GET /reports/dashboard): the five figures now and month by
// month, groups by level, arrears, each child unit's figures, and campaign progress — all from
// maintained roll-ups, never the journal. Nation and province read the per-district roll-ups
// (878 × months rows nationally, migration 0013); a district or subdistrict reads its groups' rows.
// Arrears read the per-district arrears roll-up (0017) or the scoped groups' loan positions;
// campaigns read campaign_group_figure.
// dashboard.db.test.ts checks every figure against the journal and a replay of every loan.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { civilDate, compareDates, todayInBangkok, type CivilDate } from '../../kernel/dates.js';
import { satang, type Satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt, requireRecordAccess } from '../access/index.js';
import { campaignSelect, toCampaign } from '../campaigns/index.js';
import { reportCompleteness } from '../requests/index.js';
import { AGING_BUCKETS, type TDashboard, type TFigures } from './reports.schemas.js';
import { monthsBack } from './trends.js';
import { likePrefix } from '../../db/like.js';

type Kind = TDashboard['unit']['kind'];
type ChildKind = TDashboard['children'][number]['kind'];
const CHILD: Record<Kind, { kind: ChildKind; segment: number | null }> = {
  department: { kind: 'province', segment: 3 },
  province: { kind: 'district', segment: 4 },
  district: { kind: 'group', segment: null },
  subdistrict: { kind: 'group', segment: null },
};

interface Sums {
  groups: number;
  members: number;
  pledged: number;
  special: number;
  outstanding: number;
  lent: number;
  borrowers: number;
}
const noSums = (): Sums => ({ groups: 0, members: 0, pledged: 0, special: 0, outstanding: 0, lent: 0, borrowers: 0 });
const addSums = (a: Sums, b: Sums) => {
  for (const k of Object.keys(a) as (keyof Sums)[]) a[k] += b[k];
};
const toFigures = (s: Sums): TFigures => ({
  groups: s.groups,
  members: s.members,
  savings: satang(s.pledged + s.special),
  pledgedSavings: satang(s.pledged),
  specialSavings: satang(s.special),
  borrowers: s.borrowers,
  lent: satang(s.lent),
  outstanding: satang(s.outstanding),
});

const badUnit = () =>
  new AppError({
    code: 'dashboard_unit_unsupported',
    kind: 'validation',
    messageTh: 'แดชบอร์ดแสดงได้เฉพาะระดับประเทศ จังหวัด อำเภอ และตำบล',
    messageEn: 'Dashboards are for the department, a province, a district or a subdistrict',
  });

export async function dashboard(ctx: UseCaseContext, q: { orgUnitId: string; asOf?: string | undefined }) {
  const unit = await ctx.db
    .selectFrom('org_unit')
    .select(['id', 'name_th', 'kind', 'path'])
    .where('id', '=', q.orgUnitId)
    .executeTakeFirst();
  if (!unit) throw notFound();
  requireRecordAccess(ctx.actor, 'savings:read', unit.path);
  if (!(unit.kind in CHILD)) throw badUnit();
  const kind = unit.kind as Kind;
  const today = todayInBangkok(ctx.clock);
  const asOf = q.asOf ? civilDate(q.asOf) : today;
  const months = monthsBack(asOf, 12);
  const child = CHILD[kind];
  const prefix = likePrefix(unit.path);
  const db = ctx.db;
  // Independent reads; on PostgreSQL the pool runs them side by side.
  const [ancestors, figures, levels, arrears, campaigns, reports] = await Promise.all([
    ancestorsOf(db, unit.path),
    child.segment === null ? groupFigures(db, prefix, months) : districtFigures(db, prefix, child.segment, months),
    child.segment === null ? groupLevels(db, prefix) : districtLevels(db, prefix),
    arrearsOf(db, prefix, child.segment, today),
    campaignTotals(ctx, unit.path, asOf),
    reportCompleteness(db, ctx.actor, unit.path, today),
  ]);

  const ids = [...figures.byChild.keys()];
  const names = await childNames(db, child.kind, ids);
  const totalAt = (i: number) => {
    const s = noSums();
    for (const perMonth of figures.byChild.values()) for (let j = 0; j <= i; j++) addSums(s, perMonth[j]!);
    return s;
  };
  const trend = months.map((month, i) => ({ month, ...toFigures(totalAt(i)) }));
  const leveled = [...levels.counts.values()].reduce((a, n) => a + n, 0);
  return {
    unit: { id: unit.id, nameTh: unit.name_th, kind, ancestors },
    asOf,
    totals: toFigures(totalAt(months.length - 1)),
    trend,
    groupsByLevel: [
      ...[...levels.counts].sort(([a], [b]) => a - b).map(([level, groups]) => ({ level, groups })),
      ...(levels.allGroups > leveled ? [{ level: null, groups: levels.allGroups - leveled }] : []),
    ],
    arrears: { asOf: today, ...arrears.totals },
    children: ids
      .map((id) => {
        const s = noSums();
        for (const m of figures.byChild.get(id)!) addSums(s, m);
        return {
          id,
          nameTh: names.get(id) ?? id,
          kind: child.kind,
          figures: toFigures(s),
          arrears: arrears.byChild.get(id) ?? { loans: 0, outstanding: satang(0) },
          level: child.kind === 'group' ? (levels.byGroup.get(id) ?? null) : null,
        };
      })
      .sort((a, b) => a.id.localeCompare(b.id)),
    campaigns,
    reports,
  } satisfies TDashboard;
}

async function ancestorsOf(db: Kysely<DB>, path: string) {
  const ids = path.split('/').filter(Boolean).slice(0, -1);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'name_th', 'kind', 'path'])
    .where('id', 'in', ids)
    .execute();
  return rows.sort((a, b) => a.path.length - b.path.length).map((r) => ({ id: r.id, nameTh: r.name_th, kind: r.kind }));
}

interface MonthRow {
  child_id: string;
  month: string;
  groups: string;
  members: string;
  pledged: string;
  special: string;
  outstanding: string;
  lent: string;
  borrowers: string;
}

/** Per child, the sums of each trend month; everything before the window folds into its first month. */
function byChildAndMonth(rows: MonthRow[], months: string[]) {
  const index = new Map(months.map((m, i) => [m, i]));
  const byChild = new Map<string, Sums[]>();
  for (const r of rows) {
    const perMonth = byChild.get(r.child_id) ?? byChild.set(r.child_id, months.map(noSums)).get(r.child_id)!;
    addSums(perMonth[index.get(r.month)!]!, {
      groups: Number(r.groups),
      members: Number(r.members),
      pledged: Number(r.pledged),
      special: Number(r.special),
      outstanding: Number(r.outstanding),
      lent: Number(r.lent),
      borrowers: Number(r.borrowers),
    });
  }
  return { byChild };
}

async function districtFigures(db: Kysely<DB>, prefix: string, segment: number, months: string[]) {
  const rows = await sql<MonthRow>`
    SELECT split_part(d.path, '/', ${segment}) AS child_id,
      to_char(greatest(f.month, ${months[0]}::date), 'YYYY-MM-DD') AS month,
      sum(f.groups) AS groups, sum(f.members) AS members, sum(f.pledged) AS pledged, sum(f.special) AS special,
      sum(f.outstanding) AS outstanding, sum(f.lent) AS lent, sum(f.borrowers) AS borrowers
    FROM district_month_figure f JOIN org_unit d ON d.id = f.district_id
    WHERE d.path LIKE ${prefix} AND f.month <= ${months.at(-1)}::date
    GROUP BY 1, 2`.execute(db);
  return byChildAndMonth(rows.rows, months);
}

async function groupFigures(db: Kysely<DB>, prefix: string, months: string[]) {
  const rows = await sql<MonthRow>`
    WITH g AS (
      SELECT g.id, g.founded_on FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id WHERE o.path LIKE ${prefix}
    )
    SELECT child_id, to_char(greatest(month, ${months[0]}::date), 'YYYY-MM-DD') AS month,
      sum(groups) AS groups, sum(members) AS members, sum(pledged) AS pledged, sum(special) AS special,
      sum(outstanding) AS outstanding, sum(lent) AS lent, sum(borrowers) AS borrowers
    FROM (
      SELECT g.id::text AS child_id, f.month, 0 AS groups, f.members, f.pledged, f.special, f.outstanding, f.lent, f.borrowers
      FROM g JOIN group_month_figure f ON f.group_id = g.id
      UNION ALL
      SELECT g.id::text, date_trunc('month', g.founded_on)::date, 1, 0, 0, 0, 0, 0, 0 FROM g
    ) x
    WHERE month <= ${months.at(-1)}::date
    GROUP BY 1, 2`.execute(db);
  return byChildAndMonth(rows.rows, months);
}

interface Levels {
  counts: Map<number, number>;
  allGroups: number;
  byGroup: Map<string, number>;
}

async function districtLevels(db: Kysely<DB>, prefix: string): Promise<Levels> {
  const [levels, all] = await Promise.all([
    sql<{ level: number; groups: string }>`
      SELECT l.level, sum(l.groups) AS groups FROM district_group_level l JOIN org_unit d ON d.id = l.district_id
      WHERE d.path LIKE ${prefix} GROUP BY 1`.execute(db),
    sql<{ groups: string }>`
      SELECT coalesce(sum(f.groups), 0) AS groups FROM district_month_figure f JOIN org_unit d ON d.id = f.district_id
      WHERE d.path LIKE ${prefix}`.execute(db),
  ]);
  return {
    counts: new Map(levels.rows.filter((r) => Number(r.groups) > 0).map((r) => [r.level, Number(r.groups)])),
    allGroups: Number(all.rows[0]!.groups),
    byGroup: new Map(),
  };
}

async function groupLevels(db: Kysely<DB>, prefix: string): Promise<Levels> {
  const rows = await sql<{ id: string; level: number | null }>`
    SELECT g.id, (SELECT l.level FROM group_level l WHERE l.group_id = g.id ORDER BY l.effective_on DESC LIMIT 1) AS level
    FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id WHERE o.path LIKE ${prefix}`.execute(db);
  const counts = new Map<number, number>();
  for (const r of rows.rows) if (r.level !== null) counts.set(r.level, (counts.get(r.level) ?? 0) + 1);
  return {
    counts,
    allGroups: rows.rows.length,
    byGroup: new Map(rows.rows.flatMap((r) => (r.level === null ? [] : [[r.id, r.level]]))),
  };
}

/** Arrears today: loans whose earliest unpaid installment fell due before today, aged into buckets. */
interface ArrearsRow {
  child_id: string | null;
  bucket: string | null;
  loans: string;
  outstanding: string;
  borrowers: string;
}

const bucketOf = (today: CivilDate, since: ReturnType<typeof sql.ref>) => sql<string>`
  CASE WHEN ${today}::date - ${since} <= 30 THEN '1-30' WHEN ${today}::date - ${since} <= 90 THEN '31-90'
    WHEN ${today}::date - ${since} <= 180 THEN '91-180' ELSE '>180' END`;

/**
 * Loans overdue today by child unit and aging bucket. Nation and province read the per-district
 * roll-up (migration 0017: a few rows per district and due date); a district or subdistrict reads
 * the positions of its own groups' loans through their keys.
 */
async function arrearsOf(db: Kysely<DB>, prefix: string, segment: number | null, today: CivilDate) {
  const rows =
    segment === null
      ? await sql<ArrearsRow>`
        WITH scoped AS (
          SELECT g.id FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id WHERE o.path LIKE ${prefix}
        ), overdue AS (
          SELECT p.group_id, p.unpaid_since, 1 AS loans, p.outstanding, 0 AS borrowers
          FROM scoped s JOIN loan_position p ON p.group_id = s.id
          WHERE p.outstanding > 0 AND p.unpaid_since < ${today}::date
          UNION ALL
          SELECT m.group_id, m.unpaid_since, 0, 0, 1
          FROM scoped s JOIN member_arrears m ON m.group_id = s.id
          WHERE m.unpaid_since < ${today}::date
        )
        SELECT group_id::text AS child_id, ${bucketOf(today, sql.ref('unpaid_since'))} AS bucket,
          sum(loans) AS loans, sum(outstanding) AS outstanding, sum(borrowers) AS borrowers
        FROM overdue GROUP BY GROUPING SETS ((1), (2), ())`.execute(db)
      : await sql<ArrearsRow>`
        SELECT split_part(o.path, '/', ${segment}) AS child_id, ${bucketOf(today, sql.ref('a.unpaid_since'))} AS bucket,
          sum(a.loans) AS loans, sum(a.outstanding) AS outstanding, sum(a.borrowers) AS borrowers
        FROM district_arrears a JOIN org_unit o ON o.id = a.district_id
        WHERE o.path LIKE ${prefix} AND a.unpaid_since < ${today}::date
        GROUP BY GROUPING SETS ((1), (2), ())`.execute(db);
  const n = (s: string) => Number(s);
  const total = rows.rows.find((r) => r.child_id === null && r.bucket === null);
  const byBucket = new Map(rows.rows.filter((r) => r.bucket !== null).map((r) => [r.bucket!, r]));
  return {
    totals: {
      loans: n(total?.loans ?? '0'),
      borrowers: n(total?.borrowers ?? '0'),
      outstanding: satang(n(total?.outstanding ?? '0')),
      buckets: AGING_BUCKETS.map((bucket) => ({
        bucket,
        loans: n(byBucket.get(bucket)?.loans ?? '0'),
        outstanding: satang(n(byBucket.get(bucket)?.outstanding ?? '0')),
      })),
    },
    byChild: new Map<string, { loans: number; outstanding: Satang }>(
      rows.rows
        .filter((r) => r.child_id !== null && Number(r.loans) > 0)
        .map((r) => [r.child_id!, { loans: n(r.loans), outstanding: satang(n(r.outstanding)) }]),
    ),
  };
}

/**
 * Campaigns over or under this unit that the actor can see, running on asOf or ended in the 12
 * months before it, each totalled over the part of its area inside this unit.
 */
async function campaignTotals(ctx: UseCaseContext, path: string, asOf: CivilDate) {
  const yearBefore = `${String(Number(asOf.slice(0, 4)) - 1).padStart(4, '0')}${asOf.slice(4)}`;
  const since = civilDate(yearBefore.endsWith('-02-29') ? yearBefore.replace(/29$/, '28') : yearBefore);
  const rows = (await campaignSelect(ctx.db).where('c.starts_on', '<=', asOf).orderBy('c.starts_on', 'desc').execute())
    .filter((r) => compareDates(civilDate(r.ends_on), since) >= 0)
    .filter((r) => r.path.startsWith(path) || path.startsWith(r.path))
    .filter(
      (r) =>
        canAt(ctx.actor, 'savings:read', r.path) ||
        ctx.actor.grants.some((g) => g.permissions.includes('savings:read') && g.orgPath.startsWith(r.path)),
    );
  return Promise.all(
    rows.map(async (r) => {
      // The deeper of the two paths is the part of the campaign's area inside this unit.
      const scope = likePrefix(r.path.length > path.length ? r.path : path);
      const t = await sql<{
        groups: string;
        new_members: string;
        adding: string;
        adding_pledge: string;
        adding_special: string;
        special: string;
      }>`
        SELECT count(*) AS groups, coalesce(sum(f.new_members), 0) AS new_members, coalesce(sum(f.adding), 0) AS adding,
          coalesce(sum(f.adding_pledge), 0) AS adding_pledge, coalesce(sum(f.adding_special), 0) AS adding_special,
          coalesce(sum(f.special), 0) AS special
        FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
        LEFT JOIN campaign_group_figure f ON f.group_id = g.id AND f.campaign_id = ${r.id}
        WHERE o.path LIKE ${scope}`.execute(ctx.db);
      const x = t.rows[0]!;
      return {
        campaign: toCampaign(r),
        totals: {
          groups: Number(x.groups),
          newMembers: Number(x.new_members),
          membersAdding: Number(x.adding),
          membersAddingPledge: Number(x.adding_pledge),
          membersAddingSpecial: Number(x.adding_special),
          specialDeposited: satang(Number(x.special)),
        },
      };
    }),
  );
}

async function childNames(db: Kysely<DB>, kind: ChildKind, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows =
    kind === 'group'
      ? await db.selectFrom('savings_group').select(['id', 'name_th']).where('id', 'in', ids).execute()
      : await db.selectFrom('org_unit').select(['id', 'name_th']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name_th]));
}
