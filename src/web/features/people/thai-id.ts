// Client-side hint for Thai national ID numbers; the server has the final say.

/** Digits only: accepts "1-2345-67890-12-1", spaces and Thai digits (๐–๙) as typed. */
export function normalizeThaiId(input: string): string {
  return input.replace(/[\s-]/g, '').replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** The 13th digit is (11 - Σ d[i]·(13-i) for i < 12 mod 11) mod 10. */
export function thaiIdChecksumOk(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(id[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(id[12]);
}

export type ThaiIdProblem = 'digits' | 'length' | 'checksum' | null;

export function thaiIdProblem(input: string): ThaiIdProblem {
  const id = normalizeThaiId(input);
  if (!id) return null;
  if (!/^\d+$/.test(id)) return 'digits';
  if (id.length !== 13) return 'length';
  return thaiIdChecksumOk(id) ? null : 'checksum';
}

/** "1-2345-xxxxx-xx-1", as the server masks IDs in lists; anything not 13 digits is hidden entirely. */
export function maskThaiId(input: string): string {
  const d = normalizeThaiId(input);
  if (!/^\d{13}$/.test(d)) return 'x'.repeat(d.length);
  return `${d.slice(0, 1)}-${d.slice(1, 5)}-xxxxx-xx-${d.slice(12)}`;
}
