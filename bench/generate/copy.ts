// Bulk paths into either backend: COPY … FROM STDIN through pg-copy-streams on PostgreSQL, and
// COPY … FROM '/dev/blob' with PGlite's blob option. Rows are COPY text format (tab-separated, \N
// for NULL), built by the generator; the session is one raw connection so a whole chunk (COPYs,
// checks) is one transaction.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../src/db/database.js';

/** Columns written per table, in the order the generator writes them; the rest take defaults. */
export const TABLES = {
  savings_group: ['id', 'name_th', 'org_unit_id', 'founded_on'],
  group_level: ['group_id', 'effective_on', 'level', 'recorded_by'],
  group_rule_set: ['group_id', 'effective_from', 'rules', 'recorded_by'],
  ledger_book: ['group_id', 'next_entry_no', 'head_hash'],
  group_member: ['group_id', 'member_no', 'thai_id', 'title', 'first_name', 'last_name', 'joined_on', 'monthly_pledge'],
  journal_entry: [
    'group_id',
    'entry_no',
    'posted_on',
    'kind',
    'memo',
    'member_no',
    'loan_no',
    'batch_no',
    'recorded_by',
    'recorded_at',
    'hash',
  ],
  journal_line: ['group_id', 'entry_no', 'line_no', 'account_code', 'member_no', 'loan_no', 'amount'],
  loan: [
    'group_id',
    'loan_no',
    'member_no',
    'loan_type',
    'loan_type_name_th',
    'purpose',
    'principal',
    'annual_rate_bp',
    'method',
    'term_months',
    'penalty_per_late',
    'applied_on',
    'status',
    'entered_by',
    'decided_by',
    'decided_on',
    'decision_note',
    'disbursed_on',
    'first_due_on',
    'disbursement_entry_no',
  ],
  loan_position: ['group_id', 'loan_no', 'outstanding', 'unpaid_since'],
  member_balance: ['group_id', 'member_no', 'pledged', 'special', 'outstanding'],
  group_month_figure: ['group_id', 'month', 'members', 'pledged', 'special', 'outstanding', 'lent', 'borrowers'],
} as const;
export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/**
 * COPY text rows per table for one chunk of groups. Rows are joined into flat blocks as they come:
 * a row built by template concatenation is a tree of string pieces that costs several times its
 * length, and a chunk holds hundreds of thousands of them.
 */
export class RowSink {
  private readonly open = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as string[]])) as Record<
    TableName,
    string[]
  >;
  private readonly blocks = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as string[]])) as Record<
    TableName,
    string[]
  >;
  readonly counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;

  add(table: TableName, row: string): void {
    const open = this.open[table];
    open.push(row);
    this.counts[table]++;
    if (open.length === 2000) this.flush(table);
  }
  addAll(table: TableName, rows: readonly string[]): void {
    for (const r of rows) this.add(table, r);
  }
  private flush(table: TableName): void {
    const open = this.open[table];
    if (open.length) this.blocks[table].push(open.join('\n') + '\n');
    open.length = 0;
  }
  /** The table's COPY text in blocks of whole rows, each ending in a newline. */
  text(table: TableName): string[] {
    this.flush(table);
    return this.blocks[table];
  }
  /** Every row of the table (tests). */
  rows(table: TableName): string[] {
    return this.text(table).flatMap((b) => b.slice(0, -1).split('\n'));
  }
}

export interface BulkSession {
  /** Rows of a plain query; numbers only through explicit ::int / ::text casts (drivers differ). */
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
  /** COPY text blocks (whole rows, newline-terminated) into the table. */
  copy(table: TableName, blocks: readonly string[]): Promise<void>;
  release(): void;
}

const copySql = (table: TableName, source: string) => `COPY ${table} (${TABLES[table].join(', ')}) FROM ${source}`;

/** One raw connection of the database for bulk work; nothing else may use the database meanwhile on PGlite. */
export async function openBulkSession(database: Database): Promise<BulkSession> {
  if (database.pool) {
    const client = await database.pool.connect();
    return {
      query: async <R>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as R[],
      copy: async (table, blocks) => {
        if (blocks.length === 0) return;
        await pipeline(Readable.from(blocks), client.query(copyFrom(copySql(table, 'STDIN'))));
      },
      release: () => client.release(),
    };
  }
  const pglite = database.pglite;
  if (!pglite) throw new Error('the database exposes neither a pg pool nor a PGlite instance');
  return {
    query: async <R>(text: string, params: unknown[] = []) => (await pglite.query<R>(text, params)).rows,
    copy: async (table, blocks) => {
      if (blocks.length === 0) return;
      const blob = new Blob([...blocks]);
      await pglite.query(copySql(table, "'/dev/blob'"), [], { blob });
    },
    release: () => {},
  };
}

/** A text value for COPY text format: backslash, tab and line breaks escaped. */
export const copyText = (s: string): string =>
  s.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
