// Money is an integer number of satang (1 baht = 100 satang) held in a JS number. Every result is
// checked to be a safe integer, so arithmetic is exact or it throws — never silently rounded.
// Parsing and allocation go through strings/BigInt, never through binary floating point.
import { AppError } from './errors.js';
import { fromThaiDigits, toThaiDigits } from './thai-digits.js';

export type Satang = number & { readonly __brand: 'Satang' };

function moneyError(code: string, messageTh: string, messageEn: string): AppError {
  return new AppError({ code, kind: 'validation', messageTh, messageEn });
}

const overflow = () =>
  moneyError('money_out_of_range', 'จำนวนเงินมากเกินกว่าที่ระบบรองรับ', 'Amount is outside the supported range');

/** The only way a plain number becomes money. `+ 0` folds -0 into 0 so formatting never shows "-0.00". */
export function satang(n: number): Satang {
  if (!Number.isInteger(n)) {
    throw moneyError('money_not_satang', 'จำนวนเงินต้องเป็นจำนวนเต็มสตางค์', 'Amount must be a whole number of satang');
  }
  if (!Number.isSafeInteger(n)) throw overflow();
  return (n + 0) as Satang;
}

export const ZERO: Satang = satang(0);

// A sum/product of safe integers that is itself safe is computed exactly; one that is not comes out
// >= 2^53 in magnitude even after rounding, so checking each result is enough to detect overflow.
function checked(n: number): Satang {
  if (!Number.isSafeInteger(n)) throw overflow();
  return (n + 0) as Satang;
}

export function add(...xs: Satang[]): Satang {
  return sum(xs);
}

export function sub(a: Satang, b: Satang): Satang {
  return checked(a - b);
}

export function neg(a: Satang): Satang {
  return checked(-a);
}

export function mulInt(a: Satang, k: number): Satang {
  if (!Number.isSafeInteger(k)) {
    throw moneyError('money_bad_multiplier', 'ตัวคูณต้องเป็นจำนวนเต็ม', 'Multiplier must be a safe integer');
  }
  return checked(a * k);
}

export function sum(xs: Iterable<Satang>): Satang {
  let total = 0;
  for (const x of xs) total = checked(total + x);
  return total as Satang;
}

export function compare(a: Satang, b: Satang): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isNegative(a: Satang): boolean {
  return a < 0;
}

// Sign, optional ฿, integer part (plain or correctly grouped with commas), optional fraction.
const AMOUNT = /^([-−])?฿?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Exact parse of a typed amount in baht: "1,234.56", "48000", "0.5", "-12.30", "๑,๒๓๔.๕๖", "฿100".
 * Digits beyond the second decimal place are accepted only if they are zeros ("1.500"), because
 * only a genuine fraction of a satang is a loss of money.
 */
export function parseBaht(text: string): Satang {
  const s = fromThaiDigits(text).trim();
  if (s === '') throw moneyError('money_empty', 'กรุณาระบุจำนวนเงิน', 'Amount is required');
  const m = AMOUNT.exec(s);
  if (!m) {
    throw moneyError(
      'money_invalid',
      'รูปแบบจำนวนเงินไม่ถูกต้อง (ตัวอย่าง 1,234.56)',
      'Amount is not a valid number (e.g. 1,234.56)',
    );
  }
  const [, sign, intPart = '0', frac = ''] = m;
  if (/[1-9]/.test(frac.slice(2))) {
    throw moneyError(
      'money_fraction_of_satang',
      'จำนวนเงินต้องมีทศนิยมไม่เกิน 2 ตำแหน่ง (สตางค์)',
      'Amount may have at most 2 decimal places (satang)',
    );
  }
  const value = BigInt(intPart.replace(/,/g, '')) * 100n + BigInt(frac.slice(0, 2).padEnd(2, '0'));
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw overflow();
  return satang(sign ? -Number(value) : Number(value));
}

/** Splits |s| into whole baht and remaining satang without float division. */
function splitBaht(s: Satang): { baht: number; st: number } {
  const abs = Math.abs(s);
  const st = abs % 100;
  return { baht: (abs - st) / 100, st };
}

