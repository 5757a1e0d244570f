// The assistance plan's sign-off: the proposer submits, each checker signs in turn, the approver
// (the provincial head) approves; any signer on turn may send it back to a draft with a reason.
// Built here rather than on the programs module's chain: that chain lives on project rows
// (project_signoff_step → project) and its index exports no way to attach one to another record,
// and the plan's approval must commit with the plan's own state (payouts may start only then).
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { todayInBangkok } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import type { TPlan } from './assistance.schemas.js';
import { planSteps, type PlanRow, type PlanStepRow } from './assistance.repository.js';
import { fullName } from './fund.repository.js';
import { planDto, readablePlan } from './get-plan.js';

const ROLE_TH = { proposer: 'ผู้เสนอแผน', checker: 'ผู้ตรวจสอบ', approver: 'ผู้อนุมัติ' } as const;

const refuse = (kind: 'conflict' | 'forbidden', code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind, messageTh, messageEn });

function requireTurn(ctx: UseCaseContext, plan: PlanRow, steps: PlanStepRow[]): PlanStepRow {
  const step = steps.find((s) => s.step_no === plan.current_step);
  if (!step) throw new Error('plan without a current step');
  if (step.signer_user_id !== ctx.actor.userId) {
    throw refuse(
      'forbidden',
      'not_your_turn',
      `ขั้นตอนนี้ต้องลงนามโดย ${fullName(step)} (${ROLE_TH[step.role]}) เท่านั้น`,
      'Not your turn to sign',
    );
  }
  return step;
}

async function act(
  ctx: UseCaseContext,
  id: string,
  run: (trx: Transaction<DB>, plan: PlanRow, steps: PlanStepRow[]) => Promise<{ action: string; after: unknown }>,
): Promise<TPlan> {
  return ctx.db.transaction().execute(async (trx) => {
    const { plan, fund } = await readablePlan(trx, ctx.actor, id, { forUpdate: true });
    const steps = await planSteps(trx, plan.id);
    const { action, after } = await run(trx, plan, steps);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action,
      entityType: 'fund_plan',
      entityId: plan.id,
      orgUnitId: fund.org_unit_id,
      before: { status: plan.status, currentStep: plan.current_step },
      after,
      requestId: ctx.requestId,
    });
    const fresh = await trx.selectFrom('fund_plan').selectAll().where('id', '=', plan.id).executeTakeFirstOrThrow();
    return planDto(trx, ctx.actor, fresh);
  });
}

async function sign(
  trx: Transaction<DB>,
  ctx: UseCaseContext,
  step: PlanStepRow,
  action: 'submit' | 'sign' | 'approve',
  comment?: string,
) {
  const at = ctx.clock.now();
  await trx
    .updateTable('fund_plan_step')
    .set({ signed_at: at, signed_on: todayInBangkok(ctx.clock), comment: comment || null })
    .where('plan_id', '=', step.plan_id)
    .where('step_no', '=', step.step_no)
    .execute();
  await trx
    .insertInto('fund_plan_event')
    .values({
      plan_id: step.plan_id,
      step_no: step.step_no,
      action,
      actor_user_id: ctx.actor.userId,
      comment: comment || null,
      at,
    })
    .execute();
}

export function submitPlan(ctx: UseCaseContext, id: string): Promise<TPlan> {
  return act(ctx, id, async (trx, plan, steps) => {
    if (plan.status !== 'draft') {
      throw refuse('conflict', 'plan_not_draft', 'แผนนี้เสนอไปแล้ว', 'The plan was already submitted');
    }
    const proposer = steps[0]!;
    if (proposer.signer_user_id !== ctx.actor.userId) {
      throw refuse('forbidden', 'not_your_turn', `แผนนี้ต้องเสนอโดย ${fullName(proposer)}`, 'Only the proposer submits');
    }
    await sign(trx, ctx, proposer, 'submit');
    const next = steps[1]!.step_no;
    await trx
      .updateTable('fund_plan')
      .set({ status: 'submitted', current_step: next, updated_at: ctx.clock.now() })
      .where('id', '=', plan.id)
      .execute();
    return { action: 'fund_plan.submit', after: { status: 'submitted', currentStep: next } };
  });
}

export function signPlan(ctx: UseCaseContext, id: string, comment?: string): Promise<TPlan> {
  return act(ctx, id, async (trx, plan, steps) => {
    if (plan.status === 'approved') {
      throw refuse('conflict', 'plan_already_approved', 'แผนนี้ได้รับอนุมัติแล้ว', 'Already approved');
    }
    if (plan.status === 'draft') {
      throw refuse('conflict', 'plan_not_submitted', 'แผนนี้ยังเป็นร่าง ผู้เสนอแผนต้องเสนอก่อน', 'Not submitted');
    }
    const step = requireTurn(ctx, plan, steps);
    const isLast = step.step_no === steps.at(-1)!.step_no;
    await sign(trx, ctx, step, isLast ? 'approve' : 'sign', comment);
    const now = ctx.clock.now();
    if (!isLast) {
      const next = steps.find((s) => s.step_no > step.step_no)!.step_no;
      await trx
        .updateTable('fund_plan')
        .set({ current_step: next, updated_at: now })
        .where('id', '=', plan.id)
        .execute();
      return { action: 'fund_plan.sign', after: { stepNo: step.step_no, currentStep: next, comment } };
    }
    await trx
      .updateTable('fund_plan')
      .set({ status: 'approved', current_step: null, approved_at: now, updated_at: now })
      .where('id', '=', plan.id)
      .execute();
    return { action: 'fund_plan.approve', after: { status: 'approved', comment } };
  });
}

export function returnPlan(ctx: UseCaseContext, id: string, comment: string): Promise<TPlan> {
  return act(ctx, id, async (trx, plan, steps) => {
    if (plan.status !== 'submitted') {
      throw refuse('conflict', 'plan_not_submitted', 'ส่งกลับได้เฉพาะแผนที่อยู่ระหว่างลงนาม', 'Not under sign-off');
    }
    const step = requireTurn(ctx, plan, steps);
    await trx
      .insertInto('fund_plan_event')
      .values({
        plan_id: plan.id,
        step_no: step.step_no,
        action: 'return',
        actor_user_id: ctx.actor.userId,
        comment,
        at: ctx.clock.now(),
      })
      .execute();
    await trx
      .updateTable('fund_plan_step')
      .set({ signed_at: null, signed_on: null, comment: null })
      .where('plan_id', '=', plan.id)
      .execute();
    await trx
      .updateTable('fund_plan')
      .set({ status: 'draft', current_step: null, updated_at: ctx.clock.now() })
      .where('id', '=', plan.id)
      .execute();
    return { action: 'fund_plan.return', after: { status: 'draft', comment, by: step.step_no } };
  });
}
