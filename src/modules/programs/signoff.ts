// Shared steps of the sign-off use cases: lock, check whose turn it is, record the action.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { todayInBangkok } from '../../kernel/dates.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { projectDto } from './get-project.js';
import { readableProject, type ProjectContext } from './project-access.js';
import { findUserRefs, lockProject, type ChainRow } from './programs.repository.js';
import type { TProject, TSignoffRole } from './programs.schemas.js';

export const ROLE_TH: Record<TSignoffRole, string> = {
  proposer: 'ผู้เสนอโครงการ',
  endorser: 'ผู้ให้ความเห็นชอบโครงการ',
  checker: 'ผู้ตรวจสอบโครงการ',
  approver: 'ผู้อนุมัติโครงการ',
};

const conflict = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'conflict', messageTh, messageEn });

export const alreadyApproved = (p: ProjectContext) =>
  conflict(
    'project_already_approved',
    `โครงการนี้ได้รับอนุมัติแล้ว (เลขที่โครงการ ${p.row.project_no}/${p.row.fiscal_year}) ไม่ต้องลงนามซ้ำ`,
    'The project is already approved',
  );

/** 403 that names who must act, so the user knows whom to ask. */
export async function notYourTurn(trx: Transaction<DB>, step: ChainRow): Promise<AppError> {
  const who = (await findUserRefs(trx, [step.signer_user_id])).get(step.signer_user_id)!;
  return new AppError({
    code: 'not_your_turn',
    kind: 'forbidden',
    messageTh: `ขั้นตอนนี้ต้องลงนามโดย ${who.fullName} (${ROLE_TH[step.role]}) เท่านั้น`,
    messageEn: `Only the ${step.role} of this step may act now`,
  });
}

/** Runs a sign-off action in one transaction with the project row locked, then returns the new state. */
export async function signoffAction(
  ctx: UseCaseContext,
  id: string,
  act: (trx: Transaction<DB>, p: ProjectContext) => Promise<{ action: string; after: unknown }>,
): Promise<TProject> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await lockProject(trx, id))) throw notFound();
    const p = await readableProject(trx, ctx.actor, id);
    const { action, after } = await act(trx, p);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action,
      entityType: 'project',
      entityId: id,
      orgUnitId: p.row.org_unit_id,
      before: { status: p.row.status, currentStep: p.row.current_step },
      after,
      requestId: ctx.requestId,
    });
    return projectDto(trx, ctx.actor, await readableProject(trx, ctx.actor, id));
  });
}

/** Puts the actor's dated signature on a step and logs it. */
export async function signStep(
  trx: Transaction<DB>,
  ctx: UseCaseContext,
  step: ChainRow,
  action: 'submit' | 'sign' | 'approve',
  comment: string | undefined,
): Promise<void> {
  const at = ctx.clock.now();
  const onDate = todayInBangkok(ctx.clock);
  await trx
    .updateTable('project_signoff_step')
    .set({ signed_at: at, signed_on: onDate, comment: comment || null })
    .where('project_id', '=', step.project_id)
    .where('step_no', '=', step.step_no)
    .execute();
  await trx
    .insertInto('project_signoff_event')
    .values({
      project_id: step.project_id,
      step_no: step.step_no,
      role: step.role,
      action,
      actor_user_id: ctx.actor.userId,
      comment: comment || null,
      at,
      on_date: onDate,
    })
    .execute();
}

export { conflict };
