// Forward-only numbered SQL migrations (src/db/migrations/NNNN_verb_noun.sql), each applied once in
// its own transaction. A landed migration is never edited: a changed checksum stops the start.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(dir + name, 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(db: Kysely<DB>, files = readMigrations()): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  const applied: string[] = [];
  for (const file of files) {
    const done = await db.transaction().execute(async (trx) => {
      // Serialize concurrent starts against one PostgreSQL server.
      await sql`SELECT pg_advisory_xact_lock(7301974)`.execute(trx);
      const row = await trx
        .selectFrom('schema_migration')
        .select('checksum')
        .where('name', '=', file.name)
        .executeTakeFirst();
      if (row) {
        if (row.checksum !== file.checksum) {
          throw new Error(`migration ${file.name} was edited after it was applied; add a new migration instead`);
        }
        return false;
      }
      await sql.raw(file.sql).execute(trx);
      await trx.insertInto('schema_migration').values({ name: file.name, checksum: file.checksum }).execute();
      return true;
    });
    if (done) applied.push(file.name);
  }
  return applied;
}
