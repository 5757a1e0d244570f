import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { checkSubmissionAnswers, requireAnsweredHere, requireEditable } from './check-submission-answers.js';
import type { Answers } from './form-answers.js';
import { getSubmissionIn } from './get-submission.js';
import { requireSubmissionFill } from './request-access.js';
import { findSubmission } from './requests.repository.js';
import type { TSubmission } from './requests.schemas.js';

/** Saves the unit's answers as a draft (types checked, required fields not yet). */
export async function saveAnswers(ctx: UseCaseContext, id: string, input: Answers): Promise<TSubmission> {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await findSubmission(trx, id, { forUpdate: true });
    requireSubmissionFill(ctx.actor, s);
    requireAnsweredHere(s);
    requireEditable(ctx, s);
    const answers = await checkSubmissionAnswers(trx, s, input, false);
    await trx
      .updateTable('report_submission')
      .set({
        answers: JSON.stringify(answers),
        // A report sent back stays "returned" until it is submitted again.
        status: s.status === 'returned' ? 'returned' : 'draft',
        updated_at: ctx.clock.now(),
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'report_submission.save',
      entityType: 'report_submission',
      entityId: id,
      orgUnitId: s.org_unit_id,
      before: s.answers,
      after: answers,
      requestId: ctx.requestId,
    });
    return getSubmissionIn(trx, ctx, id);
  });
}
