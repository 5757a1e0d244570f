// Points are integer tenths everywhere below the API, and aggregates are exact fractions of tenths:
// a mean over 7 judges is compared by cross-multiplication, never as a rounded double, and is only
// rounded (half up, 2 decimals) when shown.

/** 7.5 → 75; refuses negatives and more than one decimal (0.25 is not a score anyone writes). */
export function toTenths(points: number | string): number | null {
  const s = typeof points === 'number' ? String(points) : points.trim();
  const m = /^(\d{1,5})(?:\.(\d))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 10 + Number(m[2] ?? '0');
}

/** 75 → 7.5 for JSON; a tenth is the finest step, so the number prints exactly as entered. */
export const fromTenths = (tenths: number): number => tenths / 10;

/** 1100 → "110", 75 → "7.5": how points appear in messages. */
export function formatTenths(tenths: number): string {
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  return rest === 0 ? String(whole) : `${whole}.${rest}`;
}

/** An exact non-negative quotient of tenths: value = num / den tenths (den > 0). */
export interface Ratio {
  num: number;
  den: number;
}

export function compareRatio(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const l = BigInt(a.num) * BigInt(b.den);
  const r = BigInt(b.num) * BigInt(a.den);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** The ratio in points with 2 decimals, rounded half up: {num: 7300, den: 8} → "91.25". */
export function formatRatio(r: Ratio): string {
  // hundredths of a point = tenths × 10, rounded half up: floor((2·num·10 + den) / (2·den))
  const hundredths = (BigInt(r.num) * 20n + BigInt(r.den)) / (2n * BigInt(r.den));
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole}.${frac}`;
}
