import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromThaiDigits } from '../../../kernel/thai-digits.js';
import type { Criterion } from '../../api/awards-types.js';
import { depthOf, parentSum, parsePoints, sumPoints } from './rubric-model.js';

const c = (code: string, maxPoints: number, parentCode: string | null, isLeaf = true): Criterion => ({
  code,
  parentCode,
  labelTh: code,
  maxPoints,
  statedPoints: null,
  isLeaf,
});
const RUBRIC = [c('1', 10, null), c('2', 50, null, false), c('2.1', 25, '2'), c('2.2', 25, '2'), c('3', 40, null)];

test('depth follows the parent codes', () => {
  assert.deepEqual(
    RUBRIC.map((x) => depthOf(x, RUBRIC)),
    [0, 0, 1, 1, 0],
  );
});

test('totals add leaves in tenths; parents sum their children', () => {
  const given: Record<string, number> = { '1': 9.5, '2.1': 7.5, '2.2': 8.5, '3': 0.1 };
  const leaf = (code: string) => given[code] ?? null;
  assert.equal(parentSum('2', RUBRIC, leaf), 16);
  assert.equal(sumPoints(RUBRIC, leaf), 25.6);
});

test('points: one decimal, within 0..max, Thai digits accepted, empty is no score', () => {
  const p = (s: string) => parsePoints(s, 10, fromThaiDigits);
  assert.deepEqual(p('7.5'), { ok: true, value: 7.5 });
  assert.deepEqual(p('๗.๕'), { ok: true, value: 7.5 });
  assert.deepEqual(p(''), { ok: true, value: null });
  assert.deepEqual(p('10'), { ok: true, value: 10 });
  assert.deepEqual(p('10.1'), { ok: false });
  assert.deepEqual(p('7.25'), { ok: false });
  assert.deepEqual(p('-1'), { ok: false });
  assert.deepEqual(p('abc'), { ok: false });
});
