// One SQL layer for both backends: Kysely's standard Postgres dialect over a `pg` pool, pointed
// either at a real server (DATABASE_URL) or at embedded PGlite through the pg-compatible adapter
// PGlite ships. TECH.md measured this pairing as transaction-safe on both, with identical types.
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './lock.js';
import type { DB } from './schema.js';

// Parse in one place, identically on both drivers: bigint and numeric stay strings (callers convert
// to Satang with range checks), civil dates stay 'YYYY-MM-DD' strings (pg would shift them by TZ).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => v);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** The raw connections underneath, for bulk COPY (bench/generate): exactly one is set. */
  pool?: pg.Pool;
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — use a real PostgreSQL server. */
  url?: string | undefined;
  /** PGlite data directory; undefined with no url means in-memory (tests). */
  dataDir?: string | undefined;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
    // An idle connection dropped by the server (restart, failover, admin kill) must not crash the
    // process: log it; the pool replaces the connection on next use.
    pool.on('error', (err) => console.error('database connection lost:', err.message));
    // So must one dropped while a request holds it: its query fails (the request answers 503, see
    // server/errors.ts), and the client's own 'error' event, unheard, would end the process.
    pool.on('connect', (client) =>
      client.on('error', (err) => console.error('database connection lost mid-request:', err.message)),
    );
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', pool, close: () => db.destroy() };
  }
  const lock = opts.dataDir ? lockDataDir(opts.dataDir) : undefined;
  try {
    const pglite = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
    await pglite.waitReady;
    // PGlite is one session: the pool has one connection, so transactions serialize. A query
    // issued outside a transaction while that transaction waits on it would hang; the timeout
    // turns such a bug into an error.
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, connectionTimeoutMillis: 60_000 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'pglite',
      pglite,
      close: async () => {
        await db.destroy();
        await pglite.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}
