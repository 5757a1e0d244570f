// Money and percentages as typed and shown. Amounts are parsed exactly by the kernel (no floating
// point), so "100.005" is refused rather than rounded; the server checks everything again.
import { AppError } from '../../../kernel/errors.js';
import { bahtText, formatBaht, parseBaht, satang } from '../../../kernel/money.js';
import { fromThaiDigits } from '../../../kernel/thai-digits.js';
import { th } from '../../i18n/th.js';

export type Parsed = { ok: true; value: number } | { ok: false; error: string };

/** "1,234.56" for a whole number of satang. */
export const baht = (s: number): string => formatBaht(satang(s));

/** "หนึ่งพันบาทถ้วน": the amount in words, as on receipts. */
export const bahtWords = (s: number): string => bahtText(satang(s));

/** A typed amount in baht as satang; empty is 0 (callers that need a value check for 0). */
export function parseAmount(text: string): Parsed {
  if (!text.trim()) return { ok: true, value: 0 };
  try {
    const value = parseBaht(text);
    return value < 0 ? { ok: false, error: th.savings.money.negative } : { ok: true, value };
  } catch (e) {
    return { ok: false, error: e instanceof AppError ? e.messageTh : th.savings.money.invalid };
  }
}

/** The parse error of a typed amount, if any (for live field messages). */
export const amountError = (text: string): string | undefined => {
  const p = parseAmount(text);
  return p.ok ? undefined : p.error;
};

/** "12.5" (per cent, up to 2 decimals) → basis points 1250. */
export function parsePercent(text: string): Parsed {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(fromThaiDigits(text).trim());
  if (!m) return { ok: false, error: th.savings.money.percentInvalid };
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp > 10000 ? { ok: false, error: th.savings.money.percentInvalid } : { ok: true, value: bp };
}

/** Basis points as a per-cent figure: 1250 → "12.5", 6000 → "60". */
export function percentText(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** A whole number typed in a form (months, shares, days), or null. */
export function parseWhole(text: string): number | null {
  const s = fromThaiDigits(text).trim();
  return /^\d{1,6}$/.test(s) ? Number(s) : null;
}
