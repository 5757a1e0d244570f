import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { todayInBangkok, type Clock } from '../../kernel/dates.js';
import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt, type Actor } from '../access/index.js';
import { registerNumber } from './get-project.js';
import { loadIndicators } from './indicators.js';
import { readableProject } from './project-access.js';
import { isOverdue } from './plan-status.js';
import { findPlan, loadPlanSteps } from './programs.repository.js';
import type { TPlan } from './programs.schemas.js';

type Q = Kysely<DB> | Transaction<DB>;

/** A plan the actor may read through its project (404 otherwise). */
export async function readablePlan(db: Q, actor: Actor, planId: string) {
  const plan = await findPlan(db, planId);
  if (!plan) throw notFound();
  await readableProject(db, actor, plan.project_id);
  return plan;
}

export async function getPlan(ctx: UseCaseContext, planId: string): Promise<TPlan> {
  return planDto(ctx.db, ctx.actor, ctx.clock, planId);
}

export async function planDto(db: Q, actor: Actor, clock: Clock, planId: string): Promise<TPlan> {
  const plan = await readablePlan(db, actor, planId);
  const today = todayInBangkok(clock);
  const [steps, kpis] = await Promise.all([loadPlanSteps(db, planId), loadIndicators(db, plan.project_id, planId)]);
  return {
    id: plan.id,
    nameTh: plan.name_th,
    project: {
      id: plan.project_id,
      titleTh: plan.project_title_th,
      registerNumber: registerNumber(plan.project_no, plan.fiscal_year),
    },
    today,
    steps: steps.map((s) => ({
      id: s.id,
      seq: s.seq,
      nameTh: s.name_th,
      ownerUnitId: s.owner_unit_id,
      ownerUnitNameTh: s.owner_unit_name_th,
      ownerNote: s.owner_note,
      startsOn: s.starts_on,
      dueOn: s.due_on,
      status: s.status,
      doneOn: s.done_on,
      evidenceNote: s.evidence_note,
      overdue: isOverdue({ dueOn: s.due_on, status: s.status }, today),
    })),
    kpis,
    canManage: canAt(actor, 'programs:manage', plan.org_path),
  };
}
