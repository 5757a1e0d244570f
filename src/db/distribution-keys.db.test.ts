// Issue 4 (scale-out): every table that holds a savings group's data leads with group_id, so the
// schema can be distributed on Citus by group_id without redesign. This test fails if any such
// table's primary key, or any foreign key between two such tables, leaves group_id out.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/** Tables keyed by something else on purpose: the group itself (its id is the distribution value). */
const GROUP_ROOT = 'savings_group';
/** Tables that mention a group but are not group data (a grant may point at one group). */
const NOT_GROUP_DATA = new Set(['role_assignment']);

let t: TestApp;
before(async () => {
  t = await startTestApp({ demo: false });
});
after(() => t.close());

async function groupTables(): Promise<string[]> {
  const r = await sql<{ table_name: string }>`
    SELECT DISTINCT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
    WHERE c.table_schema = current_schema() AND c.column_name = 'group_id' AND t.table_type = 'BASE TABLE'
    ORDER BY 1`.execute(t.database.db);
  return r.rows.map((x) => x.table_name).filter((n) => !NOT_GROUP_DATA.has(n));
}

test('every group table has group_id in its primary key', async () => {
  const tables = await groupTables();
  assert.ok(tables.includes('journal_line') && tables.includes('loan') && tables.includes('group_member'));
  const pks = await sql<{ table_name: string; cols: string[] }>`
    SELECT tc.table_name, array_agg(k.column_name::text ORDER BY k.ordinal_position) AS cols
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema
    WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'PRIMARY KEY'
    GROUP BY tc.table_name`.execute(t.database.db);
  const pk = new Map(pks.rows.map((r) => [r.table_name, r.cols]));
  const missing = tables.filter((name) => !pk.get(name)?.includes('group_id'));
  assert.deepEqual(missing, [], `primary keys without group_id: ${missing.join(', ')}`);
  assert.deepEqual(pk.get(GROUP_ROOT), ['id']);
});

test('every foreign key between group tables carries group_id', async () => {
  const tables = new Set(await groupTables());
  const fks = await sql<{ name: string; src: string; dst: string; cols: string[] }>`
    SELECT con.conname AS name, src.relname AS src, dst.relname AS dst,
      array_agg(a.attname::text ORDER BY a.attnum) AS cols
    FROM pg_constraint con
    JOIN pg_class src ON src.oid = con.conrelid
    JOIN pg_class dst ON dst.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname = current_schema()
    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
    WHERE con.contype = 'f'
    GROUP BY con.conname, src.relname, dst.relname`.execute(t.database.db);
  const between = fks.rows.filter((f) => tables.has(f.src) && (tables.has(f.dst) || f.dst === GROUP_ROOT));
  assert.ok(between.length > 10, 'the ledger tables reference each other');
  const bad = between.filter((f) => !f.cols.includes('group_id')).map((f) => `${f.src} → ${f.dst} (${f.name})`);
  assert.deepEqual(bad, [], `foreign keys without group_id: ${bad.join('; ')}`);
});
