// The generator at a small scale on a real database: every figure within 1 % of seed 001 × scale,
// the national roll-up equals what was planned, and the loaded books balance.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixedClock, startTestApp, type TestApp } from '../../src/testing/test-app.js';
import { officeDistricts } from './districts.js';
import { loadPlan } from './load.js';
import { planNation } from './plan.js';
import { SEED_001 } from './targets.js';

const SCALE = 0.002;
let t: TestApp;
before(async () => {
  t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
});
after(() => t.close());

test('a generated nation at scale 0.002 rolls up to seed 001 × scale', { timeout: 120_000 }, async () => {
  const districts = await officeDistricts(t.database.db);
  assert.equal(districts.length, 878);
  const plan = planNation(districts, SCALE, 42);
  const hq = await t.as('demo.hq');
  const me = (await hq.get('/api/v1/auth/me')).body;
  await loadPlan(t.database.db, plan, 42, () => {}, me.id);
  const nation = (await hq.get('/api/v1/reports/rollup')).body.totals;
  assert.deepEqual(
    {
      groups: nation.groups,
      members: nation.members,
      savings: nation.savings,
      borrowers: nation.borrowers,
      lent: nation.outstanding,
    },
    plan.totals,
  );
  for (const k of Object.keys(SEED_001) as (keyof typeof SEED_001)[]) {
    const target = SEED_001[k] * SCALE;
    assert.ok(Math.abs(plan.totals[k] - target) / target < 0.01, `${k}: ${plan.totals[k]} vs ${target}`);
  }
  const someGroup = (await hq.get('/api/v1/groups?orgUnitId=TH&limit=1')).body.items[0];
  const tb = (await hq.get(`/api/v1/groups/${someGroup.id}/trial-balance`)).body;
  assert.equal(tb.totalDebit, tb.totalCredit);
  const loans = (await hq.get(`/api/v1/groups/${someGroup.id}/loans`)).body.items;
  for (const l of loans) assert.equal(l.state.principalOutstanding, l.principal);
});
