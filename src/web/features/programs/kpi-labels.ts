// How a KPI's figure reads: "๒ จาก ๑๓ อำเภอ (ร้อยละ ๑๕.๓๘)", where it comes from, and the share of
// the target reached for the progress bar.
import type { Indicator } from '../../api/programs-types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { thaiNumber } from './labels.js';

const t = thPrograms.kpi;

/** Share of the target reached, 0–100 for the bar; null without a target to measure against. */
export function kpiPercent(k: Indicator): number | null {
  if (k.kind !== 'quantitative' || k.target === null || k.target <= 0) return null;
  return Math.min(100, ((k.actual?.value ?? 0) / k.target) * 100);
}

const trimmed = (n: number) => String(Math.round(n * 100) / 100);

export function kpiProgressText(k: Indicator): string {
  const value = k.actual ? thaiNumber(trimmed(k.actual.value)) : '–';
  const line = t.progress(value, thaiNumber(trimmed(k.target ?? 0)), k.unit ?? '');
  const pct = kpiPercent(k);
  return k.actual && pct !== null ? `${line} ${t.percent(thaiNumber(trimmed(pct)))}` : line;
}

export function kpiSourceText(k: Indicator): string {
  if (k.source === 'manual') return t.sourceManual;
  return k.sourceRequest ? t.sourceComputed(k.sourceRequest.title) : t.sourceComputedGone;
}
