import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UseCaseContext } from '../../server/context.js';
import type { CivilDate } from '../../kernel/dates.js';
import { recordAudit } from '../audit/index.js';
import { checkSubmissionAnswers, requireAnsweredHere, requireEditable } from './check-submission-answers.js';
import type { Answers } from './form-answers.js';
import { getSubmissionIn } from './get-submission.js';
import { requireSubmissionFill } from './request-access.js';
import { findSubmission } from './requests.repository.js';
import type { TSubmission } from './requests.schemas.js';
import { isLate } from './timeliness.js';

/**
 * Submits the unit's report (with new answers, or the saved draft). Late reports are accepted and
 * marked late; a resubmission after a send-back keeps the first submission's time and timeliness.
 */
export async function submitReport(ctx: UseCaseContext, id: string, input: Answers | undefined): Promise<TSubmission> {
  return ctx.db.transaction().execute((trx) => submit(trx, ctx, id, input, { direct: true }));
}

/**
 * The same inside the caller's transaction: the page that answers the request (the staff fund
 * submits a district's proposal with it), so a request answered elsewhere is not refused here.
 */
export function submitReportIn(
  trx: Transaction<DB>,
  ctx: UseCaseContext,
  id: string,
  input: Answers | undefined,
): Promise<TSubmission> {
  return submit(trx, ctx, id, input, { direct: false });
}

async function submit(
  trx: Transaction<DB>,
  ctx: UseCaseContext,
  id: string,
  input: Answers | undefined,
  opts: { direct: boolean },
): Promise<TSubmission> {
  const s = await findSubmission(trx, id, { forUpdate: true });
  requireSubmissionFill(ctx.actor, s);
  if (opts.direct) requireAnsweredHere(s);
  requireEditable(ctx, s);
  const answers = await checkSubmissionAnswers(trx, s, input ?? (s.answers as Answers), true);
  const now = ctx.clock.now();
  const first = s.first_submitted_at ?? now;
  const late = s.late ?? isLate(first, s.deadline as CivilDate);
  await trx
    .updateTable('report_submission')
    .set({
      answers: JSON.stringify(answers),
      status: 'submitted',
      first_submitted_at: first,
      late,
      submitted_at: now,
      updated_at: now,
      updated_by: ctx.actor.userId,
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(trx, {
    actorUserId: ctx.actor.userId,
    action: s.first_submitted_at ? 'report_submission.resubmit' : 'report_submission.submit',
    entityType: 'report_submission',
    entityId: id,
    orgUnitId: s.org_unit_id,
    after: { answers, late },
    requestId: ctx.requestId,
  });
  return getSubmissionIn(trx, ctx, id);
}
