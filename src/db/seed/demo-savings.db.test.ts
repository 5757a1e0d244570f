import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { verifyIntegrity } from '../../modules/integrity/index.js';
import { fixedClock, startTestApp, type TestApp } from '../../testing/test-app.js';
import { DEMO_TREASURER, seedDemoSavings } from './demo-savings.js';

describe('demo savings groups', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    await seedDemoSavings(t.database.db, t.clock);
  });
  after(() => t.close());

  test('three ลำปาง groups with a year of balanced books, loans and one late payer', async () => {
    const hq = await t.as('demo.hq');
    const groups = (await hq.get('/api/v1/groups?orgUnitId=52')).body.items;
    assert.equal(groups.length, 3);
    for (const g of groups) {
      const tb = (await hq.get(`/api/v1/groups/${g.id}/trial-balance`)).body;
      assert.equal(tb.totalDebit, tb.totalCredit);
      assert.ok(
        tb.rows.some((r: { accountCode: string }) => r.accountCode === '4105'),
        'a late-repayment penalty was paid',
      );
      const loans = (await hq.get(`/api/v1/groups/${g.id}/loans`)).body.items;
      assert.equal(loans.length, 2);
      const journal = (await hq.get(`/api/v1/groups/${g.id}/journal?limit=1`)).body;
      assert.ok(journal.total > 100);
    }
    const rollup = (await hq.get('/api/v1/reports/rollup?orgUnitId=52')).body;
    assert.equal(rollup.totals.groups, 3);
    assert.equal(rollup.totals.members, 20 + 15 + 12);
  });

  test('a year of demo books (joins, meeting days, loans, repayments, penalties) verifies: every chain and cached figure', async () => {
    const report = await verifyIntegrity(t.database.db);
    assert.deepEqual(report.breaks, []);
    assert.ok(report.groups >= 3 && report.entries > 300, JSON.stringify(report));
  });

  test('the treasurer login reaches its own group only', async () => {
    const treasurer = await t.as(DEMO_TREASURER);
    const mine = (await treasurer.get('/api/v1/groups')).body.items;
    assert.equal(mine.length, 1);
    assert.equal((await treasurer.get(`/api/v1/groups/${mine[0].id}/trial-balance`)).status, 200);
    const hq = await t.as('demo.hq');
    const all = (await hq.get('/api/v1/groups?orgUnitId=52')).body.items;
    const other = all.find(
      (g: { id: string; orgUnitId: string }) => g.id !== mine[0].id && g.orgUnitId === mine[0].orgUnitId,
    );
    const elsewhere = other ?? all.find((g: { id: string }) => g.id !== mine[0].id);
    assert.equal((await treasurer.get(`/api/v1/groups/${elsewhere.id}`)).status, 404);
    assert.equal((await treasurer.get('/api/v1/people')).status, 403);
  });
});
