// Logical backups that restore on either backend: every table's rows as PostgreSQL COPY text, taken
// in one read-only snapshot, with the migrations they were written under. One gzip file of lines:
//   {"format":"chumchon-backup","version":1,…manifest}
//   {"table":"org_unit","columns":[…]}   then the table's COPY text lines, then a line "\."
// COPY text escapes newlines and backslashes inside values, so no data line is ever "\.".
// Restore builds the schema by the backup's own migrations, loads the rows parents first with the
// tables' own triggers off (the rows are already what the triggers would have made, hashes and
// roll-ups included), sets the sequences, then applies any newer migrations — so a backup taken
// by an older release restores into a newer one.
import { createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Database } from './database.js';
import { migrate, readMigrations, type MigrationFile } from './migrate.js';
import { prepareDatabase } from './prepare.js';

const FORMAT = 'chumchon-backup';
const VERSION = 1;

interface Manifest {
  format: typeof FORMAT;
  version: number;
  takenAt: string;
  sourceKind: Database['kind'];
  migrations: { name: string; checksum: string }[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  tables: { name: string; rows: number }[];
}

export interface BackupSummary {
  tables: number;
  rows: number;
  migrations: number;
}

/** One connection's worth of plain queries and COPY, on either backend. */
interface Session {
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
  copyOut(sql: string): AsyncIterable<string>;
  copyIn(sql: string, lines: AsyncIterable<string>): Promise<void>;
  release(): void;
}

async function openSession(database: Database): Promise<Session> {
  if (database.pool) return pgSession(await database.pool.connect());
  if (database.pglite) return pgliteSession(database.pglite);
  throw new Error('the database exposes neither a pg pool nor a PGlite instance');
}

function pgSession(client: pg.PoolClient): Session {
  return {
    query: async <R>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as R[],
    copyOut: (sql) => client.query(copyTo(sql)).setEncoding('utf8'),
    copyIn: (sql, lines) => pipeline(Readable.from(lines), client.query(copyFrom(sql))),
    release: () => client.release(),
  };
}

// PGlite is one session in this process: its COPY goes through a blob, whole tables at a time.
function pgliteSession(pglite: PGlite): Session {
  return {
    query: async <R>(text: string, params: unknown[] = []) => (await pglite.query<R>(text, params)).rows,
    copyOut: async function* (sql) {
      const res = await pglite.query(sql.replace(/TO STDOUT$/, "TO '/dev/blob'"));
      if (res.blob) yield await res.blob.text();
    },
    copyIn: async (sql, lines) => {
      const parts: string[] = [];
      for await (const l of lines) parts.push(l);
      await pglite.query(sql.replace(/FROM STDIN$/, "FROM '/dev/blob'"), [], { blob: new Blob(parts) });
    },
    release: () => {},
  };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Tables of the public schema, parents before the tables whose foreign keys name them where the
 * keys allow an order (letters and their copies name each other, so the load does not rely on it).
 */
async function tablesInLoadOrder(s: Session): Promise<string[]> {
  const tables = (
    await s.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'schema_migration' ORDER BY 1`,
    )
  ).map((r) => r.name);
  const edges = await s.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>(); // 'visiting' twice: a cycle, left as found
  const visit = (t: string) => {
    if (state.has(t)) return;
    state.set(t, 'visiting');
    for (const p of parents.get(t) ?? []) visit(p);
    state.set(t, 'done');
    order.push(t);
  };
  for (const t of tables) visit(t);
  return order;
}

async function columnsOf(s: Session, table: string): Promise<string[]> {
  return (
    await s.query<{ name: string }>(
      `SELECT attname AS name FROM pg_attribute
       WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
      [quote(table)],
    )
  ).map((r) => r.name);
}

/** Writes a backup of the whole database to `file` (gzip); the source is only read. */
export async function backupDatabase(database: Database, file: string): Promise<BackupSummary> {
  const handle = await open(file, 'wx'); // never overwrite an earlier backup
  const s = await openSession(database);
  const gzip = createGzip();
  const written = pipeline(gzip, handle.createWriteStream());
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  let rows = 0;
  let manifest: Manifest;
  try {
    await s.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await s.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM schema_migration ORDER BY name',
    );
    const tables = await tablesInLoadOrder(s);
    const counts = await Promise.all(
      tables.map(async (t) => ({
        name: t,
        rows: Number((await s.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quote(t)}`))[0]!.n),
      })),
    );
    const sequences = await s.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`,
    );
    manifest = {
      format: FORMAT,
      version: VERSION,
      takenAt: new Date().toISOString(),
      sourceKind: database.kind,
      migrations,
      sequences: await Promise.all(
        sequences.map(async ({ name }) => {
          const [v] = await s.query<{ last_value: string; is_called: boolean }>(
            `SELECT last_value::text, is_called FROM ${quote(name)}`,
          );
          return { name, lastValue: v!.last_value, isCalled: v!.is_called };
        }),
      ),
      tables: counts,
    };
    await write(JSON.stringify(manifest) + '\n');
    for (const { name } of counts) {
      const columns = await columnsOf(s, name);
      await write(JSON.stringify({ table: name, columns }) + '\n');
      let tail = '';
      for await (const chunk of s.copyOut(`COPY ${quote(name)} (${columns.map(quote).join(', ')}) TO STDOUT`)) {
        await write(chunk);
        tail = chunk.slice(-1) || tail;
      }
      rows += counts.find((c) => c.name === name)!.rows;
      await write(tail === '' || tail === '\n' ? '\\.\n' : '\n\\.\n');
    }
    await s.query('COMMIT');
  } catch (err) {
    await s.query('ROLLBACK').catch(() => {});
    gzip.destroy();
    await written.catch(() => {});
    await rm(file, { force: true }); // no half-written backup left to be mistaken for one
    throw err;
  } finally {
    s.release();
  }
  gzip.end();
  await written;
  return { tables: manifest.tables.length, rows, migrations: manifest.migrations.length };
}

function parseManifest(line: string): Manifest {
  let m: Partial<Manifest>;
  try {
    m = JSON.parse(line) as Partial<Manifest>;
  } catch {
    throw new Error('not a Chumchon backup (its first line is not a manifest)');
  }
  if (m.format !== FORMAT) throw new Error('not a Chumchon backup');
  if (m.version !== VERSION) throw new Error(`backup format version ${m.version} is not supported`);
  return m as Manifest;
}

/** The backup's migrations must be the first migrations of this release, unchanged. */
function migrationsFor(m: Manifest, files: readonly MigrationFile[]): MigrationFile[] {
  m.migrations.forEach((b, i) => {
    const f = files[i];
    if (!f || f.name !== b.name || f.checksum !== b.checksum)
      throw new Error(
        `the backup was written under migration ${b.name}, which this release ${f ? `replaces with ${f.name}` : 'does not have'}; restore it with the release that wrote it`,
      );
  });
  return files.slice(0, m.migrations.length);
}

/**
 * Restores `file` into an empty database (no migrations applied). All rows load in one
 * transaction: a failed restore leaves the schema and no rows.
 */
export async function restoreDatabase(database: Database, file: string): Promise<BackupSummary> {
  const s = await openSession(database);
  let rows = 0;
  let manifest: Manifest | undefined;
  try {
    const [present] = await s.query<{ t: string | null }>(`SELECT to_regclass('public.schema_migration')::text AS t`);
    if (present!.t) throw new Error('the target database is not empty; restore into a new database or data directory');
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    const it = lines[Symbol.asyncIterator]();
    const first = await it.next();
    if (first.done) throw new Error('the backup file is empty');
    manifest = parseManifest(first.value);
    await migrate(database.db, migrationsFor(manifest, readMigrations()));

    const tables = manifest.tables.map((t) => t.name);
    await s.query('BEGIN');
    // Foreign keys are not checked row by row while loading (replica role; the rows come from one
    // consistent snapshot), and the tables' own triggers are off: this needs a superuser, as
    // pg_restore --disable-triggers does.
    await s.query(`SET LOCAL session_replication_role = replica`);
    for (const t of tables) await s.query(`ALTER TABLE ${quote(t)} DISABLE TRIGGER USER`);
    // Rows the migrations themselves inserted (the chart of accounts, reference lists) come back from the backup.
    await s.query(`TRUNCATE ${tables.map(quote).join(', ')}`);
    for (const expected of manifest.tables) {
      const header = await it.next();
      if (header.done) throw new Error(`the backup ends before table ${expected.name}`);
      const { table, columns } = JSON.parse(header.value) as { table: string; columns: string[] };
      if (table !== expected.name) throw new Error(`the backup has table ${table} where ${expected.name} was expected`);
      let n = 0;
      async function* body() {
        for (;;) {
          const next = await it.next();
          if (next.done) throw new Error(`the backup ends inside table ${table}`);
          if (next.value === '\\.') return;
          n++;
          yield next.value + '\n';
        }
      }
      await s.copyIn(`COPY ${quote(table)} (${columns.map(quote).join(', ')}) FROM STDIN`, body());
      if (n !== expected.rows)
        throw new Error(`table ${table}: ${n} rows in the backup, the manifest says ${expected.rows}`);
      rows += n;
    }
    for (const q of manifest.sequences)
      await s.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [quote(q.name), q.lastValue, q.isCalled]);
    for (const t of tables) await s.query(`ALTER TABLE ${quote(t)} ENABLE TRIGGER USER`);
    await s.query('COMMIT');
    lines.close();
  } catch (err) {
    await s.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    s.release();
  }
  await prepareDatabase(database.db); // this release's newer migrations, if any
  return { tables: manifest.tables.length, rows, migrations: manifest.migrations.length };
}
