import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { planDto } from './get-plan.js';
import { checkPlanSteps, stepColumns } from './plan-input.js';
import { readableProject, requirePlanManager } from './project-access.js';
import type { TPlan, TPlanInput } from './programs.schemas.js';

/** แผนการดำเนินงาน: a project's steps with owners and deadlines. */
export async function createPlan(
  ctx: UseCaseContext,
  projectId: string,
  input: TPlanInput,
  idempotencyKey?: string,
): Promise<TPlan> {
  return idempotentWrite(
    ctx,
    { idempotencyKey, operation: 'plan.create', request: { projectId, input } },
    async (trx) => {
      const { row } = await readableProject(trx, ctx.actor, projectId);
      requirePlanManager(ctx.actor, row.org_path);
      if (input.nameTh === '') {
        throw validationError([{ path: 'nameTh', messageTh: 'กรุณากรอกชื่อแผน', messageEn: 'Plan name required' }]);
      }
      await checkPlanSteps(trx, input.steps, 'steps');
      const { id } = await trx
        .insertInto('project_plan')
        .values({ project_id: projectId, name_th: input.nameTh, created_by: ctx.actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (input.steps.length) {
        await trx
          .insertInto('plan_step')
          .values(input.steps.map((s, i) => stepColumns(id, i + 1, s)))
          .execute();
      }
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'plan.create',
        entityType: 'project_plan',
        entityId: id,
        orgUnitId: row.org_unit_id,
        after: input,
        requestId: ctx.requestId,
      });
      return planDto(trx, ctx.actor, ctx.clock, id);
    },
  );
}
