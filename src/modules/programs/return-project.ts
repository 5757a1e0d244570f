import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { todayInBangkok } from '../../kernel/dates.js';
import type { TProject } from './programs.schemas.js';
import { alreadyApproved, conflict, notYourTurn, signoffAction } from './signoff.js';

/**
 * The current signer sends the project back to draft for revision. Signatures on the chain are
 * cleared (the revised text must be signed again) while the event log keeps every earlier one.
 */
export function returnProject(ctx: UseCaseContext, id: string, comment: string | undefined): Promise<TProject> {
  if (!comment) {
    throw validationError([
      { path: 'comment', messageTh: 'กรุณาระบุเหตุผลที่ส่งกลับให้แก้ไข', messageEn: 'A comment is required' },
    ]);
  }
  return signoffAction(ctx, id, async (trx, p) => {
    if (p.row.status === 'approved') throw alreadyApproved(p);
    if (p.row.status === 'draft') {
      throw conflict('project_not_submitted', 'โครงการนี้เป็นร่างอยู่แล้ว', 'The project is already a draft');
    }
    const step = p.chain.find((s) => s.step_no === p.row.current_step)!;
    if (step.signer_user_id !== ctx.actor.userId) throw await notYourTurn(trx, step);
    await trx
      .updateTable('project_signoff_step')
      .set({ signed_at: null, signed_on: null, comment: null })
      .where('project_id', '=', id)
      .execute();
    await trx
      .insertInto('project_signoff_event')
      .values({
        project_id: id,
        step_no: step.step_no,
        role: step.role,
        action: 'return',
        actor_user_id: ctx.actor.userId,
        comment,
        at: ctx.clock.now(),
        on_date: todayInBangkok(ctx.clock),
      })
      .execute();
    await trx
      .updateTable('project')
      .set({ status: 'draft', current_step: null, updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    return { action: 'project.return', after: { status: 'draft', stepNo: step.step_no, comment } };
  });
}
