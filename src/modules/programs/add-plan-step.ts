import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { planDto, readablePlan } from './get-plan.js';
import { checkPlanSteps, stepColumns } from './plan-input.js';
import { requirePlanManager } from './project-access.js';
import type { TPlan, TPlanStepInput } from './programs.schemas.js';

/** Appends a step at the end of a plan. */
export async function addPlanStep(ctx: UseCaseContext, planId: string, input: TPlanStepInput): Promise<TPlan> {
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await readablePlan(trx, ctx.actor, planId);
    requirePlanManager(ctx.actor, plan.org_path);
    await checkPlanSteps(trx, [input], null);
    // Lock the plan so two additions do not take the same sequence number.
    await trx.selectFrom('project_plan').select('id').where('id', '=', planId).forUpdate().execute();
    const { last } = await trx
      .selectFrom('plan_step')
      .select((eb) => eb.fn.max('seq').as('last'))
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('plan_step')
      .values(stepColumns(planId, Number(last ?? 0) + 1, input))
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'plan_step.create',
      entityType: 'plan_step',
      entityId: id,
      orgUnitId: plan.org_unit_id,
      after: input,
      requestId: ctx.requestId,
    });
    return planDto(trx, ctx.actor, ctx.clock, planId);
  });
}
