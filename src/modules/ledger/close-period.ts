// Closing a month locks every posting date up to its last day; the close only ever moves forward.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../kernel/errors.js';
import { addDays, civilDate, compareDates, dateParts, formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { ledgerWrite } from './ledger-write.js';
import type { BookState } from './post-entries.js';

const refused = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'validation', messageTh, messageEn });

/** Moves the book's closed-through date forward (shared with the year-end close). */
export async function closeThrough(
  trx: Transaction<DB>,
  book: BookState,
  through: CivilDate,
  kind: 'month' | 'year',
): Promise<void> {
  if (book.closedThrough && compareDates(through, book.closedThrough) <= 0) {
    throw refused(
      'period_already_closed',
      `ปิดงวดบัญชีถึงวันที่ ${formatThaiDate(book.closedThrough)} แล้ว`,
      `Books are already closed through ${book.closedThrough}`,
    );
  }
  if (compareDates(through, book.today) >= 0) {
    throw refused(
      'period_not_over',
      `ปิดงวดได้เฉพาะวันที่ที่ผ่านไปแล้ว (ก่อนวันที่ ${formatThaiDate(book.today)})`,
      'Only past dates can be closed',
    );
  }
  await trx
    .insertInto('ledger_period_close')
    .values({ group_id: book.groupId, closed_through: through, kind, closed_by: book.recordedBy })
    .execute();
  await trx.updateTable('ledger_book').set({ closed_through: through }).where('group_id', '=', book.groupId).execute();
  book.closedThrough = through;
}

export async function closeMonth(
  ctx: UseCaseContext,
  input: { groupId: string; through: string; idempotencyKey?: string },
): Promise<{ groupId: string; closedThrough: string }> {
  const through = civilDate(input.through);
  if (dateParts(addDays(through, 1)).day !== 1) {
    throw refused('period_not_month_end', 'ต้องปิดงวดถึงวันสิ้นเดือน', 'A month close must end on the last day of a month');
  }
  const { result } = await ledgerWrite(
    ctx,
    {
      groupId: input.groupId,
      idempotencyKey: input.idempotencyKey,
      operation: 'period.close',
      request: { through },
      permission: 'savings:manage',
    },
    async ({ trx, book, group }) => {
      await closeThrough(trx, book, through, 'month');
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'ledger.close_month',
        entityType: 'savings_group',
        entityId: group.id,
        orgUnitId: group.orgUnitId,
        after: { closedThrough: through },
        requestId: ctx.requestId,
      });
      return { groupId: group.id, closedThrough: through as string };
    },
  );
  return result;
}
