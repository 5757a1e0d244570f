import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agingBucket } from './aging.js';

test('agingBucket edges', () => {
  assert.deepEqual([0, 1, 30, 31, 90, 91, 180, 181].map(agingBucket), [
    null,
    '1-30',
    '1-30',
    '31-90',
    '31-90',
    '91-180',
    '91-180',
    '>180',
  ]);
});
