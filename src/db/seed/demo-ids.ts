import { thaiIdCheckDigit } from '../../kernel/thai-id.js';

/** A Thai ID for demo person n: generated, valid only in the sense that its check digit is right. */
export function thaiIdFor(n: number): string {
  const body = String(3_5201_00000_00 + n * 7919).padStart(12, '0');
  return body + String(thaiIdCheckDigit(body));
}
