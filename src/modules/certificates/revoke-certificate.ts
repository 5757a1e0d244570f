import { AppError, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { readableCertificate, requireCertificateManage } from './certificate-access.js';
import { toCertificate } from './certificates.mappers.js';
import { markRevoked } from './certificates.repository.js';
import type { TCertificate } from './certificates.schemas.js';

/**
 * Withdraws a certificate (wrong name, award annulled). The row and its code stay, so the paper
 * already handed out verifies as revoked rather than as unknown.
 */
export async function revokeCertificate(ctx: UseCaseContext, id: string, reason: string): Promise<TCertificate> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await readableCertificate(trx, ctx.actor, id, { forUpdate: true });
    requireCertificateManage(ctx.actor, row);
    const why = reason.trim();
    if (!why) {
      throw validationError([
        { path: 'reason', messageTh: 'กรุณาระบุเหตุผลที่ยกเลิกเกียรติบัตร', messageEn: 'A reason is required' },
      ]);
    }
    if (row.revoked_at) {
      throw new AppError({
        code: 'certificate_revoked',
        kind: 'conflict',
        messageTh: 'เกียรติบัตรฉบับนี้ถูกยกเลิกไปแล้ว',
        messageEn: 'This certificate is already revoked',
      });
    }
    await markRevoked(trx, id, ctx.clock.now(), why, ctx.actor.userId);
    const after = toCertificate(await readableCertificate(trx, ctx.actor, id));
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'certificate.revoke',
      entityType: 'certificate',
      entityId: id,
      orgUnitId: row.issuer_unit_id,
      before: { revokedAt: null },
      after: { revokedAt: after.revokedAt, reason: why, code: row.code },
      requestId: ctx.requestId,
    });
    return after;
  });
}
