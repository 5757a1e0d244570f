// The rubric as a tree in its codes ('2' is the parent of '2.1'): depth for indenting, and the
// points a sheet gives to each criterion (leaves as entered, parents as the sum of their leaves).
import type { Criterion } from '../../api/awards-types.js';

export function depthOf(c: Criterion, all: Criterion[]): number {
  let depth = 0;
  let parent = c.parentCode;
  while (parent !== null && depth < 10) {
    depth++;
    parent = all.find((x) => x.code === parent)?.parentCode ?? null;
  }
  return depth;
}

/** Sums in tenths so 7.5 + 8.5 is exactly 16. */
export function subtotal(code: string, all: Criterion[], leafPoints: (code: string) => number | null): number {
  const c = all.find((x) => x.code === code);
  if (!c) return 0;
  if (c.isLeaf) return Math.round((leafPoints(code) ?? 0) * 10);
  return all.filter((x) => x.parentCode === code).reduce((t, x) => t + subtotal(x.code, all, leafPoints), 0);
}

export const sumPoints = (all: Criterion[], leafPoints: (code: string) => number | null): number =>
  all.filter((c) => c.parentCode === null).reduce((t, c) => t + subtotal(c.code, all, leafPoints), 0) / 10;

export const parentSum = (code: string, all: Criterion[], leafPoints: (code: string) => number | null): number =>
  subtotal(code, all, leafPoints) / 10;

export type ParsedPoints = { ok: true; value: number | null } | { ok: false };

/** What a judge types ("7.5", "๗.๕", "") → points, refusing more than one decimal or out of range. */
export function parsePoints(text: string, max: number, toArabic: (s: string) => string): ParsedPoints {
  const s = toArabic(text.trim()).replace(',', '.');
  if (s === '') return { ok: true, value: null };
  if (!/^\d+(\.\d)?$/.test(s)) return { ok: false };
  const value = Number(s);
  return value <= max ? { ok: true, value } : { ok: false };
}
