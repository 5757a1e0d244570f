// The arithmetic of a year-end close, pure: month ends of the period, month-end balances, interest
// on special savings, and the split of net profit into pools and pools into members. Money stays
// integer satang; every division goes through BigInt (half up for interest, largest remainder for
// splits) so that every part adds up to its whole exactly.
import { addDays, civilDate, compareDates, dateParts, type CivilDate } from '../../kernel/dates.js';
import { ZERO, add, allocate, satang, sum, type Satang } from '../../kernel/money.js';
import type { AllocationPool } from '../savings/index.js';

export interface MonthEnd {
  /** 'YYYY-MM' */
  month: string;
  /** The month's last day, or `through` for the month it falls in. */
  asOf: CivilDate;
}

/** Every calendar month from `from`'s month to `through`'s, each ending on its last day (at most `through`). */
export function monthEnds(from: CivilDate, through: CivilDate): MonthEnd[] {
  const out: MonthEnd[] = [];
  let { year, month } = dateParts(from);
  for (;;) {
    const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
    const firstOfNext = civilDate(`${String(next.year).padStart(4, '0')}-${String(next.month).padStart(2, '0')}-01`);
    const last = addDays(firstOfNext, -1);
    const asOf = compareDates(last, through) < 0 ? last : through;
    out.push({ month: asOf.slice(0, 7), asOf });
    if (asOf === through) return out;
    ({ year, month } = next);
  }
}

export interface Movement {
  on: CivilDate;
  /** Credit-positive: a deposit is > 0, a withdrawal < 0. */
  amount: Satang;
}

/** The balance at each month end: every movement dated on or before it, including before the period. */
export function monthEndBalances(movements: readonly Movement[], ends: readonly MonthEnd[]): Satang[] {
  // One pass over the movements in date order (not one pass per month end).
  const sorted = [...movements].sort((a, b) => compareDates(a.on, b.on));
  let i = 0;
  let balance = ZERO;
  return ends.map((e) => {
    for (; i < sorted.length && compareDates(sorted[i]!.on, e.asOf) <= 0; i++)
      balance = add(balance, sorted[i]!.amount);
    return balance;
  });
}

/** A month's interest is balance × bp / 10,000 / 12, summed over the months, rounded half up once. */
export function specialSavingsInterest(monthly: readonly Satang[], annualRateBp: number): Satang {
  const total = monthly.reduce((acc, b) => acc + BigInt(b > 0 ? b : 0), 0n);
  const n = total * BigInt(annualRateBp);
  const d = 120_000n;
  return satang(Number((2n * n + d) / (2n * d)));
}

export interface PoolShare {
  pool: AllocationPool;
  bp: number;
  amount: Satang;
  /** A member pool nobody qualifies for goes to the reserve instead. */
  movedToReserve: boolean;
}

export interface ProfitSplit {
  pools: PoolShare[];
  /** Per member, in the order of the weights given. */
  dividends: Satang[];
  refunds: Satang[];
  /** The reserve pool plus any member pool moved to it. */
  reserve: Satang;
}

/** Largest-remainder split of a member pool; all-zero or no weights leave it unsplit (null). */
export function splitPool(pool: Satang, weights: readonly number[]): Satang[] | null {
  if (pool === 0) return weights.map(() => ZERO);
  if (weights.every((w) => w === 0)) return null;
  return allocate(pool, weights);
}

/**
 * Net profit into pools in the rules' order, then the dividend and refund pools into members. A loss
 * or zero allocates nothing: each pool is zero.
 */
export function splitProfit(input: {
  netProfit: Satang;
  allocation: readonly { pool: AllocationPool; bp: number }[];
  dividendWeights: readonly number[];
  refundWeights: readonly number[];
}): ProfitSplit {
  const { netProfit, allocation } = input;
  const amounts =
    netProfit > 0
      ? allocate(
          netProfit,
          allocation.map((a) => a.bp),
        )
      : allocation.map(() => ZERO);
  let dividends: Satang[] = input.dividendWeights.map(() => ZERO);
  let refunds: Satang[] = input.refundWeights.map(() => ZERO);
  const pools = allocation.map((a, i): PoolShare => {
    const amount = amounts[i]!;
    let movedToReserve = false;
    if (a.pool === 'dividend' || a.pool === 'interest_refund') {
      const split = splitPool(amount, a.pool === 'dividend' ? input.dividendWeights : input.refundWeights);
      if (split === null) movedToReserve = true;
      else if (a.pool === 'dividend') dividends = split;
      else refunds = split;
    }
    return { pool: a.pool, bp: a.bp, amount, movedToReserve };
  });
  const reserve = sum(pools.filter((p) => p.pool === 'reserve' || p.movedToReserve).map((p) => p.amount));
  return { pools, dividends, refunds, reserve };
}

/** weight / total as a percentage with four decimals, e.g. "2.4513", computed exactly (truncated). */
export function percentOf(weight: number, total: number): string {
  if (total === 0) return '0.0000';
  const scaled = (BigInt(weight) * 1_000_000n) / BigInt(total);
  const s = scaled.toString().padStart(5, '0');
  return `${s.slice(0, -4)}.${s.slice(-4)}`;
}
