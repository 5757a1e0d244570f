import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromThaiDigits, toThaiDigits } from './thai-digits.js';

test('converts digits both ways and leaves everything else alone', () => {
  assert.equal(toThaiDigits('0123456789'), '๐๑๒๓๔๕๖๗๘๙');
  assert.equal(toThaiDigits(2568), '๒๕๖๘');
  assert.equal(toThaiDigits('15 มกราคม 2568'), '๑๕ มกราคม ๒๕๖๘');
  assert.equal(fromThaiDigits('๑,๒๓๔.๕๖ บาท'), '1,234.56 บาท');
  assert.equal(fromThaiDigits('abc'), 'abc');
});

test('fromThaiDigits undoes toThaiDigits, and the result has no ASCII digits left', () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const thai = toThaiDigits(s);
      assert.ok(!/[0-9]/.test(thai));
      assert.equal(fromThaiDigits(thai), fromThaiDigits(s));
      assert.equal(toThaiDigits(fromThaiDigits(thai)), thai);
    }),
    { numRuns: 500 },
  );
});
