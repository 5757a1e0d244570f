import { civilDate, compareDates, todayInBangkok } from '../../kernel/dates.js';
import { AppError, notFound, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { loadIndicators } from './indicators.js';
import { readableProject, requirePlanManager } from './project-access.js';
import type { TIndicator, TKpiActualInput } from './programs.schemas.js';

/**
 * Records an actual for a 'manual' KPI: a person enters the figure with the day it was true. A
 * computed KPI (e.g. offices that submitted to a report request) takes its figure from its source on
 * every read, so a hand-entered one would only contradict it and is refused.
 */
export async function recordKpiActual(ctx: UseCaseContext, kpiId: string, input: TKpiActualInput): Promise<TIndicator> {
  if (compareDates(civilDate(input.asOf), todayInBangkok(ctx.clock)) > 0) {
    throw validationError([
      { path: 'asOf', messageTh: 'วันที่ของผลต้องไม่เป็นวันในอนาคต', messageEn: 'asOf is in the future' },
    ]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const kpi = await trx
      .selectFrom('program_kpi')
      .select(['id', 'project_id', 'plan_id', 'kind', 'source'])
      .where('id', '=', kpiId)
      .executeTakeFirst();
    if (!kpi) throw notFound();
    const { row } = await readableProject(trx, ctx.actor, kpi.project_id);
    requirePlanManager(ctx.actor, row.org_path);
    // A draft's indicators are rewritten with each edit; results belong to the approved text.
    if (kpi.plan_id === null && row.status !== 'approved') {
      throw new AppError({
        code: 'project_not_approved',
        kind: 'conflict',
        messageTh: 'บันทึกผลตามตัวชี้วัดได้เมื่อโครงการได้รับอนุมัติแล้ว',
        messageEn: 'Record results after the project is approved',
      });
    }
    if (kpi.source !== 'manual') {
      throw new AppError({
        code: 'kpi_computed',
        kind: 'conflict',
        messageTh: 'ผลของตัวชี้วัดนี้ระบบคำนวณจากการส่งรายงาน บันทึกผลเองไม่ได้',
        messageEn: 'This KPI is computed by the system; it takes no manual actuals',
      });
    }
    if (kpi.kind !== 'quantitative') {
      throw validationError([
        { path: 'value', messageTh: 'ตัวชี้วัดเชิงคุณภาพไม่มีค่าตัวเลขให้บันทึก', messageEn: 'Qualitative KPI has no number' },
      ]);
    }
    const { id } = await trx
      .insertInto('program_kpi_actual')
      .values({
        kpi_id: kpiId,
        value: input.value,
        as_of: input.asOf,
        note: input.note || null,
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'kpi.record_actual',
      entityType: 'program_kpi_actual',
      entityId: id,
      orgUnitId: row.org_unit_id,
      after: { kpiId, ...input },
      requestId: ctx.requestId,
    });
    return (await loadIndicators(trx, kpi.project_id, kpi.plan_id)).find((k) => k.id === kpiId)!;
  });
}
