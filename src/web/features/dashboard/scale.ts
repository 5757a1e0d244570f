// Axis scales for the trend charts: one unit for the whole axis (บาท, พันบาท, ล้านบาท…) so tick
// labels stay short on a phone, and "nice" round ticks from zero.
import { th } from '../../i18n/th.js';

export type Measure = 'money' | 'people';

export interface AxisScale {
  /** Divide a raw value (satang for money) by this to get axis units. */
  divisor: number;
  unit: string;
}

export function axisScale(measure: Measure, max: number): AxisScale {
  const u = th.dashboard.trends.units;
  if (measure === 'people')
    return max >= 100_000 ? { divisor: 1000, unit: u.thousandPeople } : { divisor: 1, unit: u.people };
  const baht = max / 100;
  if (baht >= 1_000_000) return { divisor: 100_000_000, unit: u.millionBaht };
  if (baht >= 10_000) return { divisor: 100_000, unit: u.thousandBaht };
  return { divisor: 100, unit: u.baht };
}

/** Round tick values 0…≥max (in axis units), about `count` steps. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = 0; v < max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks.length * step).toPrecision(12)));
  return ticks;
}

const tickFormat = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 2 });
export const tickLabel = (v: number): string => tickFormat.format(v);