/** "1,234.56", "-12.30"; `symbol` gives "฿1,234.56" / "-฿12.30". */
export function formatBaht(s: Satang, opts: { thaiDigits?: boolean; symbol?: boolean } = {}): string {
  const { baht, st } = splitBaht(s);
  const grouped = String(baht).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${s < 0 ? '-' : ''}${opts.symbol ? '฿' : ''}${grouped}.${String(st).padStart(2, '0')}`;
  return opts.thaiDigits ? toThaiDigits(text) : text;
}

const DIGIT_WORDS = ['', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const PLACE_WORDS = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];

/**
 * Words for 1..999,999. Units 1 reads เอ็ด only after a non-zero tens digit (11, 21, 101 ≠ เอ็ด):
 * หนึ่งร้อยหนึ่ง as the brief and most official forms have it; tens 1 is สิบ, tens 2 is ยี่สิบ.
 */
function groupWords(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    const place = digits.length - 1 - i;
    if (d === 0) continue;
    if (place === 1) out += d === 1 ? 'สิบ' : d === 2 ? 'ยี่สิบ' : DIGIT_WORDS[d]! + 'สิบ';
    else if (place === 0 && d === 1 && n % 100 > 10) out += 'เอ็ด';
    else out += DIGIT_WORDS[d]! + PLACE_WORDS[place]!;
  }
  return out;
}

/** Thai words for a non-negative safe integer; each million starts a new group ("ล้าน"). */
export function thaiNumberWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw moneyError('number_words_range', 'ต้องเป็นจำนวนเต็มที่ไม่ติดลบ', 'Must be a non-negative safe integer');
  }
  if (n === 0) return 'ศูนย์';
  const low = n % 1_000_000;
  const high = (n - low) / 1_000_000;
  return (high > 0 ? thaiNumberWords(high) + 'ล้าน' : '') + groupWords(low);
}

/** The amount in words as written on receipts and official forms, e.g. "หนึ่งพันบาทถ้วน". */
export function bahtText(s: Satang): string {
  const { baht, st } = splitBaht(s);
  const sign = s < 0 ? 'ลบ' : '';
  if (st === 0) return `${sign}${thaiNumberWords(baht)}บาทถ้วน`;
  const bahtPart = baht > 0 ? `${thaiNumberWords(baht)}บาท` : '';
  return `${sign}${bahtPart}${thaiNumberWords(st)}สตางค์`;
}

/**
 * Splits `total` over non-negative integer weights with the largest-remainder method: everyone gets
 * the floor of their exact share, then the leftover satang go one each to the largest remainders
 * (ties to the lower index). Parts sum exactly to `total` and each is within 1 satang of its exact
 * share. A negative total is allocated as the mirror image of its absolute value.
 */
export function allocate(total: Satang, weights: readonly number[]): Satang[] {
  if (weights.length === 0 || weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
    throw moneyError(
      'allocation_bad_weights',
      'สัดส่วนการแบ่งต้องเป็นจำนวนเต็มที่ไม่ติดลบ และต้องมีอย่างน้อยหนึ่งรายการ',
      'Allocation weights must be a non-empty list of non-negative integers',
    );
  }
  const W = weights.reduce((acc, w) => acc + BigInt(w), 0n);
  if (W === 0n) {
    throw moneyError(
      'allocation_zero_weights',
      'สัดส่วนการแบ่งต้องไม่เป็นศูนย์ทั้งหมด',
      'Allocation weights must not all be zero',
    );
  }
  const T = BigInt(Math.abs(total));
  const shares = weights.map((w, i) => {
    const exact = T * BigInt(w);
    return { i, part: exact / W, rem: exact % W };
  });
  let leftover = T - shares.reduce((acc, x) => acc + x.part, 0n);
  const byRemainder = [...shares].sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const x of byRemainder) {
    if (leftover === 0n) break;
    x.part += 1n;
    leftover -= 1n;
  }
  return shares.map((x) => satang(total < 0 ? -Number(x.part) : Number(x.part)));
}
