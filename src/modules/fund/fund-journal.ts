import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { fundAccountByCode } from './chart.js';
import { requireFundManage } from './fund-access.js';
import { findFund, reversedEntries } from './fund.repository.js';
import type { TFundEntry } from './fund.schemas.js';

/** The fund's books in posting order, every entry with its lines: the fund's own statement. */
export async function fundJournal(ctx: UseCaseContext, fundId: string): Promise<{ items: TFundEntry[] }> {
  const fund = await findFund(ctx.db, fundId);
  requireFundManage(ctx.actor, fund);
  const [entries, lines, reversed] = await Promise.all([
    ctx.db.selectFrom('fund_journal_entry').selectAll().where('fund_id', '=', fund.id).orderBy('entry_no').execute(),
    ctx.db
      .selectFrom('fund_journal_line')
      .selectAll()
      .where('fund_id', '=', fund.id)
      .orderBy('entry_no')
      .orderBy('line_no')
      .execute(),
    reversedEntries(ctx.db, fund.id),
  ]);
  const byEntry = new Map<number, typeof lines>();
  for (const l of lines) {
    const list = byEntry.get(Number(l.entry_no)) ?? byEntry.set(Number(l.entry_no), []).get(Number(l.entry_no))!;
    list.push(l);
  }
  return {
    items: entries.map((e) => ({
      entryNo: Number(e.entry_no),
      postedOn: e.posted_on,
      kind: e.kind,
      memo: e.memo,
      reversesEntryNo: e.reverses_entry_no === null ? null : Number(e.reverses_entry_no),
      reversedByEntryNo: reversed.get(Number(e.entry_no)) ?? null,
      reason: e.reason,
      lines: (byEntry.get(Number(e.entry_no)) ?? []).map((l) => ({
        lineNo: l.line_no,
        accountCode: l.account_code,
        accountNameTh: fundAccountByCode(l.account_code)?.nameTh ?? l.account_code,
        participantNo: l.participant_no,
        amount: satang(Number(l.amount)),
      })),
    })),
  };
}
