// Databases made before loan_position (or bulk loads that skipped it) get their positions at start:
// the backfill restores exactly the missing rows and does nothing when none are missing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { seedDemoSavings } from '../../db/seed/demo-savings.js';
import { fixedClock, startTestApp, type TestApp } from '../../testing/test-app.js';
import { backfillLoanPositions } from './index.js';

let t: TestApp;
before(async () => {
  t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
  await seedDemoSavings(t.database.db, t.clock);
});
after(() => t.close());

test('missing loan positions are restored as they were; a complete table is left alone', async () => {
  const db = t.database.db;
  const positions = () =>
    sql<{ group_id: string; loan_no: number; outstanding: string; unpaid_since: string | null }>`
      SELECT group_id, loan_no, outstanding, unpaid_since FROM loan_position ORDER BY group_id, loan_no`
      .execute(db)
      .then((r) => r.rows);
  const before = await positions();
  assert.ok(before.length >= 2, 'the demo groups have loans');
  assert.equal(await backfillLoanPositions(db), 0);
  const [first, second] = before;
  await sql`DELETE FROM loan_position WHERE (group_id, loan_no) IN ((${first!.group_id}::uuid, ${first!.loan_no}), (${second!.group_id}::uuid, ${second!.loan_no}))`.execute(
    db,
  );
  assert.equal(await backfillLoanPositions(db), 2);
  assert.deepEqual(await positions(), before);
});
