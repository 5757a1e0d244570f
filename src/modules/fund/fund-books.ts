// Appends balanced entries to a locked fund's books. Everything the database also enforces
// (balance, participant lines, no account below zero) is checked here first, so users get a
// clear Thai message and nothing is written.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { compareDates, formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';
import { formatBaht, satang, type Satang } from '../../kernel/money.js';
import { FUND_ACCOUNTS, fundAccountByCode, type FundAccountDef } from './chart.js';
import type { FundEntryKind } from './fund.tables.js';
import { accountBalances } from './fund.repository.js';

export interface FundLineDraft {
  account: FundAccountDef;
  /** Debit > 0, credit < 0. */
  amount: Satang;
  participantNo?: number | null;
}

export interface FundEntryDraft {
  postedOn: CivilDate;
  kind: FundEntryKind;
  memo: string;
  reversesEntryNo?: number;
  reason?: string;
  lines: FundLineDraft[];
}

export interface FundBook {
  fundId: string;
  startsOn: CivilDate;
  nextEntryNo: number;
  today: CivilDate;
  recordedBy: string;
  recordedAt: Date;
}

export const bookError = (code: string, messageTh: string, messageEn: string, path?: string) =>
  new AppError({
    code,
    kind: 'validation',
    messageTh,
    messageEn,
    issues: path ? [{ path, messageTh, messageEn }] : [],
  });

/** Code-side checks of one entry; throws before anything is written. */
export function checkFundEntry(book: FundBook, e: FundEntryDraft, datePath = 'date'): void {
  if (compareDates(e.postedOn, book.today) > 0) {
    throw bookError(
      'posting_date_in_future',
      `วันที่ (${formatThaiDate(e.postedOn)}) ต้องไม่เกินวันนี้`,
      `Date ${e.postedOn} is in the future`,
      datePath,
    );
  }
  if (compareDates(e.postedOn, book.startsOn) < 0) {
    throw bookError(
      'before_fund_start',
      `วันที่ (${formatThaiDate(e.postedOn)}) ต้องไม่ก่อนวันเริ่มโครงการ (${formatThaiDate(book.startsOn)})`,
      `Date ${e.postedOn} is before the fund starts`,
      datePath,
    );
  }
  if (e.lines.length < 2) throw new Error('a fund entry needs at least two lines');
  let total = 0;
  for (const l of e.lines) {
    satang(l.amount);
    if (l.amount === 0) throw new Error('zero fund journal line');
    if (!fundAccountByCode(l.account.code)) throw new Error(`unknown fund account ${l.account.code}`);
    if (l.account.participant !== (l.participantNo != null)) {
      throw new Error(`line on ${l.account.code} does not match its participant subledger`);
    }
    total += l.amount;
  }
  if (total !== 0) {
    throw bookError(
      'entry_unbalanced',
      `รายการบัญชีไม่สมดุล: เดบิตและเครดิตต่างกัน ${formatBaht(satang(Math.abs(total)))} บาท`,
      `Entry does not balance (off by ${total} satang)`,
    );
  }
}

const SHORT: Record<string, { code: string; messageTh: (held: Satang, need: Satang) => string; path: string }> = {
  [FUND_ACCOUNTS.cashOnHand.code]: {
    code: 'cash_insufficient',
    path: 'amount',
    messageTh: (held, need) =>
      `เงินสดจากกระปุกออมสินที่ยังไม่ได้นำฝากมี ${formatBaht(held)} บาท น้อยกว่าจำนวนที่ต้องการ ${formatBaht(need)} บาท`,
  },
  [FUND_ACCOUNTS.bank.code]: {
    code: 'fund_balance_insufficient',
    path: 'amount',
    messageTh: (held, need) =>
      `ยอดเงินกองทุนในบัญชีธนาคารมี ${formatBaht(held)} บาท ไม่พอจ่าย ${formatBaht(need)} บาท (จ่ายได้ไม่เกินยอดเงินฝากหักเงินที่จ่ายไปแล้ว)`,
  },
};

/** Cash awaiting deposit and the bank never go below zero: checked against the lines, under the lock. */
async function checkCashAndBank(trx: Transaction<DB>, fundId: string, entries: FundEntryDraft[]): Promise<void> {
  const delta = new Map<string, number>();
  for (const e of entries)
    for (const l of e.lines)
      if (SHORT[l.account.code]) delta.set(l.account.code, (delta.get(l.account.code) ?? 0) + l.amount);
  const drawn = [...delta].filter(([, d]) => d < 0);
  if (drawn.length === 0) return;
  const balances = await accountBalances(trx, fundId);
  for (const [code, d] of drawn) {
    const held = balances.get(code) ?? 0;
    if (held + d >= 0) continue;
    const s = SHORT[code]!;
    const messageTh = s.messageTh(satang(held), satang(-d));
    throw new AppError({
      code: s.code,
      kind: 'validation',
      messageTh,
      messageEn: `Account ${code} holds ${held} satang, ${-d} needed`,
      issues: [{ path: s.path, messageTh, messageEn: 'Not enough money in the account' }],
    });
  }
}

/** Writes the entries with consecutive numbers; returns their entry numbers. Caller holds the fund lock. */
export async function postFundEntries(
  trx: Transaction<DB>,
  book: FundBook,
  entries: FundEntryDraft[],
  datePath?: string,
): Promise<number[]> {
  if (entries.length === 0) return [];
  for (const e of entries) checkFundEntry(book, e, datePath);
  await checkCashAndBank(trx, book.fundId, entries);
  const numbers = entries.map((_, i) => book.nextEntryNo + i);
  book.nextEntryNo += entries.length;
  // Entries, lines and the book's counter in one statement; the database checks each entry's
  // balance per statement (migration 0030), so an entry's lines always travel together.
  await trx
    .with('e', (db) =>
      db.insertInto('fund_journal_entry').values(
        entries.map((e, i) => ({
          fund_id: book.fundId,
          entry_no: numbers[i]!,
          posted_on: e.postedOn,
          recorded_at: book.recordedAt,
          kind: e.kind,
          memo: e.memo,
          reverses_entry_no: e.reversesEntryNo ?? null,
          reason: e.reason ?? null,
          recorded_by: book.recordedBy,
        })),
      ),
    )
    .with('l', (db) =>
      db.insertInto('fund_journal_line').values(
        entries.flatMap((e, i) =>
          e.lines.map((l, j) => ({
            fund_id: book.fundId,
            entry_no: numbers[i]!,
            line_no: j + 1,
            account_code: l.account.code,
            participant_no: l.participantNo ?? null,
            amount: l.amount,
          })),
        ),
      ),
    )
    .updateTable('staff_fund')
    .set({ next_entry_no: book.nextEntryNo })
    .where('id', '=', book.fundId)
    .execute();
  return numbers;
}
