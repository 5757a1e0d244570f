import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AppError } from './errors.js';
import { formatThaiId, isValidThaiId, maskThaiId, normalizeThaiId, parseThaiId, thaiIdCheckDigit } from './thai-id.js';

const digits12 = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }).map((ds) => ds.join(''));
const sumMod11 = (first12: string) => [...first12].reduce((a, d, i) => a + Number(d) * (13 - i), 0) % 11;

describe('Thai citizen ID', () => {
  test('known values', () => {
    assert.equal(thaiIdCheckDigit('123456789012'), 1);
    assert.equal(thaiIdCheckDigit('110170020345'), 0); // Σ = 144, 144 mod 11 = 1, (11 − 1) mod 10 = 0
    assert.equal(isValidThaiId('1234567890121'), true);
    assert.equal(isValidThaiId('1101700203450'), true);
    assert.equal(isValidThaiId('1-2345-67890-12-1'), true);
    assert.equal(isValidThaiId(' 1 2345 67890 12 1 '), true);
    assert.equal(isValidThaiId('๑๒๓๔๕๖๗๘๙๐๑๒๑'), true);
    assert.equal(isValidThaiId('1234567890122'), false);
    assert.equal(isValidThaiId('123456789012'), false);
    assert.equal(isValidThaiId('12345678901210'), false);
    assert.equal(isValidThaiId('12345678901a1'), false);
    assert.equal(isValidThaiId(''), false);
  });

  test('normalize, parse, format, mask', () => {
    assert.equal(normalizeThaiId('๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑'), '1234567890121');
    assert.equal(parseThaiId('1 2345 67890 12 1'), '1234567890121');
    assert.throws(
      () => parseThaiId('1234567890122'),
      (e: unknown) =>
        e instanceof AppError &&
        e.code === 'thai_id_invalid' &&
        e.kind === 'validation' &&
        e.messageTh === 'เลขประจำตัวประชาชนไม่ถูกต้อง (ต้องมี 13 หลักและเลขตรวจสอบถูกต้อง)',
    );
    assert.equal(formatThaiId('1234567890121'), '1-2345-67890-12-1');
    assert.throws(() => formatThaiId('12345'), AppError);
    assert.equal(maskThaiId('1234567890121'), '1-2345-xxxxx-xx-1');
    assert.equal(maskThaiId('1-2345-67890-12-1'), '1-2345-xxxxx-xx-1');
    assert.equal(maskThaiId('12345'), 'xxxxx'); // malformed stored value: hide it, don't throw
  });

  test('any 12 digits plus the computed check digit is valid and round-trips through format', () => {
    fc.assert(
      fc.property(digits12, (first12) => {
        const id = first12 + thaiIdCheckDigit(first12);
        assert.equal(isValidThaiId(id), true);
        assert.equal(parseThaiId(formatThaiId(id)), id);
      }),
      { numRuns: 500 },
    );
  });

  // The mod-11 scheme does NOT catch every single-digit change, so "changing any digit invalidates"
  // would be a false property. Two blind spots: position 3 has weight 11 ≡ 0 (mod 11), and remainders
  // 0 and 10 both give check digit 1. These are real, verifiable cases:
  test('known single-digit changes the checksum cannot detect', () => {
    assert.equal(isValidThaiId('1244567890121'), true); // 3rd digit changed 3 → 4
    assert.equal(isValidThaiId('6234567890121'), true); // Σ mod 11 moved from 0 to 10
  });

  test('a single-digit change is detected exactly when it is outside those two blind spots', () => {
    fc.assert(
      fc.property(digits12, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 9 }), (first12, pos, delta) => {
        const id = first12 + thaiIdCheckDigit(first12);
        const changed = id.slice(0, pos) + ((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        const remainders = new Set([sumMod11(first12), sumMod11(changed.slice(0, 12))]);
        const blind = pos === 2 || (remainders.has(0) && remainders.has(10));
        assert.equal(isValidThaiId(changed), blind, `${id} → ${changed}`);
      }),
      { numRuns: 2000 },
    );
  });
});
