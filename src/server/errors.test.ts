import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toAppError } from './errors.js';

test('a deadlock or serialization failure is a retryable 503 with a Thai message; other database errors are not mapped', () => {
  for (const code of ['40P01', '40001']) {
    const e = toAppError(Object.assign(new Error('deadlock detected'), { code }));
    assert.equal(e?.kind, 'unavailable');
    assert.equal(e?.code, 'write_conflict');
    assert.match(e!.messageTh, /กรุณาส่งอีกครั้ง/);
  }
  assert.equal(toAppError(Object.assign(new Error('duplicate key'), { code: '23505' })), undefined);
  assert.equal(toAppError(null), undefined);
});

test('a lost database connection (server gone, connection killed, network) is a 503 to retry under the same key', () => {
  const lost = [
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    Object.assign(new Error('connection failure'), { code: '08006' }),
    Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
    new Error('Connection terminated unexpectedly'),
    new Error('Client has encountered a connection error and is not queryable'),
  ];
  for (const err of lost) {
    const e = toAppError(err);
    assert.equal(e?.code, 'database_unavailable', err.message);
    assert.equal(e?.kind, 'unavailable');
    assert.match(e!.messageTh, /ไม่บันทึกรายการเดียวกันซ้ำ/);
  }
  assert.equal(toAppError(Object.assign(new Error('check violation'), { code: '23514' })), undefined);
});

test('a value the database cannot take (NUL, text for a uuid, out of range) is a 422, not a 500', () => {
  for (const code of ['22P02', '22021', '22003', '22007', '22008']) {
    const e = toAppError(Object.assign(new Error('invalid input'), { code }));
    assert.equal(e?.kind, 'validation', code);
    assert.equal(e?.code, 'invalid_value');
  }
});
