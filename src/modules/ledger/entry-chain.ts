// The journal's hash chain (migration 0036, docs/adr/0007): each entry's hash is SHA-256 of the
// previous entry's hash and the entry's canonical text. The text is built here exactly as the
// database's journal_entry_canonical() builds it (entry-chain.db.test.ts compares the two), so the
// ledger can hash the entries it writes in one pass, before the insert, without a trigger per row.
import { createHash } from 'node:crypto';

export const CHAIN_GENESIS: Buffer = Buffer.alloc(32);

export interface ChainedEntry {
  groupId: string;
  entryNo: number;
  postedOn: string; // YYYY-MM-DD
  recordedAt: Date;
  kind: string;
  memo: string;
  memberNo: number | null;
  loanNo: number | null;
  batchNo: number | null;
  reversesEntryNo: number | null;
  reason: string | null;
  recordedBy: string | null;
  lines: readonly ChainedLine[];
}

export interface ChainedLine {
  lineNo: number;
  accountCode: string;
  memberNo: number | null;
  loanNo: number | null;
  amount: number;
}

// A batch repeats the same few texts (kind, memo, account codes) thousands of times: encode each once.
const hexCache = new Map<string, string>();
const text = (v: string | null) => {
  if (v === null) return '~';
  let h = hexCache.get(v);
  if (h === undefined) {
    h = Buffer.from(v, 'utf8').toString('hex');
    if (hexCache.size > 10_000) hexCache.clear();
    hexCache.set(v, h);
  }
  return h;
};
const num = (v: number | null) => (v === null ? '~' : String(v));
/** Microseconds as PostgreSQL prints them; the ledger records times with millisecond precision. */
let lastTime: [number, string] = [NaN, ''];
const time = (d: Date) => {
  if (lastTime[0] !== d.getTime()) lastTime = [d.getTime(), `${d.toISOString().slice(0, 23)}000Z`];
  return lastTime[1];
};

export function entryCanonical(e: ChainedEntry): string {
  const head = [
    'E',
    e.groupId.toLowerCase(),
    String(e.entryNo),
    e.postedOn,
    time(e.recordedAt),
    text(e.kind),
    text(e.memo),
    num(e.memberNo),
    num(e.loanNo),
    num(e.batchNo),
    num(e.reversesEntryNo),
    text(e.reason),
    e.recordedBy === null ? '~' : e.recordedBy.toLowerCase(),
  ].join('|');
  const lines = [...e.lines]
    .sort((a, b) => a.lineNo - b.lineNo)
    .map((l) =>
      ['\nL', String(l.lineNo), text(l.accountCode), num(l.memberNo), num(l.loanNo), String(l.amount)].join('|'),
    );
  return head + lines.join('');
}

export function chainHash(previous: Uint8Array, canonical: string): Buffer {
  return createHash('sha256').update(previous).update(canonical, 'utf8').digest();
}

/** Hashes entries in order after `head`; returns each entry's hash (the last is the new head). */
export function chainEntries(head: Uint8Array, entries: readonly ChainedEntry[]): Buffer[] {
  let previous: Uint8Array = head;
  return entries.map((e) => {
    const h = chainHash(previous, entryCanonical(e));
    previous = h;
    return h;
  });
}
