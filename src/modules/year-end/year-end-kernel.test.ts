import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { civilDate } from '../../kernel/dates.js';
import { satang } from '../../kernel/money.js';
import { ALLOCATION_POOLS, type AllocationPool } from '../savings/index.js';
import {
  monthEndBalances,
  monthEnds,
  percentOf,
  specialSavingsInterest,
  splitPool,
  splitProfit,
} from './year-end-kernel.js';

const SAMPLE = [
  { pool: 'dividend', bp: 6000 },
  { pool: 'interest_refund', bp: 1000 },
  { pool: 'reserve', bp: 1000 },
  { pool: 'welfare', bp: 1000 },
  { pool: 'public_benefit', bp: 500 },
  { pool: 'committee_pay', bp: 500 },
] as const satisfies readonly { pool: AllocationPool; bp: number }[];

const s = (xs: number[]) => xs.map(satang);
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('month ends', () => {
  test('a Thai fiscal year has twelve, each on its last day (29 Feb in a leap year)', () => {
    const ends = monthEnds(civilDate('2023-10-01'), civilDate('2024-09-30'));
    assert.equal(ends.length, 12);
    assert.deepEqual(ends[0], { month: '2023-10', asOf: '2023-10-31' });
    assert.deepEqual(ends[4], { month: '2024-02', asOf: '2024-02-29' });
    assert.deepEqual(ends[11], { month: '2024-09', asOf: '2024-09-30' });
  });
  test('a period starting or ending mid-month counts that month, ending it at `through`', () => {
    const ends = monthEnds(civilDate('2025-10-15'), civilDate('2025-12-10'));
    assert.deepEqual(
      ends.map((e) => e.asOf),
      ['2025-10-31', '2025-11-30', '2025-12-10'],
    );
    assert.deepEqual(monthEnds(civilDate('2025-12-31'), civilDate('2025-12-31')), [
      { month: '2025-12', asOf: '2025-12-31' },
    ]);
  });
});

describe('balances and interest', () => {
  test('month-end balances include movements before the period and on the last day', () => {
    const ends = monthEnds(civilDate('2025-10-01'), civilDate('2025-12-31'));
    const b = monthEndBalances(
      [
        { on: civilDate('2025-09-05'), amount: satang(100) },
        { on: civilDate('2025-10-31'), amount: satang(50) },
        { on: civilDate('2025-12-05'), amount: satang(-30) },
        { on: civilDate('2026-01-05'), amount: satang(1000) },
      ],
      ends,
    );
    assert.deepEqual(b, [150, 150, 120]);
  });
  test('interest is Σ balances × bp / 120,000, rounded half up once', () => {
    assert.equal(specialSavingsInterest(s(Array(12).fill(200000)), 300), 6000);
    assert.equal(specialSavingsInterest(s([10200]), 300), 26); // 25.5 → 26
    assert.equal(specialSavingsInterest(s([10100]), 300), 25); // 25.25 → 25
    assert.equal(specialSavingsInterest(s([99999, 99999]), 300), 500); // 499.995 → 500
    assert.equal(specialSavingsInterest(s([123456]), 0), 0);
  });
  test('percentOf is exact to four decimals', () => {
    assert.equal(percentOf(1, 3), '33.3333');
    assert.equal(percentOf(5, 5), '100.0000');
    assert.equal(percentOf(1, 1_000_000), '0.0001');
    assert.equal(percentOf(0, 0), '0.0000');
  });
});

