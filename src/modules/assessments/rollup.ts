// Roll-ups for a district, a province or the nation (seed 004's indicators): targets, forums,
// groups assessed, the level distribution per instrument, the indicators most often failed, the
// share of targets with an adopted plan against the program's 60 %, the support budget and what
// was spent, and the report deadline a week after each forum (on time, late, overdue). Read from
// the targets in the viewer's scope; a few hundred rows nationally, so aggregated here.
import { sql } from 'kysely';
import { todayInBangkok } from '../../kernel/dates.js';
import { notFound } from '../../kernel/errors.js';
import { mulInt, satang, sum, ZERO, type Satang } from '../../kernel/money.js';
import { likePrefix } from '../../db/like.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt, inScope, scopePaths } from '../access/index.js';
import { findProgram, findUnits, targetSelect, type TargetRow } from './assessments.repository.js';
import type { TRollup, TRollupFigures } from './assessments.schemas.js';
import { reportDeadline } from './deadline.js';
import { programInstruments } from './forum-view.js';
import { toInstrumentSummary, findInstruments } from './instruments.repository.js';
import { requireProgramRead } from './program-access.js';

interface Money {
  planned: Satang;
  spent: Satang;
}

export async function rollup(ctx: UseCaseContext, programId: string, query: { orgUnitId?: string }): Promise<TRollup> {
  const p = await findProgram(ctx.db, programId);
  requireProgramRead(ctx.actor, p);
  const unitId =
    query.orgUnitId ??
    (canAt(ctx.actor, 'programs:read', p.unit_path)
      ? p.org_unit_id
      : scopePaths(ctx.actor, 'programs:read')
          .find((r) => r.startsWith(p.unit_path))!
          .split('/')
          .at(-2)!);
  const [unit] = await findUnits(ctx.db, [unitId]);
  // Only the program's area, and only where the viewer reads (or above it: figures are then scoped).
  if (
    !unit ||
    !unit.path.startsWith(p.unit_path) ||
    !scopePaths(ctx.actor, 'programs:read').some((r) => unit.path.startsWith(r) || r.startsWith(unit.path))
  ) {
    throw notFound();
  }
  const rows = await targetSelect(ctx.db, p.id)
    .where('go.path', 'like', likePrefix(unit.path))
    .where((eb) => inScope(eb, eb.ref('go.path'), ctx.actor, 'programs:read'))
    .orderBy('t.province_id')
    .orderBy('t.rank')
    .execute();
  const money = await moneyOf(ctx, p.id, rows);
  const support = satang(Number(p.support_per_group));
  const figures = (rs: TargetRow[]): TRollupFigures => {
    const states = rs.map((r) => reportDeadline(r.held_on, p.report_days, r.reported_at, ctx.clock).state);
    const withPlan = rs.filter((r) => r.plan_status === 'adopted').length;
    const adopted = rs.filter((r) => r.plan_status === 'adopted');
    return {
      targets: rs.length,
      forums: rs.filter((r) => r.forum_status !== null).length,
      assessed: rs.filter((r) => r.forum_status === 'signed' || r.forum_status === 'reported').length,
      withPlan,
      planPercentBp: rs.length === 0 ? 0 : Math.floor((withPlan * 10000) / rs.length),
      reportsOnTime: states.filter((s) => s === 'on_time').length,
      reportsLate: states.filter((s) => s === 'late').length,
      reportsOverdue: states.filter((s) => s === 'overdue').length,
      reportsDue: states.filter((s) => s === 'due').length,
      budget: mulInt(support, rs.length),
      planned: sum(adopted.map((r) => money.get(r.group_id)?.planned ?? ZERO)),
      spent: sum(rs.map((r) => money.get(r.group_id)?.spent ?? ZERO)),
    };
  };
  const totals = figures(rows);
  const childKind = unit.kind === 'department' ? 'province' : unit.kind === 'province' ? 'district' : 'group';
  const childOf = (r: TargetRow) =>
    childKind === 'province'
      ? { id: r.province_id, nameTh: r.province_name_th }
      : childKind === 'district'
        ? { id: r.district_id, nameTh: r.district_name_th }
        : { id: r.group_id, nameTh: r.group_name_th };
  const children = new Map<string, { id: string; nameTh: string; rows: TargetRow[] }>();
  for (const r of rows) {
    const c = childOf(r);
    if (!children.has(c.id)) children.set(c.id, { ...c, rows: [] });
    children.get(c.id)!.rows.push(r);
  }
  const signed = rows
    .filter((r) => r.forum_status === 'signed' || r.forum_status === 'reported')
    .map((r) => r.group_id);
  return {
    program: { id: p.id, titleTh: p.title_th, planTargetBp: p.plan_target_bp, reportDays: p.report_days },
    unit: { id: unit.id, nameTh: unit.name_th, kind: unit.kind },
    asOf: todayInBangkok(ctx.clock),
    totals,
    planIndicator: {
      targets: totals.targets,
      withPlan: totals.withPlan,
      percentBp: totals.planPercentBp,
      targetBp: p.plan_target_bp,
      met: totals.targets > 0 && totals.withPlan * 10000 >= p.plan_target_bp * totals.targets,
    },
    children: [...children.values()].map((c) => ({
      id: c.id,
      nameTh: c.nameTh,
      kind: childKind,
      figures: figures(c.rows),
    })),
    ...(await outcomes(ctx, p.id, signed)),
  };
}

