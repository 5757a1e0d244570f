// The raw limit of writing rows: COPY in PostgreSQL's text format, on both backends — pg-copy-streams
// over one connection on PostgreSQL, COPY FROM '/dev/blob' on the PGlite instance itself.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | bigint | boolean | null | undefined;

/** One value in COPY text format: \N for null, backslash escapes for the four special characters. */
function field(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : String(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!)
    : s;
}

/** Rows (values in `columns` order) as COPY text, in chunks of a few MB so memory stays flat. */
export function* copyText(rows: Iterable<readonly CopyValue[]>, chunkRows = 20_000): Generator<string> {
  let buf: string[] = [];
  for (const r of rows) {
    buf.push(r.map(field).join('\t'));
    if (buf.length >= chunkRows) {
      yield buf.join('\n') + '\n';
      buf = [];
    }
  }
  if (buf.length) yield buf.join('\n') + '\n';
}

export interface CopyTarget {
  copy(table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<void>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** One PostgreSQL session (temporary tables live as long as it does). */
export async function postgresCopyTarget(url: string): Promise<CopyTarget> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    copy: async (table, columns, rows) => {
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
      await pipeline(Readable.from(copyText(rows)), stream);
    },
    exec: async (sql) => {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}

/** The PGlite instance's one session. The whole text is handed over as one blob, as PGlite requires. */
export function pgliteCopyTarget(pglite: PGlite): CopyTarget {
  return {
    copy: async (table, columns, rows) => {
      const blob = new Blob([...copyText(rows)]);
      await pglite.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], { blob });
    },
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    close: async () => {},
  };
}
