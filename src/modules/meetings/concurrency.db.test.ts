// Acceptance: two sessions posting to the same group at the same time lose nothing. On PostgreSQL
// the requests really run in parallel transactions (pool of 10); the book lock serializes them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectStatus, joinMembers, key, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

describe('concurrent postings to one group', () => {
  let t: TestApp;
  let a: TestClient;
  let b: TestClient;
  let groupId: string;

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    a = await t.as('demo.district');
    b = await t.as('demo.province');
    groupId = await registerGroup(a);
    await joinMembers(a, groupId, 4);
  });
  after(() => t.close());

  test('40 batches from two sessions all land, numbered without gaps, balances exact', async () => {
    const post = (c: TestClient, i: number) =>
      write(c, `/api/v1/groups/${groupId}/meeting-days`, {
        postedOn: '2026-03-05',
        rows: [
          { memberNo: (i % 4) + 1, pledge: 100 + i },
          { memberNo: ((i + 1) % 4) + 1, specialDeposit: 1000 + i },
        ],
      });
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => post(i % 2 ? a : b, i)));
    for (const r of results) expectStatus(r, 201);
    const batches = results.map((r) => r.body.batchNo).sort((x, y) => x - y);
    assert.deepEqual(
      batches,
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const journal = await a.get(`/api/v1/groups/${groupId}/journal?limit=500`);
    const numbers = journal.body.items.map((e: { entryNo: number }) => e.entryNo).sort((x: number, y: number) => x - y);
    assert.deepEqual(
      numbers,
      Array.from({ length: numbers.length }, (_, i) => i + 1),
    );
    const tb = await a.get(`/api/v1/groups/${groupId}/trial-balance`);
    const credit = (code: string) => tb.body.rows.find((r: { accountCode: string }) => r.accountCode === code).credit;
    const sumTo = (f: (i: number) => number) => Array.from({ length: 40 }, (_, i) => f(i)).reduce((x, y) => x + y, 0);
    assert.equal(
      credit('3101'),
      sumTo((i) => 100 + i),
    );
    assert.equal(
      credit('2101'),
      sumTo((i) => 1000 + i),
    );
    assert.equal(tb.body.totalDebit, tb.body.totalCredit);
  });

  test('the same request sent five times at once posts once', async () => {
    const k = key();
    const body = { postedOn: '2026-04-05', rows: [{ memberNo: 1, pledge: 777 }] };
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => write(i % 2 ? a : b, `/api/v1/groups/${groupId}/meeting-days`, body, k)),
    );
    for (const r of results) expectStatus(r, 201);
    for (const r of results) assert.deepEqual(r.body, results[0]!.body);
    const journal = await a.get(`/api/v1/groups/${groupId}/journal?from=2026-04-05&to=2026-04-05`);
    assert.equal(journal.body.total, 1);
  });
});
