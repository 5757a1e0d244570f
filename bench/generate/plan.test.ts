import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planNation } from './plan.js';
import { SEED_001 } from './targets.js';

const districts = Array.from({ length: 878 }, (_, i) => ({
  id: String(1000 + i),
  subdistricts: [`${1000 + i}01`, `${1000 + i}02`],
}));

test('at scale 0.01 the plan hits every seed-001 figure within 1 %, deterministically', () => {
  const p = planNation(districts, 0.01, 42);
  const sum = (f: (x: { pledged: number; special: number; loan: number }) => number) =>
    p.groups.reduce((a, g) => a + g.members.reduce((s, x) => s + f(x), 0), 0);
  const actual = {
    groups: p.groups.length,
    members: p.groups.reduce((a, g) => a + g.members.length, 0),
    savings: sum((x) => x.pledged + x.special),
    borrowers: sum((x) => (x.loan > 0 ? 1 : 0)),
    lent: sum((x) => x.loan),
  };
  for (const k of Object.keys(SEED_001) as (keyof typeof SEED_001)[]) {
    const target = SEED_001[k] * 0.01;
    assert.ok(Math.abs(actual[k] - target) / target < 0.01, `${k}: ${actual[k]} vs ${target}`);
  }
  assert.deepEqual(planNation(districts, 0.01, 42).groups[7], p.groups[7]);
  assert.notDeepEqual(planNation(districts, 0.01, 43).groups[7], p.groups[7]);
});
