import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { getRequestIn } from './get-request.js';
import { requireIssuerManage } from './request-access.js';
import { findRequest } from './requests.repository.js';
import type { TReportRequest } from './requests.schemas.js';

/** Closes a sent request: no more drafts or submissions; reviews of what arrived continue. */
export async function closeRequest(ctx: UseCaseContext, id: string): Promise<TReportRequest> {
  return ctx.db.transaction().execute(async (trx) => {
    const r = await findRequest(trx, id, { forUpdate: true });
    if (!r) throw notFound();
    requireIssuerManage(ctx.actor, r.issuer_path);
    if (r.status !== 'sent') {
      throw new AppError({
        code: 'request_not_sent',
        kind: 'conflict',
        messageTh: 'ปิดรับได้เฉพาะคำขอที่ส่งแล้วและยังไม่ปิด',
        messageEn: 'Only a sent request can be closed',
      });
    }
    await trx
      .updateTable('report_request')
      .set({ status: 'closed', updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'report_request.close',
      entityType: 'report_request',
      entityId: id,
      orgUnitId: r.org_unit_id,
      requestId: ctx.requestId,
    });
    return getRequestIn(trx, id);
  });
}
