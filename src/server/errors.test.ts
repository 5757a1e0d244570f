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
