import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertStrongPassword, hashPassword, verifyPassword } from './password.js';

test('passwords are stored as argon2id hashes that verify only the right password', async () => {
  const hashed = await hashPassword('ออมวันละบาท-2567');
  assert.match(hashed, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.equal(await verifyPassword(hashed, 'ออมวันละบาท-2567'), true);
  assert.equal(await verifyPassword(hashed, 'ออมวันละบาท-2568'), false);
  assert.equal(await verifyPassword('not-a-hash', 'anything'), false);
});

test('short passwords are refused with a Thai message', () => {
  assert.throws(
    () => assertStrongPassword('123456789'),
    (e: { issues: { messageTh: string }[] }) => e.issues[0]!.messageTh.includes('อย่างน้อย 10'),
  );
  assert.doesNotThrow(() => assertStrongPassword('1234567890'));
});
