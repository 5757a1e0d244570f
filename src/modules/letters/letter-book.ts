import { notFound, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireRecordAccess, requireUnitAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { BOOK_CODE_PATTERN, bookCodeFor, normaliseBookCode } from './book-code.js';
import { findUnit } from './letters.repository.js';
import type { TLetterBook } from './letters.schemas.js';

export async function getLetterBook(ctx: UseCaseContext, orgUnitId: string): Promise<TLetterBook> {
  const unit = await findUnit(ctx.db, orgUnitId);
  if (!unit) throw notFound();
  requireRecordAccess(ctx.actor, 'programs:read', unit.path);
  return { orgUnitId, ...(await bookCodeFor(ctx.db, unit)) };
}

/** Sets the code printed before a unit's numbers; numbers already issued keep the code they had. */
export async function setLetterBook(ctx: UseCaseContext, orgUnitId: string, raw: string): Promise<TLetterBook> {
  const bookCode = normaliseBookCode(raw);
  return ctx.db.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, orgUnitId);
    if (!unit) throw notFound();
    requireRecordAccess(ctx.actor, 'programs:read', unit.path);
    requireUnitAccess(ctx.actor, 'programs:manage', unit.path);
    if (!BOOK_CODE_PATTERN.test(bookCode)) {
      throw validationError([
        {
          path: 'bookCode',
          messageTh: 'รหัสหนังสือต้องเป็นอักษรย่อตามด้วยรหัสหน่วยงาน เช่น "พย 0019.1" (ไม่ต้องใส่ "/" หรือเลขที่)',
          messageEn: 'Book code must look like "พย 0019.1"',
        },
      ]);
    }
    const before = await bookCodeFor(trx, unit);
    await trx
      .insertInto('letter_book')
      .values({
        org_unit_id: orgUnitId,
        book_code: bookCode,
        updated_by: ctx.actor.userId,
        updated_at: ctx.clock.now(),
      })
      .onConflict((oc) =>
        oc
          .column('org_unit_id')
          .doUpdateSet({ book_code: bookCode, updated_by: ctx.actor.userId, updated_at: ctx.clock.now() }),
      )
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'letter_book.set',
      entityType: 'org_unit',
      entityId: orgUnitId,
      orgUnitId,
      before,
      after: { bookCode },
      requestId: ctx.requestId,
    });
    return { orgUnitId, bookCode, configured: true };
  });
}
