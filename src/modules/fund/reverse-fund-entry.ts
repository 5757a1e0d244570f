import { civilDate, type CivilDate } from '../../kernel/dates.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { neg, satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { fundAccountByCode } from './chart.js';
import { fundWrite } from './fund-write.js';

const refused = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'validation', messageTh, messageEn });

/**
 * A posted entry is never edited: a wrong count, deposit or payout is corrected by a reversal that
 * references it and says why, once. The reversal obeys the same rules as any posting, so money
 * that has moved on (counted cash already banked, a bank balance already paid out) must be
 * reversed from the later end first.
 */
export async function reverseFundEntry(
  ctx: UseCaseContext,
  fundId: string,
  entryNo: number,
  input: { reason: string; postedOn?: string | undefined },
  idempotencyKey: string | undefined,
): Promise<{ entryNo: number; reversesEntryNo: number }> {
  return fundWrite(
    ctx,
    { fundId, idempotencyKey, operation: 'fund_entry.reverse', request: { entryNo, ...input } },
    async ({ trx, fund, book, post }) => {
      const entry = await trx
        .selectFrom('fund_journal_entry')
        .selectAll()
        .where('fund_id', '=', fund.id)
        .where('entry_no', '=', String(entryNo))
        .executeTakeFirst();
      if (!entry) throw notFound();
      if (entry.kind === 'reversal') {
        throw refused('entry_is_reversal', 'รายการกลับรายการแล้วไม่สามารถกลับรายการซ้ำได้', 'A reversal is not reversed');
      }
      const already = await trx
        .selectFrom('fund_journal_entry')
        .select('entry_no')
        .where('fund_id', '=', fund.id)
        .where('reverses_entry_no', '=', entry.entry_no)
        .executeTakeFirst();
      if (already) {
        throw refused(
          'entry_already_reversed',
          `รายการเลขที่ ${entryNo} ถูกกลับรายการไปแล้ว (รายการเลขที่ ${already.entry_no})`,
          `Entry ${entryNo} was already reversed`,
        );
      }
      const lines = await trx
        .selectFrom('fund_journal_line')
        .selectAll()
        .where('fund_id', '=', fund.id)
        .where('entry_no', '=', entry.entry_no)
        .orderBy('line_no')
        .execute();
      const postedOn: CivilDate = input.postedOn ? civilDate(input.postedOn) : book.today;
      const [reversal] = await post(
        [
          {
            postedOn,
            kind: 'reversal',
            memo: `กลับรายการเลขที่ ${entryNo}`,
            reversesEntryNo: entryNo,
            reason: input.reason,
            lines: lines.map((l) => ({
              account: fundAccountByCode(l.account_code)!,
              amount: neg(satang(Number(l.amount))),
              participantNo: l.participant_no,
            })),
          },
        ],
        'postedOn',
      );
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'fund_entry.reverse',
        entityType: 'staff_fund',
        entityId: `${fund.id}:entry:${entryNo}`,
        orgUnitId: fund.org_unit_id,
        after: { reversalEntryNo: reversal, reason: input.reason, postedOn },
        requestId: ctx.requestId,
      });
      return { entryNo: reversal!, reversesEntryNo: entryNo };
    },
  );
}
