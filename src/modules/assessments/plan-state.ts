// Shared by the plan's use cases: the forum context and its plan, locked for the write.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { findPlan, type PlanRow } from './assessments.repository.js';
import { loadForumContext, stateError, type ForumContext } from './forum-access.js';

export async function lockPlan(
  trx: Transaction<DB>,
  ctx: UseCaseContext,
  programId: string,
  groupId: string,
): Promise<{ fc: ForumContext; plan: PlanRow }> {
  const fc = await loadForumContext(trx, ctx, programId, groupId, { write: true });
  const plan = await findPlan(trx, fc.key, { forUpdate: true });
  if (!plan) {
    throw stateError('no_plan', 'แผนพัฒนากลุ่มจัดทำได้หลังลงนามรับรองผลการประเมิน', 'The plan opens at sign-off');
  }
  return { fc, plan };
}

export async function auditPlan(
  trx: Transaction<DB>,
  ctx: UseCaseContext,
  fc: ForumContext,
  action: string,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(trx, {
    actorUserId: ctx.actor.userId,
    action: `assessment_plan.${action}`,
    entityType: 'assessment_plan',
    entityId: `${fc.key.programId}/${fc.key.groupId}`,
    orgUnitId: fc.target.district_id,
    ...change,
    requestId: ctx.requestId,
  });
}

export const touchPlan = (trx: Transaction<DB>, fc: ForumContext, now: Date) =>
  trx
    .updateTable('assessment_plan')
    .set({ updated_at: now })
    .where('program_id', '=', fc.key.programId)
    .where('group_id', '=', fc.key.groupId)
    .execute();
