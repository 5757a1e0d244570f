import type { LetterCopySummary } from '../../api/letters-types.js';
import { thLetters } from '../../i18n/th-letters.js';

export function copyStatus(c: LetterCopySummary): string {
  if (c.status === 'cancelled') return `${thLetters.status.cancelled}: ${c.cancelReason ?? ''}`;
  return c.receivedNo !== null ? thLetters.status.received(c.receivedNo) : thLetters.status.waiting;
}
