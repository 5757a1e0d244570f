import type { UseCaseContext } from '../../server/context.js';
import { alreadyApproved, conflict, notYourTurn, signoffAction, signStep } from './signoff.js';
import type { TProject } from './programs.schemas.js';

/** The proposer signs the draft and it goes to the next step of the chain. */
export function submitProject(ctx: UseCaseContext, id: string, comment?: string): Promise<TProject> {
  return signoffAction(ctx, id, async (trx, p) => {
    if (p.row.status === 'approved') throw alreadyApproved(p);
    if (p.row.status === 'submitted') {
      throw conflict('project_already_submitted', 'โครงการนี้เสนอแล้ว อยู่ระหว่างการลงนาม', 'Already submitted');
    }
    const proposer = p.chain[0]!;
    if (proposer.signer_user_id !== ctx.actor.userId) throw await notYourTurn(trx, proposer);
    await signStep(trx, ctx, proposer, 'submit', comment);
    const next = p.chain[1]!.step_no;
    await trx
      .updateTable('project')
      .set({ status: 'submitted', current_step: next, updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    return { action: 'project.submit', after: { status: 'submitted', currentStep: next, comment } };
  });
}
