/** A small deterministic generator (32-bit LCG, Numerical Recipes constants) returning [0, 1): the
 *  same demo and benchmark data on every machine. Not for anything secret. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Crockford's base32 alphabet: digits and capitals without I, L, O, U (nothing to misread on paper). */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `length` characters of Crockford base32 from the platform's cryptographic generator (5 bits each):
 *  unguessable one-time codes for links and slips. */
export function randomCrockford(length: number): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length));
  // 256 is a multiple of 32, so the low five bits of a uniform byte are uniform.
  return Array.from(bytes, (b) => CROCKFORD_ALPHABET[b & 31]).join('');
}

/** A typed or scanned Crockford code as stored: upper case, separators dropped, I/L read as 1 and
 *  O as 0 (Crockford's decoding rule); null when anything else remains. */
export function normalizeCrockford(text: string): string | null {
  const s = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return /^[0-9A-HJKMNP-TV-Z]+$/.test(s) ? s : null;
}
