import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { verifyIntegrity } from '../modules/integrity/index.js';
import { fixedClock, scratchDatabase, startTestApp, type TestApp } from '../testing/test-app.js';
import { backupDatabase, restoreDatabase } from './backup.js';
import { openDatabase, type Database } from './database.js';
import type { DB } from './schema.js';
import { seedDemoSavings } from './seed/demo-savings.js';

/** Every public table's rows as one digest each (rows as text, in text order); migrations apart (applied_at). */
async function contents(db: Kysely<DB>): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'schema_migration' ORDER BY 1`.execute(db);
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ n: string; digest: string }>`
      SELECT count(*)::text AS n, md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) AS digest
      FROM ${sql.table(name)} t`.execute(db);
    out[name] = `${rows[0]!.n} ${rows[0]!.digest}`;
  }
  return out;
}

/** An empty database of the kind under test: a scratch PostgreSQL database, or PGlite in memory. */
async function emptyDatabase(kind: 'same' | 'pglite'): Promise<{ database: Database; close(): Promise<void> }> {
  const scratch =
    kind === 'same' && process.env.DATABASE_URL ? await scratchDatabase(process.env.DATABASE_URL) : undefined;
  const database = await openDatabase({ url: scratch?.url });
  return {
    database,
    close: async () => {
      await database.close();
      await scratch?.drop();
    },
  };
}

describe('backup and restore', () => {
  let t: TestApp;
  let file: string;
  const dir = mkdtempSync(join(tmpdir(), 'chumchon-backup-'));

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    await seedDemoSavings(t.database.db, t.clock);
    file = join(dir, 'all.backup.gz');
    const summary = await backupDatabase(t.database, file);
    assert.ok(summary.rows > 1000 && summary.tables > 40, JSON.stringify(summary));
  });
  after(() => t.close());

  test('a restored database equals the original row for row and verifies', async () => {
    const target = await emptyDatabase('same');
    try {
      const restored = await restoreDatabase(target.database, file);
      assert.deepEqual(await contents(target.database.db), await contents(t.database.db));
      const migrations = (db: Kysely<DB>) =>
        db.selectFrom('schema_migration').select(['name', 'checksum']).orderBy('name').execute();
      assert.deepEqual(await migrations(target.database.db), await migrations(t.database.db));
      const report = await verifyIntegrity(target.database.db);
      assert.deepEqual(report.breaks, []);
      assert.ok(report.entries > 300);
      assert.equal(restored.rows, (await backupDatabase(target.database, join(dir, 'again.backup.gz'))).rows);
      // Sequences carry on past the restored rows: the next audit record gets a fresh id.
      const { rows } = await sql<{ ok: boolean }>`
        WITH i AS (INSERT INTO audit_log (action, entity_type, entity_id) VALUES ('test.after_restore', 'x', '1') RETURNING id)
        SELECT (SELECT id FROM i) > (SELECT max(id) FROM audit_log WHERE action <> 'test.after_restore') AS ok`.execute(
        target.database.db,
      );
      assert.equal(rows[0]!.ok, true);
      assert.deepEqual((await verifyIntegrity(target.database.db)).breaks, []);
    } finally {
      await target.close();
    }
  });

  test('a backup from PostgreSQL restores into PGlite (and one from PGlite into PGlite)', async () => {
    const target = await emptyDatabase('pglite');
    try {
      await restoreDatabase(target.database, file);
      const [a, b] = [await contents(target.database.db), await contents(t.database.db)];
      assert.deepEqual(Object.keys(a), Object.keys(b));
      const counts = (c: Record<string, string>) => Object.values(c).map((v) => v.split(' ')[0]);
      assert.deepEqual(counts(a), counts(b));
      assert.deepEqual((await verifyIntegrity(target.database.db)).breaks, []);
    } finally {
      await target.close();
    }
  });

  test('a restore into a database in use, a cut-off file or another release’s backup is refused and loads nothing', async () => {
    await assert.rejects(restoreDatabase(t.database, file), /target database is not empty/);

    const whole = gunzipSync(readFileSync(file)).toString('utf8');
    const cut = join(dir, 'cut.backup.gz');
    writeFileSync(cut, gzipSync(whole.slice(0, Math.floor(whole.length * 0.6))));
    const target = await emptyDatabase('same');
    try {
      await assert.rejects(restoreDatabase(target.database, cut), /the backup ends (inside|before) table/);
      const { rows } = await sql<{ n: string }>`SELECT count(*)::text AS n FROM journal_entry`.execute(
        target.database.db,
      );
      assert.equal(rows[0]!.n, '0', 'the rows loaded before the cut were rolled back');
    } finally {
      await target.close();
    }

    const [manifest, ...rest] = whole.split('\n');
    const m = JSON.parse(manifest!);
    m.migrations[3].checksum = 'edited';
    const foreign = join(dir, 'foreign.backup.gz');
    writeFileSync(foreign, gzipSync([JSON.stringify(m), ...rest].join('\n')));
    const other = await emptyDatabase('same');
    try {
      await assert.rejects(restoreDatabase(other.database, foreign), /restore it with the release that wrote it/);
    } finally {
      await other.close();
    }
    await assert.rejects(backupDatabase(t.database, file), /EEXIST/, 'an existing backup is never overwritten');
  });
});
