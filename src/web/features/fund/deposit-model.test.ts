import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDeposit, toDepositInput } from './deposit-model.js';

test('a deposit names its slip and date, and its amount in baht is at most the cash awaiting deposit', () => {
  const ok = { depositedOn: '2024-06-03', slipRef: ' KTB-0001 ', amount: '1,234.50' };
  assert.deepEqual(checkDeposit(ok, 123_450), {});
  assert.deepEqual(toDepositInput(ok), { depositedOn: '2024-06-03', slipRef: 'KTB-0001', amount: 123_450 });
  const e = checkDeposit({ depositedOn: '', slipRef: ' ', amount: '' }, 100);
  assert.deepEqual(Object.keys(e).sort(), ['amount', 'depositedOn', 'slipRef']);
  assert.match(checkDeposit({ ...ok, amount: '1,234.51' }, 123_450).amount!, /ไม่เกินเงินสดรอนำฝาก \(1,234\.50 บาท\)/);
  assert.match(checkDeposit({ ...ok, amount: '12.345' }, 1_000_000).amount!, /[\u0E00-\u0E7F]/);
  assert.match(checkDeposit({ ...ok, amount: '0' }, 1_000_000).amount!, /มากกว่า 0 บาท/);
});
