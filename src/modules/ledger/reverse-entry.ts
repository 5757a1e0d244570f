// A posted entry is never edited: it is corrected by a reversal that references it and says why.
import { AppError, notFound } from '../../kernel/errors.js';
import { civilDate, type CivilDate } from '../../kernel/dates.js';
import { neg, satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { accountByCode } from './chart.js';
import { ledgerWrite } from './ledger-write.js';
import type { EntryKind } from './post-entries.js';

/** Entries whose effects reach beyond the books (a loan's state, a member's exit, a year's close) are undone by their own use case. */
const REVERSIBLE: ReadonlySet<string> = new Set<EntryKind>([
  'meeting_day',
  'member_join',
  'loan_repayment',
  'income',
  'expense',
  'transfer',
]);

const refused = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'validation', messageTh, messageEn });

export async function reverseEntry(
  ctx: UseCaseContext,
  input: { groupId: string; entryNo: number; reason: string; postedOn?: string | undefined; idempotencyKey?: string },
): Promise<{ entryNo: number; reversesEntryNo: number }> {
  const { result } = await ledgerWrite(
    ctx,
    {
      groupId: input.groupId,
      idempotencyKey: input.idempotencyKey,
      operation: 'journal.reverse',
      request: { entryNo: input.entryNo, reason: input.reason, postedOn: input.postedOn },
      permission: 'savings:post',
    },
    async ({ trx, book, group, post }) => {
      const entry = await trx
        .selectFrom('journal_entry')
        .selectAll()
        .where('group_id', '=', group.id)
        .where('entry_no', '=', String(input.entryNo))
        .executeTakeFirst();
      if (!entry) throw notFound();
      if (!REVERSIBLE.has(entry.kind)) {
        throw refused(
          'entry_not_reversible_here',
          'รายการประเภทนี้ต้องยกเลิกผ่านเมนูของรายการนั้น (เช่น เงินกู้ การลาออก หรือการปิดบัญชีประจำปี)',
          `Entries of kind ${entry.kind} are undone through their own use case`,
        );
      }
      const already = await trx
        .selectFrom('journal_entry')
        .select('entry_no')
        .where('group_id', '=', group.id)
        .where('reverses_entry_no', '=', entry.entry_no)
        .executeTakeFirst();
      if (already) {
        throw refused(
          'entry_already_reversed',
          `รายการเลขที่ ${input.entryNo} ถูกกลับรายการไปแล้ว (รายการเลขที่ ${already.entry_no})`,
          `Entry ${input.entryNo} was already reversed by ${already.entry_no}`,
        );
      }
      const lines = await trx
        .selectFrom('journal_line')
        .selectAll()
        .where('group_id', '=', group.id)
        .where('entry_no', '=', entry.entry_no)
        .orderBy('line_no')
        .execute();
      const postedOn: CivilDate = input.postedOn ? civilDate(input.postedOn) : book.today;
      const [entryNo] = await post([
        {
          postedOn,
          kind: 'reversal',
          memo: `กลับรายการเลขที่ ${input.entryNo}`,
          memberNo: entry.member_no,
          loanNo: entry.loan_no,
          reversesEntryNo: input.entryNo,
          reason: input.reason,
          lines: lines.map((l) => ({
            account: accountByCode(l.account_code)!,
            amount: neg(satang(Number(l.amount))),
            memberNo: l.member_no,
            loanNo: l.loan_no,
          })),
        },
      ]);
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'journal.reverse',
        entityType: 'journal_entry',
        entityId: `${group.id}:${input.entryNo}`,
        orgUnitId: group.orgUnitId,
        after: { reversalEntryNo: entryNo, reason: input.reason, postedOn },
        requestId: ctx.requestId,
      });
      return { entryNo: entryNo!, reversesEntryNo: input.entryNo };
    },
  );
  return result;
}
