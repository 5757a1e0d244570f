import { notFound, validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { checkSending } from './check-request-input.js';
import { getRequestIn } from './get-request.js';
import { requestNotDraft, requireIssuerManage } from './request-access.js';
import { findRequest } from './requests.repository.js';
import type { TReportRequest } from './requests.schemas.js';

/** Sends a draft: from now on each addressed office sees its expected report. */
export async function sendRequest(
  ctx: UseCaseContext,
  id: string,
  body: { sentOn?: string | undefined },
): Promise<TReportRequest> {
  return ctx.db.transaction().execute(async (trx) => {
    const r = await findRequest(trx, id, { forUpdate: true });
    if (!r) throw notFound();
    requireIssuerManage(ctx.actor, r.issuer_path);
    if (r.status !== 'draft') throw requestNotDraft();
    const issues: FieldIssue[] = [];
    const sentOn = checkSending(ctx, r.deadline, body.sentOn, issues);
    if (issues.length > 0 || !sentOn) throw validationError(issues);
    await trx
      .updateTable('report_request')
      .set({ status: 'sent', sent_on: sentOn, updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'report_request.send',
      entityType: 'report_request',
      entityId: id,
      orgUnitId: r.org_unit_id,
      after: { sentOn },
      requestId: ctx.requestId,
    });
    return getRequestIn(trx, id);
  });
}
