import { civilDate, compareDates, todayInBangkok } from '../../kernel/dates.js';
import { notFound, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { planDto, readablePlan } from './get-plan.js';
import { requirePlanManager } from './project-access.js';
import type { TPlan, TPlanStepUpdate } from './programs.schemas.js';

/** Records a step's progress: status, the day it was done (default today) and the evidence. */
export async function updatePlanStep(
  ctx: UseCaseContext,
  planId: string,
  stepId: string,
  input: TPlanStepUpdate,
): Promise<TPlan> {
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await readablePlan(trx, ctx.actor, planId);
    requirePlanManager(ctx.actor, plan.org_path);
    const before = await trx
      .selectFrom('plan_step')
      .selectAll()
      .where('id', '=', stepId)
      .where('plan_id', '=', planId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    const today = todayInBangkok(ctx.clock);
    const doneOn = input.status === 'done' ? civilDate(input.doneOn ?? today) : null;
    if (doneOn && compareDates(doneOn, today) > 0) {
      throw validationError([
        { path: 'doneOn', messageTh: 'วันที่เสร็จต้องไม่เป็นวันในอนาคต', messageEn: 'doneOn is in the future' },
      ]);
    }
    const evidence = input.evidenceNote === undefined ? before.evidence_note : input.evidenceNote || null;
    await trx
      .updateTable('plan_step')
      .set({ status: input.status, done_on: doneOn, evidence_note: evidence })
      .where('id', '=', stepId)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'plan_step.update',
      entityType: 'plan_step',
      entityId: stepId,
      orgUnitId: plan.org_unit_id,
      before: { status: before.status, doneOn: before.done_on, evidenceNote: before.evidence_note },
      after: { status: input.status, doneOn, evidenceNote: evidence },
      requestId: ctx.requestId,
    });
    return planDto(trx, ctx.actor, ctx.clock, planId);
  });
}