describe('splitting profit', () => {
  test('pools follow the rules in order, the odd satang to the largest remainder (ties to the first)', () => {
    const r = splitProfit({
      netProfit: satang(108062),
      allocation: SAMPLE,
      dividendWeights: [1, 1],
      refundWeights: [0, 5],
    });
    assert.deepEqual(
      r.pools.map((p) => p.amount),
      [64838, 10806, 10806, 10806, 5403, 5403],
    );
    assert.deepEqual(r.dividends, [32419, 32419]);
    assert.deepEqual(r.refunds, [0, 10806]);
    assert.equal(r.reserve, 10806);
  });
  test('a member pool with no weight goes to the reserve', () => {
    const r = splitProfit({ netProfit: satang(4000), allocation: SAMPLE, dividendWeights: [3], refundWeights: [0] });
    assert.deepEqual(
      r.pools.map((p) => [p.pool, p.amount, p.movedToReserve]),
      [
        ['dividend', 2400, false],
        ['interest_refund', 400, true],
        ['reserve', 400, false],
        ['welfare', 400, false],
        ['public_benefit', 200, false],
        ['committee_pay', 200, false],
      ],
    );
    assert.deepEqual(r.refunds, [0]);
    assert.equal(r.reserve, 800);
    const nobody = splitProfit({ netProfit: satang(4000), allocation: SAMPLE, dividendWeights: [], refundWeights: [] });
    assert.equal(nobody.reserve, 400 + 2400 + 400);
  });
  test('a loss or zero allocates nothing', () => {
    for (const netProfit of [0, -5000]) {
      const r = splitProfit({
        netProfit: satang(netProfit),
        allocation: SAMPLE,
        dividendWeights: [1],
        refundWeights: [1],
      });
      assert.ok(r.pools.every((p) => p.amount === 0 && !p.movedToReserve));
      assert.deepEqual([r.dividends, r.refunds, r.reserve], [[0], [0], 0]);
    }
  });
  test('a zero pool needs no weights', () => {
    assert.deepEqual(splitPool(satang(0), [0, 0]), [0, 0]);
    assert.equal(splitPool(satang(1), [0, 0]), null);
  });
});

// Random rules: a set of distinct pools with basis points summing to exactly 10,000.
const arbAllocation = fc.shuffledSubarray([...ALLOCATION_POOLS], { minLength: 1 }).chain((pools) =>
  fc.array(fc.nat(100), { minLength: pools.length, maxLength: pools.length }).map((raw) => {
    const parts = raw.map((x) => x + (raw.every((y) => y === 0) ? 1 : 0));
    const cut = splitPool(satang(10000), parts)!;
    return pools.map((pool, i) => ({ pool, bp: cut[i]! }));
  }),
);
const arbWeights = fc.array(fc.oneof(fc.constant(0), fc.nat(50_000_000)), { maxLength: 40 });

describe('properties', () => {
  test('pools sum exactly to net profit; member splits sum exactly to their pools; reserve takes the rest', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000_000 }),
        arbAllocation,
        arbWeights,
        arbWeights,
        (np, allocation, dw, rw) => {
          const r = splitProfit({ netProfit: satang(np), allocation, dividendWeights: dw, refundWeights: rw });
          const pools = r.pools.map((p) => p.amount);
          assert.equal(total(pools), np > 0 ? np : 0);
          const pool = (name: AllocationPool) => r.pools.find((p) => p.pool === name);
          const div = pool('dividend');
          if (div && !div.movedToReserve) assert.equal(total(r.dividends), div.amount);
          else assert.equal(total(r.dividends), 0);
          const ref = pool('interest_refund');
          if (ref && !ref.movedToReserve) assert.equal(total(r.refunds), ref.amount);
          else assert.equal(total(r.refunds), 0);
          // Everything allocated lands somewhere exactly once.
          const elsewhere = r.pools
            .filter((p) => !['dividend', 'interest_refund', 'reserve'].includes(p.pool))
            .map((p) => p.amount);
          assert.equal(total(r.dividends) + total(r.refunds) + r.reserve + total(elsewhere), np > 0 ? np : 0);
          // A member pool moves to the reserve exactly when it has something and nobody to share it.
          const weightsOf = (pool: AllocationPool) =>
            pool === 'dividend' ? dw : pool === 'interest_refund' ? rw : null;
          for (const p of r.pools) {
            const w = weightsOf(p.pool);
            assert.equal(p.movedToReserve, p.amount > 0 && w !== null && w.every((x) => x === 0));
          }
        },
      ),
    );
  });

  test('every member is within one satang of their exact share, and zero weight gets nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), arbWeights, (pool, weights) => {
        const parts = splitPool(satang(pool), weights);
        const W = weights.reduce((a, w) => a + BigInt(w), 0n);
        if (pool > 0 && W === 0n) return assert.equal(parts, null);
        assert.ok(parts);
        assert.equal(total(parts), pool);
        parts.forEach((part, i) => {
          // |part − pool·w/W| < 1  ⇔  |part·W − pool·w| < W, in exact integers.
          const diff = BigInt(part) * W - BigInt(pool) * BigInt(weights[i]!);
          assert.ok(W === 0n || (diff < W && -diff < W), `member ${i}: ${part} vs ${pool}·${weights[i]}/${W}`);
          if (weights[i] === 0) assert.equal(part, 0);
        });
      }),
    );
  });
});
