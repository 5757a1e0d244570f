// Fault test: the database connection dies in the middle of a meeting-day post, after every row is
// written and before commit. On PostgreSQL the test kills the request's own server process
// (pg_terminate_backend), as a restart or a network cut would; PGlite runs inside this process and
// has no connection to lose, so there the driver's own "Connection terminated" error is raised at
// the same point. Either way: a clear 503, nothing of the post in the books, the next request
// served, and the retry under the same key posting exactly once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { onFailpoint } from '../db/failpoint.js';
import { verifyIntegrity } from '../modules/integrity/index.js';
import { expectStatus, joinMembers, registerGroup, write } from '../testing/savings-fixtures.js';
import { countRows, fixedClock, startTestApp, type TestApp } from '../testing/test-app.js';

let t: TestApp;
before(async () => {
  t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
});
after(async () => {
  onFailpoint(undefined);
  await t.close();
});

test('a connection lost mid-post answers 503 in Thai, writes nothing, recovers, and the retry posts once', async () => {
  const c = await t.as('demo.district');
  const groupId = await registerGroup(c);
  await joinMembers(c, groupId, 4);
  const snapshot = async () => ({
    entries: await countRows(t, 'journal_entry'),
    lines: await countRows(t, 'journal_line'),
    requests: await countRows(t, 'ledger_request'),
    audit: await countRows(t, 'audit_log'),
    figures: (
      await sql<{ s: string }>`SELECT coalesce(sum(pledged), 0)::text AS s FROM member_balance`.execute(t.database.db)
    ).rows[0]!.s,
  });
  const before = await snapshot();
  let dropped = 0;
  onFailpoint(async (name, trx) => {
    if (name !== 'ledger-before-commit:meeting_day.post') return;
    dropped++;
    if (t.database.kind === 'postgres') await sql`SELECT pg_terminate_backend(pg_backend_pid())`.execute(trx);
    else throw new Error('Connection terminated unexpectedly');
  });
  const day = {
    postedOn: '2026-06-05',
    rows: [1, 2, 3, 4].map((memberNo) => ({ memberNo, pledge: 10000 })),
  };
  const key = 'connection-drop-0001';
  const lost = await write(c, `/api/v1/groups/${groupId}/meeting-days`, day, key);
  onFailpoint(undefined);
  assert.equal(dropped, 1);
  expectStatus(lost, 503);
  assert.equal(lost.body.error.code, 'database_unavailable');
  assert.match(lost.body.error.messageTh, /การเชื่อมต่อฐานข้อมูลขาดหาย.*กรุณาส่งอีกครั้ง/);
  assert.deepEqual(await snapshot(), before, 'nothing of the post was written');

  // The pool gives the next request a working connection.
  expectStatus(await c.get(`/api/v1/groups/${groupId}/trial-balance`), 200);
  const posted = await write(c, `/api/v1/groups/${groupId}/meeting-days`, day, key);
  expectStatus(posted, 201);
  const again = await write(c, `/api/v1/groups/${groupId}/meeting-days`, day, key);
  assert.deepEqual(again.body, posted.body);
  const after = await snapshot();
  assert.equal(after.entries, before.entries + 4);
  assert.equal(Number(after.figures), Number(before.figures) + 4 * 10000);
  assert.deepEqual((await verifyIntegrity(t.database.db)).breaks, []);
});