async function moneyOf(ctx: UseCaseContext, programId: string, rows: TargetRow[]): Promise<Map<string, Money>> {
  const ids = rows.map((r) => r.group_id);
  if (ids.length === 0) return new Map();
  const planned = await ctx.db
    .selectFrom('assessment_plan_item')
    .select(['group_id', (eb) => eb.fn.sum<string>('cost').as('n')])
    .where('program_id', '=', programId)
    .where('group_id', 'in', ids)
    .groupBy('group_id')
    .execute();
  const spent = await ctx.db
    .selectFrom('assessment_spending')
    .select(['group_id', (eb) => eb.fn.sum<string>('amount').as('n')])
    .where('program_id', '=', programId)
    .where('group_id', 'in', ids)
    .groupBy('group_id')
    .execute();
  const out = new Map<string, Money>(ids.map((id) => [id, { planned: ZERO, spent: ZERO }]));
  for (const r of planned) out.get(r.group_id)!.planned = satang(Number(r.n));
  for (const r of spent) out.get(r.group_id)!.spent = satang(Number(r.n));
  return out;
}

async function outcomes(ctx: UseCaseContext, programId: string, groupIds: string[]) {
  const instruments = await programInstruments(ctx.db, programId);
  const summaries = new Map(
    (
      await findInstruments(
        ctx.db,
        instruments.map((i) => i.id),
      )
    ).map((r) => [r.id, toInstrumentSummary(r)]),
  );
  const none = groupIds.length === 0;
  const dist = none
    ? []
    : await ctx.db
        .selectFrom('assessment_outcome')
        .select(['instrument_id', 'level', 'level_th', (eb) => eb.fn.countAll<string>().as('n')])
        .where('program_id', '=', programId)
        .where('group_id', 'in', groupIds)
        .groupBy(['instrument_id', 'level', 'level_th'])
        .orderBy(sql`level NULLS FIRST`)
        .execute();
  const failed = none
    ? []
    : await ctx.db
        .selectFrom('assessment_result')
        .select(['instrument_id', 'indicator_code', (eb) => eb.fn.countAll<string>().as('n')])
        .where('program_id', '=', programId)
        .where('group_id', 'in', groupIds)
        .where('passed', '=', false)
        .groupBy(['instrument_id', 'indicator_code'])
        .execute();
  const order = new Map(
    instruments.flatMap((i, ii) =>
      i.dimensions.flatMap((d) => d.indicators).map((x, xi) => [`${i.id}/${x.code}`, ii * 1000 + xi]),
    ),
  );
  const text = new Map(
    instruments.flatMap((i) => i.dimensions.flatMap((d) => d.indicators).map((x) => [`${i.id}/${x.code}`, x.textTh])),
  );
  return {
    levels: instruments.map((i) => ({
      instrument: summaries.get(i.id)!,
      distribution: dist
        .filter((d) => d.instrument_id === i.id)
        .map((d) => ({ level: d.level, levelTh: d.level_th, groups: Number(d.n) })),
    })),
    mostFailed: failed
      .map((f) => ({
        instrumentId: f.instrument_id,
        instrumentTitleTh: instruments.find((i) => i.id === f.instrument_id)!.titleTh,
        indicatorCode: f.indicator_code,
        textTh: text.get(`${f.instrument_id}/${f.indicator_code}`) ?? f.indicator_code,
        failed: Number(f.n),
        assessed: groupIds.length,
      }))
      .sort(
        (a, b) =>
          b.failed - a.failed ||
          order.get(`${a.instrumentId}/${a.indicatorCode}`)! - order.get(`${b.instrumentId}/${b.indicatorCode}`)!,
      )
      .slice(0, 10),
  };
}
