// Reading back the journal rows a benchmark's service run wrote, as text ready for COPY, and the
// trigger-free copies of the journal tables the raw limit writes them into.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';
import type { CopyTarget, CopyValue } from './copy.js';

export const ENTRY_COLUMNS = [
  'group_id',
  'entry_no',
  'posted_on',
  'recorded_at',
  'kind',
  'memo',
  'member_no',
  'loan_no',
  'batch_no',
  'reverses_entry_no',
  'reason',
  'recorded_by',
] as const;
export const LINE_COLUMNS = [
  'group_id',
  'entry_no',
  'line_no',
  'account_code',
  'member_no',
  'loan_no',
  'amount',
] as const;

export interface JournalRows {
  entries: CopyValue[][];
  lines: CopyValue[][];
}

/** Every entry (and its lines) of the given kind posted on or after a date, values as text. */
export async function journalRows(db: Kysely<DB>, kind: string, from: string): Promise<JournalRows> {
  const cols = (c: readonly string[], alias: string) => sql.raw(c.map((x) => `${alias}.${x}::text`).join(', '));
  const entries = await sql<Record<string, string | null>>`
    SELECT ${cols(ENTRY_COLUMNS, 'e')} FROM journal_entry e
    WHERE e.kind = ${kind} AND e.posted_on >= ${from}`.execute(db);
  const lines = await sql<Record<string, string | null>>`
    SELECT ${cols(LINE_COLUMNS, 'l')} FROM journal_line l
    JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
    WHERE e.kind = ${kind} AND e.posted_on >= ${from}`.execute(db);
  // pg names the columns "group_id" etc. even with ::text; PGlite the same.
  const values = (rows: Record<string, string | null>[], c: readonly string[]) =>
    rows.map((r) => c.map((k) => r[k] ?? null));
  return { entries: values(entries.rows, ENTRY_COLUMNS), lines: values(lines.rows, LINE_COLUMNS) };
}

/**
 * The raw limit: COPY the same rows into temporary copies of journal_entry and journal_line with the
 * same columns, keys, indexes and checks (what storing the rows inherently costs) but no triggers
 * and no foreign keys. Returns the seconds for the COPY itself, serialization included.
 */
export async function copyJournal(target: CopyTarget, rows: JournalRows): Promise<number> {
  await target.exec('DROP TABLE IF EXISTS raw_entry; DROP TABLE IF EXISTS raw_line');
  await target.exec('CREATE TEMP TABLE raw_entry (LIKE journal_entry INCLUDING ALL)');
  await target.exec('CREATE TEMP TABLE raw_line (LIKE journal_line INCLUDING ALL)');
  const t0 = performance.now();
  await target.copy('raw_entry', ENTRY_COLUMNS, rows.entries);
  await target.copy('raw_line', LINE_COLUMNS, rows.lines);
  const seconds = (performance.now() - t0) / 1000;
  await target.exec('DROP TABLE raw_entry; DROP TABLE raw_line');
  return seconds;
}
