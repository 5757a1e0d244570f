import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planNation, ROLE } from './plan.js';
import { SEED_001 } from './targets.js';

const districts = Array.from({ length: 878 }, (_, i) => ({
  id: String(1000 + i),
  subdistricts: [`${1000 + i}01`, `${1000 + i}02`],
}));

test('at scale 0.01 the year-end plan equals every seed-001 figure × scale, deterministically', () => {
  const p = planNation(districts, 0.01, 42);
  const m = p.members;
  const yearEndBorrower = (r: number) => r === ROLE.carry || r === ROLE.renew || r === ROLE.fresh;
  const actual = {
    groups: p.groups.length,
    members: p.groups.reduce((a, g) => a + g.size, 0),
    savings: m.savings.reduce((a, x) => a + x, 0),
    borrowers: m.role.reduce((a, r) => a + Number(yearEndBorrower(r)), 0),
    lent: m.loan.reduce((a, x) => a + x, 0) + m.loan2.reduce((a, x) => a + x, 0),
  };
  for (const k of Object.keys(SEED_001) as (keyof typeof SEED_001)[]) {
    assert.equal(actual[k], p.totals[k], k);
    assert.equal(actual[k], Math.round(SEED_001[k] * 0.01), k);
  }
  assert.ok(m.monthlyPledge.every((x) => x > 0 && Number.isInteger(x)));
  assert.ok(m.savings.every((x) => x > 0 && Number.isInteger(x)));
  assert.ok(m.role.some((r) => r === ROLE.paidOff));
  const again = planNation(districts, 0.01, 42);
  assert.deepEqual(again.groups[7], p.groups[7]);
  assert.deepEqual(again.members.savings, m.savings);
  assert.deepEqual(again.members.loan2, m.loan2);
  assert.notDeepEqual(planNation(districts, 0.01, 43).members.savings, m.savings);
});
