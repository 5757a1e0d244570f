// Databases for benchmarks. Writes always go to a scratch database made for the run and dropped
// after it: an in-memory (or temporary-directory) PGlite, or a fresh database on the PostgreSQL
// server. The national database is only ever opened read-only (the server refuses any write in
// those sessions), or copied with CREATE DATABASE … TEMPLATE for benchmarks that must write.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../../src/db/schema.js';
import type { App } from './app.js';

export type DbKind = 'pglite' | 'postgres';

export interface BenchDb {
  db: Kysely<DB>;
  kind: DbKind;
  /** PostgreSQL: this database's URL (for a raw client or a server process). */
  url?: string;
  /** PostgreSQL: the pool under db (the generator's bulk COPY uses it). */
  pool?: pg.Pool;
  /** PGlite: the raw instance, for COPY FROM '/dev/blob'. */
  pglite?: PGlite;
  /** PGlite on disk: its data directory (a server process can open it once this is closed). */
  dataDir?: string;
  /** Closes this process's connections, keeping the data (for a server process to open). */
  release(): Promise<void>;
  /** Closes (if still open), and drops or deletes the scratch database. */
  close(): Promise<void>;
}

/** The PostgreSQL server scratch databases are made on. */
export const PG_SERVER_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(serverUrl: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

function pgKysely(url: string, max: number, options?: string): { db: Kysely<DB>; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max, ...(options ? { options } : {}) });
  pool.on('error', (err) => console.error('bench: database connection lost:', err.message));
  return { db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), pool };
}

/**
 * A fresh scratch database of the given kind, migrated by the app under test. PGlite is opened here
 * rather than through the app's openDatabase so the benchmark holds the raw instance for COPY; the
 * pool is built exactly as src/db/database.ts builds it (one connection, pg adapter), and importing
 * the app's database module installs the same type parsers.
 */
export async function openScratch(
  app: App,
  kind: DbKind,
  opts: { onDisk?: boolean; poolSize?: number } = {},
): Promise<BenchDb> {
  void app.database; // its import set the pg type parsers the app relies on
  let bench: BenchDb;
  if (kind === 'postgres') {
    const name = `chumchon_bench_${randomBytes(5).toString('hex')}`;
    await admin(PG_SERVER_URL, (c) => c.query(`CREATE DATABASE ${name}`));
    const url = withDatabase(PG_SERVER_URL, name);
    const { db, pool } = pgKysely(url, opts.poolSize ?? 10);
    let open = true;
    const release = async () => {
      if (open) await db.destroy();
      open = false;
    };
    bench = {
      db,
      kind,
      url,
      pool,
      release,
      close: async () => {
        await release();
        await admin(PG_SERVER_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  } else {
    const dataDir = opts.onDisk ? mkdtempSync(join(tmpdir(), 'chumchon-bench-pglite-')) : undefined;
    const pglite = dataDir ? new PGlite(dataDir) : new PGlite();
    await pglite.waitReady;
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, connectionTimeoutMillis: 60_000 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    let closed = false;
    const release = async () => {
      if (!closed) {
        closed = true;
        await db.destroy();
        await pglite.close();
      }
    };
    bench = {
      db,
      kind,
      pglite,
      ...(dataDir ? { dataDir } : {}),
      release,
      close: async () => {
        await release();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  await app.prepare.prepareDatabase(bench.db);
  return bench;
}

/** The national database for reading only: every session is read-only, so a bug cannot mutate it. */
export function openReadOnly(url: string, poolSize = 10): BenchDb {
  const { db, pool } = pgKysely(url, poolSize, '-c default_transaction_read_only=on');
  return { db, kind: 'postgres', url, pool, release: () => db.destroy(), close: () => db.destroy() };
}

/**
 * A writable copy of a database (CREATE DATABASE … TEMPLATE), dropped on close. PostgreSQL copies
 * the files, so this needs no other session on the source and takes about as long as copying its
 * size on disk; the seconds are returned so results can say what the copy cost.
 */
export async function copyOf(sourceUrl: string): Promise<{ url: string; seconds: number; drop(): Promise<void> }> {
  const source = new URL(sourceUrl).pathname.slice(1);
  const name = `chumchon_bench_copy_${randomBytes(4).toString('hex')}`;
  // Connected to the maintenance database: a session on the source would block the copy.
  const server = withDatabase(sourceUrl, 'postgres');
  const t0 = performance.now();
  await admin(server, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${source}`));
  const seconds = (performance.now() - t0) / 1000;
  return {
    url: withDatabase(sourceUrl, name),
    seconds,
    drop: () => admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}
