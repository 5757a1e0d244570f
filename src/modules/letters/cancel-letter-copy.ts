import { AppError, notFound, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireLetterManage } from './letter-access.js';
import { toCopySummary } from './letter-views.js';
import { copyRows } from './letters.repository.js';
import type { TLetterCopySummary } from './letters.schemas.js';

/** Cancels a registered number. It stays in the register, marked cancelled with the reason, never reused. */
export async function cancelLetterCopy(
  ctx: UseCaseContext,
  copyId: string,
  reason: string,
): Promise<TLetterCopySummary> {
  return ctx.db.transaction().execute(async (trx) => {
    const copy = await copyRows(trx).where('c.id', '=', copyId).forUpdate('c').executeTakeFirst();
    if (!copy) throw notFound();
    requireLetterManage(ctx.actor, copy.issuing_path);
    if (!reason) {
      throw validationError([
        { path: 'reason', messageTh: 'กรุณาระบุเหตุผลที่ยกเลิกเลขหนังสือ', messageEn: 'A reason is required' },
      ]);
    }
    if (copy.status === 'cancelled') {
      throw new AppError({
        code: 'letter_copy_cancelled',
        kind: 'conflict',
        messageTh: 'เลขหนังสือนี้ถูกยกเลิกไปแล้ว',
        messageEn: 'This number is already cancelled',
      });
    }
    await trx
      .updateTable('letter_copy')
      .set({
        status: 'cancelled',
        cancel_reason: reason,
        cancelled_at: ctx.clock.now(),
        cancelled_by: ctx.actor.userId,
      })
      .where('id', '=', copyId)
      .execute();
    const after = toCopySummary((await copyRows(trx).where('c.id', '=', copyId).executeTakeFirst())!);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'letter_copy.cancel',
      entityType: 'letter_copy',
      entityId: copyId,
      orgUnitId: copy.issuing_id,
      before: { status: copy.status },
      after: { status: after.status, reason, number: after.number },
      requestId: ctx.requestId,
    });
    return after;
  });
}
