// Appends balanced entries to a locked book. Everything the database also enforces (balance,
// subledger, open period) is checked here first so users get a clear Thai message, not a 500.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, validationError } from '../../kernel/errors.js';
import { compareDates, formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { formatBaht, satang, type Satang } from '../../kernel/money.js';
import { accountByCode, isCreditNormal, type AccountDef } from './chart.js';
import { memberAccountBalances } from './ledger.repository.js';
import { maintainFigures } from './maintain-figures.js';

export type EntryKind =
  | 'meeting_day'
  | 'member_join'
  | 'member_exit'
  | 'loan_disbursement'
  | 'loan_repayment'
  | 'loan_write_off'
  | 'opening'
  | 'year_end'
  | 'income'
  | 'expense'
  | 'transfer'
  | 'reversal';

export interface LineDraft {
  account: AccountDef;
  /** Debit > 0, credit < 0. */
  amount: Satang;
  memberNo?: number | null;
  loanNo?: number | null;
}

export interface EntryDraft {
  postedOn: CivilDate;
  kind: EntryKind;
  memo?: string;
  memberNo?: number | null;
  loanNo?: number | null;
  batchNo?: number | null;
  reversesEntryNo?: number;
  reason?: string;
  lines: LineDraft[];
}

export interface BookState {
  groupId: string;
  nextEntryNo: number;
  closedThrough: CivilDate | null;
  today: CivilDate;
  recordedBy: string | null;
  recordedAt: Date;
}

/** 12 columns per entry + 5,000 lines × 7 columns stays under the bind-parameter limit up to here. */
const MAX_ENTRIES_WITH_LINES = 2000;

const ledgerError = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'validation', messageTh, messageEn });

/** Code-side checks of one entry; throws before anything is written. */
export function checkEntry(book: BookState, e: EntryDraft): void {
  if (book.closedThrough && compareDates(e.postedOn, book.closedThrough) <= 0) {
    throw ledgerError(
      'period_closed',
      `ปิดงวดบัญชีถึงวันที่ ${formatThaiDate(book.closedThrough)} แล้ว ไม่สามารถบันทึกรายการลงวันที่ ${formatThaiDate(e.postedOn)} ได้`,
      `Books are closed through ${book.closedThrough}; cannot post on ${e.postedOn}`,
    );
  }
  if (compareDates(e.postedOn, book.today) > 0) {
    throw ledgerError(
      'posting_date_in_future',
      `วันที่บันทึกบัญชี (${formatThaiDate(e.postedOn)}) ต้องไม่เกินวันนี้`,
      `Posting date ${e.postedOn} is in the future`,
    );
  }
  if (e.lines.length < 2) throw new Error('an entry needs at least two lines');
  let total = 0;
  for (const l of e.lines) {
    satang(l.amount);
    if (l.amount === 0) throw new Error('zero journal line');
    const sub = l.account.subledger;
    const ok =
      (sub === 'none' && l.memberNo == null && l.loanNo == null) ||
      (sub === 'member' && l.memberNo != null && l.loanNo == null) ||
      (sub === 'loan' && l.memberNo != null && l.loanNo != null);
    if (!ok) throw new Error(`line on ${l.account.code} does not match its subledger`);
    if (!accountByCode(l.account.code)) throw new Error(`unknown account ${l.account.code}`);
    total += l.amount;
  }
  if (total !== 0) {
    throw ledgerError(
      'entry_unbalanced',
      `รายการบัญชีไม่สมดุล: เดบิตและเครดิตต่างกัน ${formatBaht(satang(Math.abs(total)))} บาท`,
      `Entry does not balance (off by ${total} satang)`,
    );
  }
}

/**
 * Money a member holds with the group (pledged and special savings, amounts payable to them) never
 * goes below zero: checked for every member account an entry draws on.
 */
