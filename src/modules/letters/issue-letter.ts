import { dateParts, todayInBangkok } from '../../kernel/dates.js';
import { notFound, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { bookCodeFor } from './book-code.js';
import { checkDraft } from './check-draft.js';
import { draftRequestOf } from './draft-request.js';
import { requireLetterManage } from './letter-access.js';
import { letterView } from './letter-views.js';
import { addresseeRefs, letterRow, takeNumbers } from './letters.repository.js';
import type { TLetter } from './letters.schemas.js';
import { alreadyIssued } from './save-letter-draft.js';

/**
 * Issues a draft: dated today, one registered copy per addressee with consecutive numbers from the
 * issuing unit's register for this calendar year (the circular series for a circular), each copy
 * delivered to its addressee's inbox. The letter row is locked first, so a second issue of the same
 * letter waits and then finds it issued (409); the counter upsert serialises different letters.
 */
export async function issueLetter(ctx: UseCaseContext, id: string): Promise<TLetter> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await letterRow(trx, id, { forUpdate: true });
    if (!row) throw notFound();
    requireLetterManage(ctx.actor, row.issuing_path);
    if (row.status !== 'draft') throw alreadyIssued();
    const addressees = await addresseeRefs(trx, [id]);
    const checked = await checkDraft(trx, ctx.actor, draftRequestOf(row, addressees));
    const { bookCode } = await bookCodeFor(trx, checked.unit);
    if (!bookCode) {
      throw validationError([
        {
          path: 'issuingUnitId',
          messageTh: `ยังไม่ได้กำหนดรหัสหนังสือ (เช่น "พย 0019.1") ของ${checked.unit.name_th} กรุณากำหนดก่อนออกเลข`,
          messageEn: 'The issuing unit has no book code configured',
        },
      ]);
    }
    const letterDate = todayInBangkok(ctx.clock);
    const year = dateParts(letterDate).year;
    const series = row.circular ? 'circular' : 'outgoing';
    const count = checked.copies.length;
    const last = await takeNumbers(trx, { orgUnitId: row.issuing_unit_id, year, series, count });
    await trx
      .insertInto('letter_copy')
      .values(
        checked.copies.map((c, i) => ({
          letter_id: id,
          addressee_unit_id: c.unit.id,
          issuing_unit_id: row.issuing_unit_id,
          year,
          series,
          running_no: last - count + 1 + i,
          book_code: bookCode,
          salutation: c.salutation,
          body: JSON.stringify(c.body),
        })),
      )
      .execute();
    await trx
      .updateTable('letter')
      .set({ status: 'issued', letter_date: letterDate, issued_at: ctx.clock.now(), issued_by: ctx.actor.userId })
      .where('id', '=', id)
      .execute();
    const after = await letterView(trx, id);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'letter.issue',
      entityType: 'letter',
      entityId: id,
      orgUnitId: row.issuing_unit_id,
      after: { letterDate, copies: after.copies.map((c) => ({ id: c.id, number: c.number, to: c.addressee.id })) },
      requestId: ctx.requestId,
    });
    return after;
  });
}
