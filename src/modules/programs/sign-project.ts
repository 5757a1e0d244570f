import type { UseCaseContext } from '../../server/context.js';
import { nextRegisterNumber } from './programs.repository.js';
import type { TProject } from './programs.schemas.js';
import { alreadyApproved, conflict, notYourTurn, signoffAction, signStep } from './signoff.js';

/**
 * The signer of the current step signs (endorses, checks) or, at the last step, approves.
 *
 * The register number is assigned here, on approval, not on submission: a proposal can be returned
 * and revised or never approved, and the register (like the letter registers) lists approved
 * projects only. An approved project can no longer change, so a number once given is never freed.
 */
export function signProject(ctx: UseCaseContext, id: string, comment?: string): Promise<TProject> {
  return signoffAction(ctx, id, async (trx, p) => {
    if (p.row.status === 'approved') throw alreadyApproved(p);
    if (p.row.status === 'draft') {
      throw conflict(
        'project_not_submitted',
        'โครงการนี้ยังเป็นร่าง ผู้เสนอโครงการต้องเสนอก่อนจึงจะลงนามได้',
        'The project has not been submitted',
      );
    }
    const step = p.chain.find((s) => s.step_no === p.row.current_step)!;
    if (step.signer_user_id !== ctx.actor.userId) {
      const signedAlready = p.chain.some((s) => s.signer_user_id === ctx.actor.userId && s.signed_at !== null);
      if (signedAlready) {
        throw conflict('already_signed', 'ท่านลงนามในขั้นตอนของท่านแล้ว ไม่ต้องลงนามซ้ำ', 'You have already signed');
      }
      throw await notYourTurn(trx, step);
    }
    const isLast = step.step_no === p.chain.at(-1)!.step_no;
    await signStep(trx, ctx, step, isLast ? 'approve' : 'sign', comment);
    if (!isLast) {
      const next = p.chain.find((s) => s.step_no > step.step_no)!.step_no;
      await trx
        .updateTable('project')
        .set({ current_step: next, updated_at: ctx.clock.now() })
        .where('id', '=', id)
        .execute();
      return { action: 'project.sign', after: { stepNo: step.step_no, role: step.role, currentStep: next, comment } };
    }
    const projectNo = await nextRegisterNumber(trx, p.row.register_unit_id, p.row.fiscal_year);
    await trx
      .updateTable('project')
      .set({
        status: 'approved',
        current_step: null,
        project_no: projectNo,
        approved_at: ctx.clock.now(),
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    return {
      action: 'project.approve',
      after: { status: 'approved', projectNo, fiscalYear: p.row.fiscal_year, comment },
    };
  });
}
