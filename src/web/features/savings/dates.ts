// Civil dates ('YYYY-MM-DD', Common Era, as the API wants them) shown and typed in the Buddhist era
// through the kernel's formatters, so the UI and the server's messages read the same.
import { AppError } from '../../../kernel/errors.js';
import {
  civilDate,
  dateParts,
  formatThaiDate,
  parseThaiDate,
  systemClock,
  todayInBangkok,
} from '../../../kernel/dates.js';
import { th } from '../../i18n/th.js';

/** Today in Thailand (the server decides "in the future" the same way). */
export const today = (): string => todayInBangkok(systemClock);

/** "5 มิถุนายน 2569"; anything that is not a civil date is shown as it came. */
export function thaiDate(iso: string | null | undefined, style: 'long' | 'short' | 'numeric' = 'long'): string {
  if (!iso) return th.common.none;
  try {
    return formatThaiDate(civilDate(iso.slice(0, 10)), { style });
  } catch {
    return iso;
  }
}

export type ParsedDate = { ok: true; value: string } | { ok: false; error: string };

/** What a user types ("5/6/2569", "5 มิ.ย. 2569", ISO) → a civil date. */
export function parseDateInput(text: string): ParsedDate {
  if (!text.trim()) return { ok: false, error: th.savings.dateRequired };
  try {
    return { ok: true, value: parseThaiDate(text) };
  } catch (e) {
    return { ok: false, error: e instanceof AppError ? e.messageTh : th.savings.dateRequired };
  }
}

/** The group's meeting day in the month after `from` (a sensible first due date for a loan). */
export function nextMeetingDay(from: string, meetingDay: number): string {
  const { year, month } = dateParts(civilDate(from));
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of the following month
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(Math.min(meetingDay, last))}`;
}

/** The last day of the month before `from` (a sensible default for closing the books). */
export function endOfPreviousMonth(from: string): string {
  const { year, month } = dateParts(civilDate(from));
  const d = new Date(Date.UTC(year, month - 1, 0)); // day 0 of this month
  return d.toISOString().slice(0, 10);
}
