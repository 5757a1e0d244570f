// The generated journal chained as the ledger chains it (migration 0036): each entry row gains its
// recorded_at (the meeting day, 10:00 in Bangkok) and its hash; the book its head hash. Rows are
// COPY text as the generator builds them (tab-separated, \N for NULL, no other escapes).
import { CHAIN_GENESIS, chainHash, entryCanonical } from '../../src/modules/ledger/index.js';

const NULL = '\\N';
const value = (v: string) => (v === NULL ? null : v);
const int = (v: string) => (v === NULL ? null : Number(v));

/** Entries (group_id … recorded_by, in entry order) and their lines (in entry, then line order). */
export function chainRows(
  entryRows: readonly string[],
  lineRows: readonly string[],
): { entries: string[]; head: string } {
  let head: Uint8Array = CHAIN_GENESIS;
  let next = 0;
  const entries = entryRows.map((row) => {
    const [groupId, entryNo, postedOn, kind, memo, memberNo, loanNo, batchNo, recordedBy] = row.split('\t') as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const lines = [];
    for (; next < lineRows.length; next++) {
      const [, no, lineNo, account, m, l, amount] = lineRows[next]!.split('\t') as string[];
      if (no !== entryNo) break;
      lines.push({
        lineNo: Number(lineNo),
        accountCode: account!,
        memberNo: int(m!),
        loanNo: int(l!),
        amount: Number(amount),
      });
    }
    const recordedAt = new Date(`${postedOn}T03:00:00.000Z`);
    head = chainHash(
      head,
      entryCanonical({
        groupId,
        entryNo: Number(entryNo),
        postedOn,
        recordedAt,
        kind,
        memo,
        memberNo: int(memberNo),
        loanNo: int(loanNo),
        batchNo: int(batchNo),
        reversesEntryNo: null,
        reason: null,
        recordedBy: value(recordedBy),
        lines,
      }),
    );
    return `${row}\t${recordedAt.toISOString()}\t\\\\x${Buffer.from(head).toString('hex')}`;
  });
  if (next !== lineRows.length) throw new Error('journal lines out of entry order');
  return { entries, head: `\\\\x${Buffer.from(head).toString('hex')}` };
}
