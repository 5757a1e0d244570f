import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bahttext } from 'bahttext';
import { AppError } from './errors.js';
import {
  ZERO,
  add,
  allocate,
  bahtText,
  compare,
  formatBaht,
  isNegative,
  mulInt,
  neg,
  parseBaht,
  satang,
  sub,
  sum,
  thaiNumberWords,
  type Satang,
} from './money.js';

const MAX = Number.MAX_SAFE_INTEGER;
const isSafe = (b: bigint) => b <= BigInt(MAX) && b >= -BigInt(MAX);
const anySatang = fc.maxSafeInteger().map((n) => satang(n));
const throwsCode = (fn: () => unknown, code: string) =>
  assert.throws(fn, (e: unknown) => e instanceof AppError && e.code === code && e.kind === 'validation');

describe('satang arithmetic', () => {
  test('constructor accepts safe integers only and folds -0', () => {
    assert.equal(satang(123), 123);
    assert.ok(Object.is(satang(-0), 0));
    throwsCode(() => satang(1.5), 'money_not_satang');
    throwsCode(() => satang(Number.NaN), 'money_not_satang');
    throwsCode(() => satang(Infinity), 'money_not_satang');
    throwsCode(() => satang(2 ** 53), 'money_out_of_range');
  });

  test('operations on known values', () => {
    assert.equal(add(satang(150), satang(250), satang(-100)), 300);
    assert.equal(add(), 0);
    assert.equal(sub(satang(100), satang(250)), -150);
    assert.equal(neg(satang(5)), -5);
    assert.ok(Object.is(neg(ZERO), 0));
    assert.equal(mulInt(satang(1250), 12), 15000);
    assert.ok(Object.is(mulInt(ZERO, -3), 0));
    assert.equal(sum([satang(1), satang(2), satang(3)]), 6);
    assert.equal(sum(new Set([satang(10), satang(20)])), 30);
    assert.equal(compare(satang(1), satang(2)), -1);
    assert.equal(compare(satang(2), satang(2)), 0);
    assert.equal(compare(satang(3), satang(2)), 1);
    assert.equal(isNegative(satang(-1)), true);
    assert.equal(isNegative(ZERO), false);
  });

  test('overflow throws instead of rounding', () => {
    throwsCode(() => add(satang(MAX), satang(1)), 'money_out_of_range');
    throwsCode(() => sub(satang(-MAX), satang(1)), 'money_out_of_range');
    throwsCode(() => mulInt(satang(MAX), 2), 'money_out_of_range');
    throwsCode(() => sum([satang(MAX), satang(MAX), satang(-MAX)]), 'money_out_of_range');
    throwsCode(() => mulInt(satang(1), 1.5), 'money_bad_multiplier');
  });

  test('add/sub/mulInt agree with BigInt or throw exactly when the result is unsafe', () => {
    fc.assert(
      fc.property(anySatang, anySatang, fc.integer({ min: -1000, max: 1000 }), (a, b, k) => {
        const cases: [() => Satang, bigint][] = [
          [() => add(a, b), BigInt(a) + BigInt(b)],
          [() => sub(a, b), BigInt(a) - BigInt(b)],
          [() => mulInt(a, k), BigInt(a) * BigInt(k)],
        ];
        for (const [op, expected] of cases) {
          if (isSafe(expected)) assert.equal(BigInt(op()), expected);
          else throwsCode(op, 'money_out_of_range');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseBaht', () => {
  test('known inputs', () => {
    assert.equal(parseBaht('1,234.56'), 123456);
    assert.equal(parseBaht('48000'), 4800000);
    assert.equal(parseBaht('0.5'), 50);
    assert.equal(parseBaht('-12.30'), -1230);
    assert.equal(parseBaht('๑,๒๓๔.๕๖'), 123456);
    assert.equal(parseBaht('  ฿1,000  '), 100000);
    assert.equal(parseBaht('-฿12.30'), -1230);
    assert.equal(parseBaht('0.01'), 1);
    assert.equal(parseBaht('1.500'), 150); // zeros past the satang place lose nothing
    assert.ok(Object.is(parseBaht('-0.00'), 0));
    assert.equal(parseBaht('90071992547409.91'), MAX);
  });

  test('rejects fractions of a satang', () => {
    throwsCode(() => parseBaht('1.005'), 'money_fraction_of_satang');
    assert.throws(
      () => parseBaht('0.001'),
      (e: unknown) => e instanceof AppError && e.messageTh === 'จำนวนเงินต้องมีทศนิยมไม่เกิน 2 ตำแหน่ง (สตางค์)',
    );
  });

  test('rejects empty, garbage, exponents and bad grouping', () => {
    throwsCode(() => parseBaht(''), 'money_empty');
    throwsCode(() => parseBaht('   '), 'money_empty');
    for (const bad of [
      'abc',
      '1e5',
      '1E5',
      '1,23',
      '12,34.5',
      '1,2345',
      '1..2',
      '.5',
      '5.',
      '--1',
      '+1',
      '1.2.3',
      'Infinity',
      'NaN',
      '0x10',
      '1 234',
      '12บาท',
    ]) {
      throwsCode(() => parseBaht(bad), 'money_invalid');
    }
    throwsCode(() => parseBaht('90071992547409.92'), 'money_out_of_range');
    throwsCode(() => parseBaht('99999999999999999999999'), 'money_out_of_range');
  });

  test('parse(format(x)) round-trips for every safe amount and format option', () => {
    fc.assert(
      fc.property(anySatang, fc.boolean(), fc.boolean(), (s, thaiDigits, symbol) => {
        assert.equal(parseBaht(formatBaht(s, { thaiDigits, symbol })), s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatBaht', () => {
  test('known outputs', () => {
    assert.equal(formatBaht(satang(123456)), '1,234.56');
    assert.equal(formatBaht(satang(4800000)), '48,000.00');
    assert.equal(formatBaht(satang(-1230)), '-12.30');
    assert.equal(formatBaht(satang(5)), '0.05');
    assert.equal(formatBaht(satang(-5)), '-0.05');
    assert.equal(formatBaht(ZERO), '0.00');
    assert.equal(formatBaht(satang(100000000)), '1,000,000.00');
    assert.equal(formatBaht(satang(MAX)), '90,071,992,547,409.91');
    assert.equal(formatBaht(satang(123456), { thaiDigits: true }), '๑,๒๓๔.๕๖');
    assert.equal(formatBaht(satang(123456), { symbol: true }), '฿1,234.56');
    assert.equal(formatBaht(satang(-1230), { symbol: true }), '-฿12.30');
  });
});

describe('bahtText', () => {
  const baht = (text: string) => bahtText(parseBaht(text));

  test('known amounts', () => {
    const cases: [string, string][] = [
      ['0', 'ศูนย์บาทถ้วน'],
      ['1', 'หนึ่งบาทถ้วน'],
      ['10', 'สิบบาทถ้วน'],
      ['11', 'สิบเอ็ดบาทถ้วน'],
      ['20', 'ยี่สิบบาทถ้วน'],
      ['21', 'ยี่สิบเอ็ดบาทถ้วน'],
      ['101', 'หนึ่งร้อยหนึ่งบาทถ้วน'],
      ['111', 'หนึ่งร้อยสิบเอ็ดบาทถ้วน'],
      ['48000', 'สี่หมื่นแปดพันบาทถ้วน'],
      ['1234.56', 'หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบหกสตางค์'],
      ['0.50', 'ห้าสิบสตางค์'],
      ['0.01', 'หนึ่งสตางค์'],
      ['0.21', 'ยี่สิบเอ็ดสตางค์'],
      ['1.01', 'หนึ่งบาทหนึ่งสตางค์'],
      ['1000000', 'หนึ่งล้านบาทถ้วน'],
      ['1000001', 'หนึ่งล้านหนึ่งบาทถ้วน'],
      ['11000000', 'สิบเอ็ดล้านบาทถ้วน'],
      ['21000000', 'ยี่สิบเอ็ดล้านบาทถ้วน'],
      ['101000000', 'หนึ่งร้อยหนึ่งล้านบาทถ้วน'],
      ['120500000', 'หนึ่งร้อยยี่สิบล้านห้าแสนบาทถ้วน'],
      ['-12.30', 'ลบสิบสองบาทสามสิบสตางค์'],
      ['-0.50', 'ลบห้าสิบสตางค์'],
      ['90071992547409.91', 'เก้าสิบล้านเจ็ดหมื่นหนึ่งพันเก้าร้อยเก้าสิบสองล้านห้าแสนสี่หมื่นเจ็ดพันสี่ร้อยเก้าบาทเก้าสิบเอ็ดสตางค์'],
    ];
    for (const [amount, words] of cases) assert.equal(baht(amount), words, amount);
  });

  test('thaiNumberWords', () => {
    assert.equal(thaiNumberWords(0), 'ศูนย์');
    assert.equal(thaiNumberWords(1_000_000_000_000), 'หนึ่งล้านล้าน');
    throwsCode(() => thaiNumberWords(-1), 'number_words_range');
  });

  // bahttext reads a units-1 in the millions group as เอ็ด whenever other digits precede it
  // (101,000,000 → หนึ่งร้อยเอ็ดล้าน) but as หนึ่ง in the last group (101 → หนึ่งร้อยหนึ่ง). We read every
  // group the same way (หนึ่งร้อยหนึ่งล้าน), so those amounts are left out of the comparison.
  const bahttextDiffers = (abs: bigint) => {
    const millions = abs / 100n / 1_000_000n;
    return millions > 1n && millions % 10n === 1n && (millions / 10n) % 10n === 0n;
  };

  test('agrees with the bahttext package below 10^12 satang', () => {
    const amount = fc.oneof(
      fc.integer({ min: -(10 ** 12) + 1, max: 10 ** 12 - 1 }),
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.integer({ min: 0, max: 10_000 }).map((k) => k * 100_000_000 + 100), // round millions (+1 baht)
    );
    fc.assert(
      fc.property(amount, (n) => {
        const abs = BigInt(Math.abs(n));
        fc.pre(!bahttextDiffers(abs));
        const decimal = `${n < 0 ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
        assert.equal(bahtText(satang(n)), bahttext(decimal), decimal);
      }),
      { numRuns: 2000 },
    );
  });

  test('the documented disagreement with bahttext is real and limited to that rule', () => {
    assert.equal(bahttext('101000000.00'), 'หนึ่งร้อยเอ็ดล้านบาทถ้วน');
    assert.equal(baht('101000000'), 'หนึ่งร้อยหนึ่งล้านบาทถ้วน');
    assert.equal(bahttextDiffers(10_100_000_000n), true);
    assert.equal(bahttextDiffers(100_000_000n), false); // 1,000,000 baht
    assert.equal(bahttextDiffers(2_100_000_000n), false); // 21,000,000 baht
  });
});

describe('allocate', () => {
  test('known splits', () => {
    assert.deepEqual(allocate(satang(100), [1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(allocate(satang(-100), [1, 1, 1]), [-34, -33, -33]);
    assert.deepEqual(allocate(satang(100), [1, 2]), [33, 67]); // remainders 1/3 vs 2/3
    assert.deepEqual(allocate(satang(5), [0, 1, 1]), [0, 3, 2]);
    assert.deepEqual(allocate(satang(1), [1, 1]), [1, 0]);
    assert.deepEqual(allocate(satang(100000), [5000, 3000, 2000]), [50000, 30000, 20000]); // basis points
    assert.deepEqual(allocate(ZERO, [1, 2]), [0, 0]);
    assert.deepEqual(allocate(satang(MAX), [MAX, MAX]), [4503599627370496, 4503599627370495]);
  });

  test('rejects bad weights', () => {
    throwsCode(() => allocate(satang(100), []), 'allocation_bad_weights');
    throwsCode(() => allocate(satang(100), [1, -1]), 'allocation_bad_weights');
    throwsCode(() => allocate(satang(100), [1.5]), 'allocation_bad_weights');
    throwsCode(() => allocate(satang(100), [Number.NaN]), 'allocation_bad_weights');
    throwsCode(() => allocate(satang(100), [0, 0]), 'allocation_zero_weights');
  });

  const weights = fc
    .array(fc.oneof(fc.nat(10_000), fc.constant(0), fc.maxSafeNat()), { minLength: 1, maxLength: 20 })
    .filter((ws) => ws.some((w) => w > 0));

  test('parts sum to the total, stay within 1 satang of the exact share, and are deterministic', () => {
    fc.assert(
      fc.property(anySatang, weights, (total, ws) => {
        const parts = allocate(total, ws);
        assert.equal(parts.length, ws.length);
        assert.equal(
          parts.reduce((a, p) => a + BigInt(p), 0n),
          BigInt(total),
        );
        const W = ws.reduce((a, w) => a + BigInt(w), 0n);
        parts.forEach((p, i) => {
          const diff = BigInt(p) * W - BigInt(total) * BigInt(ws[i]!); // (part − exact share) × W
          assert.ok((diff < 0n ? -diff : diff) < W, `part ${i} off by a satang or more`);
          if (ws[i] === 0) assert.equal(p, 0);
        });
        assert.deepEqual(allocate(total, ws), parts);
        assert.deepEqual(
          allocate(neg(total), ws),
          parts.map((p) => neg(p)),
        );
      }),
      { numRuns: 500 },
    );
  });
});
