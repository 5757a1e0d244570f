import { dateParts, todayInBangkok } from '../../kernel/dates.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireUnitAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { requireCopyAccess } from './letter-access.js';
import { toCopySummary } from './letter-views.js';
import { copyRows, takeNumbers } from './letters.repository.js';
import type { TLetterCopySummary } from './letters.schemas.js';

const conflict = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'conflict', messageTh, messageEn });

/** ลงรับ: the addressee unit enters the copy in its receive register (its own numbers, this calendar year). */
export async function receiveLetterCopy(ctx: UseCaseContext, copyId: string): Promise<TLetterCopySummary> {
  return ctx.db.transaction().execute(async (trx) => {
    const copy = await copyRows(trx).where('c.id', '=', copyId).forUpdate('c').executeTakeFirst();
    if (!copy) throw notFound();
    requireCopyAccess(ctx.actor, copy);
    requireUnitAccess(ctx.actor, 'programs:respond', copy.addressee_path);
    if (copy.status === 'cancelled')
      throw conflict('letter_copy_cancelled', 'หนังสือฉบับนี้ถูกยกเลิกเลขแล้ว ลงรับไม่ได้', 'The copy was cancelled');
    if (copy.received_no !== null)
      throw conflict('letter_copy_received', 'หนังสือฉบับนี้ลงรับไปแล้ว', 'The copy was already received');
    const year = dateParts(todayInBangkok(ctx.clock)).year;
    const no = await takeNumbers(trx, { orgUnitId: copy.addressee_id, year, series: 'received', count: 1 });
    await trx
      .updateTable('letter_copy')
      .set({ received_year: year, received_no: no, received_at: ctx.clock.now(), received_by: ctx.actor.userId })
      .where('id', '=', copyId)
      .execute();
    const after = toCopySummary((await copyRows(trx).where('c.id', '=', copyId).executeTakeFirst())!);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'letter_copy.receive',
      entityType: 'letter_copy',
      entityId: copyId,
      orgUnitId: copy.addressee_id,
      after: { receivedYear: year, receivedNo: no },
      requestId: ctx.requestId,
    });
    return after;
  });
}
