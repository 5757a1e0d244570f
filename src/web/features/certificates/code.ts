// The verification code as printed under the QR code: groups of four, any case; the server accepts
// it typed either way, this only keeps the page's own display and links tidy.
import { normalizeCrockford } from '../../../kernel/random.js';

export const groupCode = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

/** The canonical code for a typed one, or null when it cannot be a certificate code. */
export function typedCode(text: string): string | null {
  const code = normalizeCrockford(text);
  return code && code.length === 12 ? code : null;
}