async function checkMemberBalances(trx: Transaction<DB>, groupId: string, entries: EntryDraft[]): Promise<void> {
  const delta = new Map<string, { account: AccountDef; memberNo: number; change: number }>();
  for (const e of entries)
    for (const l of e.lines) {
      if (l.account.subledger !== 'member' || !isCreditNormal(l.account.type) || l.memberNo == null) continue;
      const k = `${l.account.code}:${l.memberNo}`;
      const d = delta.get(k) ?? { account: l.account, memberNo: l.memberNo, change: 0 };
      d.change += l.amount;
      delta.set(k, d);
    }
  const drawn = [...delta.values()].filter((d) => d.change > 0);
  const balances = await memberAccountBalances(
    trx,
    groupId,
    drawn.map((d) => ({ account: d.account.code, memberNo: d.memberNo })),
  );
  const issues = drawn.flatMap((d) => {
    const held = -(balances.get(`${d.account.code}:${d.memberNo}`) ?? 0);
    if (held - d.change >= 0) return [];
    return [
      {
        path: `members.${d.memberNo}`,
        messageTh: `สมาชิกเลขที่ ${d.memberNo}: ${d.account.nameTh}ไม่พอ (คงเหลือ ${formatBaht(satang(held))} บาท ต้องการ ${formatBaht(satang(d.change))} บาท)`,
        messageEn: `Member ${d.memberNo}: ${d.account.code} balance ${held} < ${d.change}`,
      },
    ];
  });
  if (issues.length) throw validationError(issues, 'insufficient_balance');
}

/** Writes the entries with consecutive numbers; returns their entry numbers. Caller holds the book lock. */
export async function postEntries(trx: Transaction<DB>, book: BookState, entries: EntryDraft[]): Promise<number[]> {
  if (entries.length === 0) return [];
  for (const e of entries) checkEntry(book, e);
  await checkMemberBalances(trx, book.groupId, entries);
  const numbers = entries.map((_, i) => book.nextEntryNo + i);
  const entryRows = entries.map((e, i) => ({
    group_id: book.groupId,
    entry_no: numbers[i]!,
    posted_on: e.postedOn,
    recorded_at: book.recordedAt,
    kind: e.kind,
    memo: e.memo ?? '',
    member_no: e.memberNo ?? null,
    loan_no: e.loanNo ?? null,
    batch_no: e.batchNo ?? null,
    reverses_entry_no: e.reversesEntryNo ?? null,
    reason: e.reason ?? null,
    recorded_by: book.recordedBy,
  }));
  const lineRows = (slice: number[]) =>
    slice.flatMap((i) =>
      entries[i]!.lines.map((l, j) => ({
        group_id: book.groupId,
        entry_no: numbers[i]!,
        line_no: j + 1,
        account_code: l.account.code,
        member_no: l.memberNo ?? null,
        loan_no: l.loanNo ?? null,
        amount: l.amount,
      })),
    );
  // Lines go in slices to stay under PostgreSQL's 65,535 bind parameters, never splitting an entry
  // (the database checks each entry's balance per statement, migration 0016). The entries, the first
  // slice and the book's counter share one statement: a meeting day is one round trip, not three.
  const [first = [], ...rest] = entrySlices(entries, 5000);
  book.nextEntryNo += entries.length;
  const bumpBook = (db: Transaction<DB>) =>
    db.updateTable('ledger_book').set({ next_entry_no: book.nextEntryNo }).where('group_id', '=', book.groupId);
  if (entries.length <= MAX_ENTRIES_WITH_LINES) {
    await trx
      .with('e', (db) => db.insertInto('journal_entry').values(entryRows))
      .with('l', (db) => db.insertInto('journal_line').values(lineRows(first)))
      .updateTable('ledger_book')
      .set({ next_entry_no: book.nextEntryNo })
      .where('group_id', '=', book.groupId)
      .execute();
  } else {
    await trx.insertInto('journal_entry').values(entryRows).execute();
    await trx.insertInto('journal_line').values(lineRows(first)).execute();
    await bumpBook(trx).execute();
  }
  for (const slice of rest) await trx.insertInto('journal_line').values(lineRows(slice)).execute();
  await maintainFigures(trx, book.groupId, entries);
  return numbers;
}

/** Indexes of entries grouped so each group holds at most maxLines lines (an entry is never split). */
export function entrySlices(entries: readonly EntryDraft[], maxLines: number): number[][] {
  const slices: number[][] = [];
  let current: number[] = [];
  let lines = 0;
  entries.forEach((e, i) => {
    if (current.length && lines + e.lines.length > maxLines) {
      slices.push(current);
      current = [];
      lines = 0;
    }
    current.push(i);
    lines += e.lines.length;
  });
  if (current.length) slices.push(current);
  return slices;
}
