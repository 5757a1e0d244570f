import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { checkRequestInput } from './check-request-input.js';
import { getRequestIn } from './get-request.js';
import { requestNotDraft, requireIssuerManage } from './request-access.js';
import { findRequest } from './requests.repository.js';
import type { TReportRequest, TRequestInput } from './requests.schemas.js';
import { notFound } from '../../kernel/errors.js';

/** A draft is edited as a whole; its addressed units hold no answers yet, so they are replaced. */
export async function updateRequest(ctx: UseCaseContext, id: string, input: TRequestInput): Promise<TReportRequest> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findRequest(trx, id, { forUpdate: true });
    if (!before) throw notFound();
    requireIssuerManage(ctx.actor, before.issuer_path);
    if (before.status !== 'draft') throw requestNotDraft();
    const issues: FieldIssue[] = [];
    const { issuerId, unitIds } = await checkRequestInput(ctx, trx, input, issues);
    if (issues.length > 0) throw validationError(issues);
    await trx
      .updateTable('report_request')
      .set({
        org_unit_id: issuerId,
        title: input.title,
        instructions: input.instructions,
        project_id: input.projectId,
        letter_id: input.letterId,
        fields: JSON.stringify(input.fields),
        deadline: input.deadline,
        lock_after_deadline: input.lockAfterDeadline,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('report_submission').where('request_id', '=', id).execute();
    await trx
      .insertInto('report_submission')
      .values(unitIds.map((u) => ({ request_id: id, org_unit_id: u })))
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'report_request.update',
      entityType: 'report_request',
      entityId: id,
      orgUnitId: issuerId,
      before: { title: before.title, fields: before.fields, deadline: before.deadline },
      after: input,
      requestId: ctx.requestId,
    });
    return getRequestIn(trx, id);
  });
}
