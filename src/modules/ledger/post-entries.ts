// Appends balanced entries to a locked book. Everything the database also enforces (balance,
// subledger, open period) is checked here first so users get a clear Thai message, not a 500.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, validationError } from '../../kernel/errors.js';
import { compareDates, formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { formatBaht, satang, type Satang } from '../../kernel/money.js';
import { accountByCode, isCreditNormal, type AccountDef } from './chart.js';
import { chainEntries } from './entry-chain.js';
import { memberAccountBalances } from './ledger.repository.js';
import { maintainFiguresMany } from './maintain-figures.js';

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
  /** The hash of the book's last entry (migration 0036); advanced as entries are written. */
  headHash: Uint8Array;
}

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

/** One group's book with the entries to append to it. */
export interface BookEntries {
  book: BookState;
  entries: EntryDraft[];
}

/**
 * Money a member holds with the group (pledged and special savings, amounts payable to them) never
 * goes below zero: checked for every member account an entry draws on, for all the books at once.
 */
async function checkMemberBalances(trx: Transaction<DB>, batches: readonly BookEntries[]): Promise<void> {
  const delta = new Map<string, { groupId: string; account: AccountDef; memberNo: number; change: number }>();
  for (const { book, entries } of batches)
    for (const e of entries)
      for (const l of e.lines) {
        if (l.account.subledger !== 'member' || !isCreditNormal(l.account.type) || l.memberNo == null) continue;
        const k = `${book.groupId}:${l.account.code}:${l.memberNo}`;
        const d = delta.get(k) ?? { groupId: book.groupId, account: l.account, memberNo: l.memberNo, change: 0 };
        d.change += l.amount;
        delta.set(k, d);
      }
  const drawn = [...delta.values()].filter((d) => d.change > 0);
  const balances = await memberAccountBalances(
    trx,
    drawn.map((d) => ({ groupId: d.groupId, account: d.account.code, memberNo: d.memberNo })),
  );
  const issues = drawn.flatMap((d) => {
    const held = -(balances.get(`${d.groupId}:${d.account.code}:${d.memberNo}`) ?? 0);
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
  return (await postEntriesMany(trx, [{ book, entries }]))[0]!;
}

/**
 * Appends each book's entries with consecutive numbers, every book in one statement; returns the
 * entry numbers per book. The caller holds the books' locks. Rows travel as one array per column
 * (unnest), so the statement has a fixed handful of parameters whatever the number of entries: no
 * bind-parameter limit to slice around, and each entry's lines arrive in the same statement as the
 * entry, which the database's per-statement checks require (migrations 0016, 0033).
 */
export async function postEntriesMany(trx: Transaction<DB>, batches: readonly BookEntries[]): Promise<number[][]> {
  const posting = batches.filter((b) => b.entries.length > 0);
  for (const { book, entries } of posting) for (const e of entries) checkEntry(book, e);
  if (posting.length === 0) return batches.map(() => []);
  await checkMemberBalances(trx, posting);
  const e = { group: [] as string[], no: [] as number[], on: [] as string[], at: [] as string[], kind: [] as string[] };
  const ex = {
    memo: [] as string[],
    member: [] as (number | null)[],
    loan: [] as (number | null)[],
    batch: [] as (number | null)[],
    reverses: [] as (number | null)[],
    reason: [] as (string | null)[],
    by: [] as (string | null)[],
    hash: [] as string[],
  };
  const l = {
    group: [] as string[],
    entry: [] as number[],
    line: [] as number[],
    account: [] as string[],
    member: [] as (number | null)[],
    loan: [] as (number | null)[],
    amount: [] as number[],
  };
  const numbers = batches.map(({ book, entries }) => {
    const nos = entries.map((_, i) => book.nextEntryNo + i);
    const at = book.recordedAt.toISOString();
    const hashes = chainEntries(
      book.headHash,
      entries.map((d, i) => ({
        groupId: book.groupId,
        entryNo: nos[i]!,
        postedOn: d.postedOn,
        recordedAt: book.recordedAt,
        kind: d.kind,
        memo: d.memo ?? '',
        memberNo: d.memberNo ?? null,
        loanNo: d.loanNo ?? null,
        batchNo: d.batchNo ?? null,
        reversesEntryNo: d.reversesEntryNo ?? null,
        reason: d.reason ?? null,
        recordedBy: book.recordedBy,
        lines: d.lines.map((x, j) => ({
          lineNo: j + 1,
          accountCode: x.account.code,
          memberNo: x.memberNo ?? null,
          loanNo: x.loanNo ?? null,
          amount: x.amount,
        })),
      })),
    );
    entries.forEach((d, i) => {
      e.group.push(book.groupId);
      e.no.push(nos[i]!);
      e.on.push(d.postedOn);
      e.at.push(at);
      e.kind.push(d.kind);
      ex.memo.push(d.memo ?? '');
      ex.member.push(d.memberNo ?? null);
      ex.loan.push(d.loanNo ?? null);
      ex.batch.push(d.batchNo ?? null);
      ex.reverses.push(d.reversesEntryNo ?? null);
      ex.reason.push(d.reason ?? null);
      ex.by.push(book.recordedBy);
      ex.hash.push(`\\x${hashes[i]!.toString('hex')}`);
      d.lines.forEach((x, j) => {
        l.group.push(book.groupId);
        l.entry.push(nos[i]!);
        l.line.push(j + 1);
        l.account.push(x.account.code);
        l.member.push(x.memberNo ?? null);
        l.loan.push(x.loanNo ?? null);
        l.amount.push(x.amount);
      });
    });
    book.nextEntryNo += entries.length;
    if (hashes.length) book.headHash = hashes.at(-1)!;
    return nos;
  });
  await sql`
    WITH e AS (
      INSERT INTO journal_entry (group_id, entry_no, posted_on, recorded_at, kind, memo, member_no, loan_no,
                                 batch_no, reverses_entry_no, reason, recorded_by, hash)
      SELECT * FROM unnest(${e.group}::uuid[], ${e.no}::bigint[], ${e.on}::date[], ${e.at}::timestamptz[],
        ${e.kind}::text[], ${ex.memo}::text[], ${ex.member}::int[], ${ex.loan}::int[], ${ex.batch}::bigint[],
        ${ex.reverses}::bigint[], ${ex.reason}::text[], ${ex.by}::uuid[], ${ex.hash}::bytea[])
    ), l AS (
      INSERT INTO journal_line (group_id, entry_no, line_no, account_code, member_no, loan_no, amount)
      SELECT * FROM unnest(${l.group}::uuid[], ${l.entry}::bigint[], ${l.line}::smallint[], ${l.account}::text[],
        ${l.member}::int[], ${l.loan}::int[], ${l.amount}::bigint[])
    )
    UPDATE ledger_book b SET next_entry_no = u.next_entry_no, head_hash = u.head_hash
    FROM unnest(${posting.map((b) => b.book.groupId)}::uuid[], ${posting.map((b) => b.book.nextEntryNo)}::bigint[],
                ${posting.map((b) => `\\x${Buffer.from(b.book.headHash).toString('hex')}`)}::bytea[])
      AS u(group_id, next_entry_no, head_hash)
    WHERE b.group_id = u.group_id`.execute(trx);
  await maintainFiguresMany(
    trx,
    posting.map((b) => ({ groupId: b.book.groupId, entries: b.entries })),
  );
  return numbers;
}
