// Seed 000's fund as demo data: run once on top of the ลำปาง demo and the seed programs, quickly,
// under seed 000's project; a second run writes nothing; the demo logins see what their roles allow.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixedClock, startTestApp, type TestApp } from '../../testing/test-app.js';
import { isDemoFundSeeded, seedDemoFund } from './demo-fund.js';
import { seedDemoPrograms } from './demo-programs.js';

describe('demo data for seed 000’s staff fund', () => {
  let t: TestApp;
  let seconds: number;
  let fundId: string;
  const rows = async () => {
    const tables = ['fund_journal_entry', 'fund_count', 'fund_household', 'fund_payout', 'user_account'] as const;
    const n = await Promise.all(
      tables.map((table) =>
        t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    );
    return Object.fromEntries(tables.map((table, i) => [table, Number(n[i]!.n)]));
  };

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-01-10T03:00:00Z') });
    await seedDemoPrograms(t.database.db);
    const started = performance.now();
    const logins = await seedDemoFund(t.database.db);
    seconds = (performance.now() - started) / 1000;
    assert.deepEqual(
      logins.map((l) => l.username),
      [
        'demo.lampang.fund',
        ...['5202', '5203', '5204', '5206', '5207', '5208', '5209', '5210', '5211', '5212', '5213'].map(
          (d) => `demo.lampang.${d}`,
        ),
      ],
    );
  });
  after(() => t.close());

  test('the whole fund, under seed 000’s project, in a few seconds', async (tc) => {
    tc.diagnostic(`seedDemoFund: ${seconds.toFixed(2)} s`);
    assert.ok(seconds < 20, `seeding took ${seconds.toFixed(1)} s`);
    const officer = await t.as('demo.lampang.fund');
    const [fund] = (await officer.get('/api/v1/funds')).body.items;
    fundId = fund.id;
    const project = await t.database.db
      .selectFrom('project')
      .select('title_th')
      .where('id', '=', fund.projectId)
      .executeTakeFirstOrThrow();
    assert.equal(project.title_th, 'ออมวันละบาท สร้างโอกาสที่ยั่งยืน');
    assert.deepEqual([fund.participants, fund.collections, fund.balances.bank], [91, 5, 461_650]);
    const report = (await officer.get(`/api/v1/funds/${fund.id}/report`)).body;
    assert.equal(report.reconciliation.reconciled, true);
    assert.ok(report.kpis.filter((k: { met: boolean | null }) => k.met !== null).every((k: { met: boolean }) => k.met));
  });

  test('a second run writes nothing', async () => {
    const before = await rows();
    assert.ok(await isDemoFundSeeded(t.database.db));
    assert.deepEqual(await seedDemoFund(t.database.db), []);
    assert.deepEqual(await rows(), before);
  });

  test('a district head sees its own two households; the provincial head sees figures, no households', async () => {
    const district = await t.as('demo.lampang.5206');
    const own = (await district.get(`/api/v1/funds/${fundId}/households`)).body.items;
    assert.deepEqual(
      own.map((h: { district: { id: string } }) => h.district.id),
      ['5206', '5206'],
    );
    const head = await t.as('demo.province');
    assert.deepEqual((await head.get(`/api/v1/funds/${fundId}/households`)).body.items, []);
    assert.equal((await head.get(`/api/v1/funds/${fundId}/report`)).status, 200);
  });
});
