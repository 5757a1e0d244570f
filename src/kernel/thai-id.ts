// Thai citizen ID (เลขประจำตัวประชาชน): 13 digits, the last a mod-11 check digit over the first 12.
// Only the checksum is enforced: the first digit is a registration category and 0 is legitimately
// issued (e.g. to people without Thai registration status), so it is not rejected.
import { AppError } from './errors.js';
import { fromThaiDigits } from './thai-digits.js';

export type ThaiId = string & { readonly __brand: 'ThaiId' };

const invalid = () =>
  new AppError({
    code: 'thai_id_invalid',
    kind: 'validation',
    messageTh: 'เลขประจำตัวประชาชนไม่ถูกต้อง (ต้องมี 13 หลักและเลขตรวจสอบถูกต้อง)',
    messageEn: 'Invalid Thai citizen ID (13 digits with a valid check digit)',
  });

/** Thai digits → ASCII; spaces and dashes (as printed on the card) removed. Does not validate. */
export function normalizeThaiId(input: string): string {
  return fromThaiDigits(input).replace(/[\s\-‐‑–—−]/g, '');
}

/** Check digit for the first 12 digits: (11 − Σ digit[i]×(13−i) mod 11) mod 10. */
export function thaiIdCheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw invalid();
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

export function isValidThaiId(input: string): boolean {
  const id = normalizeThaiId(input);
  return /^\d{13}$/.test(id) && thaiIdCheckDigit(id.slice(0, 12)) === Number(id[12]);
}

export function parseThaiId(input: string): ThaiId {
  const id = normalizeThaiId(input);
  if (!isValidThaiId(id)) throw invalid();
  return id as ThaiId;
}

/** "1-2345-67890-12-1", the layout printed on the ID card. Requires 13 digits. */
export function formatThaiId(id: string): string {
  const d = normalizeThaiId(id);
  if (!/^\d{13}$/.test(d)) throw invalid();
  return `${d.slice(0, 1)}-${d.slice(1, 5)}-${d.slice(5, 10)}-${d.slice(10, 12)}-${d.slice(12)}`;
}

/**
 * "1-2345-xxxxx-xx-1": first 5 and last digit visible, enough for a person to recognise their own
 * record. Takes plain strings (stored values) and never throws: anything that is not 13 digits is
 * masked completely rather than leaked.
 */
export function maskThaiId(id: string): string {
  const d = normalizeThaiId(id);
  if (!/^\d{13}$/.test(d)) return 'x'.repeat(d.length);
  return `${d.slice(0, 1)}-${d.slice(1, 5)}-xxxxx-xx-${d.slice(12)}`;
}
