import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { planDto, readablePlan } from './get-plan.js';
import { requirePlanManager } from './project-access.js';
import type { TKpiInput, TPlan } from './programs.schemas.js';

/** A quantitative KPI tracked on a plan (the project's own indicators come with its form). */
export async function addPlanKpi(ctx: UseCaseContext, planId: string, input: TKpiInput): Promise<TPlan> {
  if (input.textTh === '') {
    throw validationError([{ path: 'textTh', messageTh: 'กรุณากรอกตัวชี้วัด', messageEn: 'KPI text required' }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await readablePlan(trx, ctx.actor, planId);
    requirePlanManager(ctx.actor, plan.org_path);
    const { n } = await trx
      .selectFrom('program_kpi')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('program_kpi')
      .values({
        project_id: plan.project_id,
        plan_id: planId,
        kind: 'quantitative',
        text_th: input.textTh,
        target: input.target,
        unit: input.unit || null,
        source: 'manual',
        sort_order: Number(n) + 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'kpi.create',
      entityType: 'program_kpi',
      entityId: id,
      orgUnitId: plan.org_unit_id,
      after: input,
      requestId: ctx.requestId,
    });
    return planDto(trx, ctx.actor, ctx.clock, planId);
  });
}
