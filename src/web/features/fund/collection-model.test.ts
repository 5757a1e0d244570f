import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Participant } from '../../api/fund-types.js';
import { parseCounts, witnessesFor } from './collection-model.js';

const person = (no: number, id: string): Participant => ({
  participantNo: no,
  person: { id, nameTh: id },
  positionNameTh: null,
  unit: { id: '52', nameTh: 'ลำปาง', kind: 'province' },
  joinedOn: '2024-05-01',
  saved: 0,
  counted: 0,
  expected: 0,
  keepsPledge: false,
});

test('a witness never witnesses their own bank: the stand-in takes their place', () => {
  const c = { first: 'a', second: 'b', standIn: 'c' };
  assert.deepEqual(witnessesFor('x', c), ['a', 'b']);
  assert.deepEqual(witnessesFor('a', c), ['b', 'c']);
  assert.deepEqual(witnessesFor('b', c), ['a', 'c']);
  assert.deepEqual(witnessesFor('a', { ...c, standIn: '' }), ['b']);
});

test('amounts in baht become satang; bad cells and savers short of witnesses are reported', () => {
  const ps = [person(1, 'a'), person(2, 'x'), person(3, 'y'), person(4, 'z')];
  const r = parseCounts(ps, { 1: '62.50', 2: '1,000', 3: '12.345', 4: '' }, { first: 'a', second: 'b', standIn: '' });
  assert.deepEqual(
    r.counts.map((c) => [c.participantNo, c.amount, c.witnessPersonIds]),
    [
      [1, 6_250, ['b']],
      [2, 100_000, ['a', 'b']],
    ],
  );
  assert.equal(r.total, 106_250);
  assert.deepEqual(Object.keys(r.errors), ['3']);
  assert.deepEqual(r.short, [1]);
});
