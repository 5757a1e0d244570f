// Civil (calendar) dates as ISO 'YYYY-MM-DD' strings in the Common Era, with Thai presentation in the
// Buddhist Era (พ.ศ. = ค.ศ. + 543) and the government fiscal year. A civil date has no time zone;
// "today" is always taken in Asia/Bangkok from an injected Clock so tests and servers agree.
// Day arithmetic uses an integer day count (Howard Hinnant's algorithm), not Date, so it is
// independent of the process TZ and of Date.UTC's 0–99 → 19xx year quirk.
import { AppError } from './errors.js';
import { fromThaiDigits, toThaiDigits } from './thai-digits.js';

export type CivilDate = string & { readonly __brand: 'CivilDate' };

export const BE_OFFSET = 543;

export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

function dateError(code: string, messageTh: string, messageEn: string): AppError {
  return new AppError({ code, kind: 'validation', messageTh, messageEn });
}

const invalidFormat = () =>
  dateError(
    'date_invalid',
    'รูปแบบวันที่ไม่ถูกต้อง (ตัวอย่าง 15/01/2568)',
    'Date is not in a recognised format (e.g. 15/01/2568)',
  );
const noSuchDay = () => dateError('date_not_exist', 'ไม่มีวันที่นี้ในปฏิทิน', 'No such calendar day');

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Builds a date from numbers, rejecting days that are not on the calendar (years 1–9999 CE). */
function fromParts(year: number, month: number, day: number): CivilDate {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw noSuchDay();
  }
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CivilDate;
}

export function civilDate(iso: string): CivilDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw dateError('date_invalid', 'รูปแบบวันที่ไม่ถูกต้อง (ต้องเป็น YYYY-MM-DD)', 'Date must be YYYY-MM-DD');
  return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dateParts(d: CivilDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

function requireYear(y: number): void {
  if (!Number.isSafeInteger(y)) throw dateError('year_invalid', 'ปีต้องเป็นจำนวนเต็ม', 'Year must be an integer');
}

export function toBuddhistYear(ceYear: number): number {
  requireYear(ceYear);
  return ceYear + BE_OFFSET;
}

export function toCommonEraYear(beYear: number): number {
  requireYear(beYear);
  return beYear - BE_OFFSET;
}

// Days since 1970-01-01 (proleptic Gregorian), and back.
function toDayNumber(d: CivilDate): number {
  const { year, month, day } = dateParts(d);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return fromParts(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(d: CivilDate, n: number): CivilDate {
  if (!Number.isSafeInteger(n))
    throw dateError('days_invalid', 'จำนวนวันต้องเป็นจำนวนเต็ม', 'Day count must be an integer');
  return fromDayNumber(toDayNumber(d) + n);
}

/** Fixed-width ISO strings order lexicographically exactly as the calendar does. */
export function compareDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export type ThaiDateStyle = 'long' | 'short' | 'numeric';

/** long "15 มกราคม 2568", short "15 ม.ค. 68", numeric "15/01/2568"; years in พ.ศ. */
export function formatThaiDate(d: CivilDate, opts: { style?: ThaiDateStyle; thaiDigits?: boolean } = {}): string {
  const { year, month, day } = dateParts(d);
  const be = year + BE_OFFSET;
  const pad2 = (n: number) => String(n).padStart(2, '0');
  let text: string;
  switch (opts.style ?? 'long') {
    case 'long':
      text = `${day} ${THAI_MONTHS[month - 1]} ${be}`;
      break;
    case 'short':
      text = `${day} ${THAI_MONTHS_SHORT[month - 1]} ${pad2(be % 100)}`;
      break;
    case 'numeric':
      text = `${pad2(day)}/${pad2(month)}/${be}`;
      break;
  }
  return opts.thaiDigits ? toThaiDigits(text) : text;
}

// Month names as typed: full, abbreviated with dots, abbreviated without dots.
const MONTH_BY_NAME = new Map<string, number>(
  THAI_MONTHS.flatMap((full, i) => {
    const short = THAI_MONTHS_SHORT[i]!;
    return [
      [full, i + 1],
      [short, i + 1],
      [short.replace(/\./g, ''), i + 1],
    ] as [string, number][];
  }),
);

// Day-first input carries a พ.ศ. year; anything earlier than this is almost surely a ค.ศ. year typed
// by mistake (15/01/2025 would otherwise silently become the year 1482).
const MIN_BE_YEAR = 2400;

/**
 * Parses what a Thai user types: "15/1/2568", "15/01/2568" (also with - or .), "15 มกราคม 2568",
 * "15 ม.ค. 2568", "15 มกราคม พ.ศ. 2568", any of them in Thai digits; or ISO ค.ศ. "2025-01-15".
 * Two-digit years are refused as ambiguous.
 */
export function parseThaiDate(text: string): CivilDate {
  const s = fromThaiDigits(text).trim().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  let day: number;
  let month: number | undefined;
  let beYear: number;
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  const named = /^(\d{1,2}) ?([^\d ]+?) ?(?:พ\.ศ\. ?)?(\d{4})$/.exec(s);
  if (numeric) {
    [day, month, beYear] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
  } else if (named) {
    [day, month, beYear] = [Number(named[1]), MONTH_BY_NAME.get(named[2]!), Number(named[3])];
    if (month === undefined) throw invalidFormat();
  } else {
    throw invalidFormat();
  }
  if (beYear < MIN_BE_YEAR) {
    throw dateError(
      'date_year_not_be',
      'กรุณาระบุปีเป็น พ.ศ. (เช่น 2568)',
      'Year must be given in the Buddhist Era (e.g. 2568)',
    );
  }
  return fromParts(beYear - BE_OFFSET, month, day);
}

/** ปีงบประมาณ: 1 Oct – 30 Sep, named by the พ.ศ. year in which it ends. */
export function fiscalYear(d: CivilDate): number {
  const { year, month } = dateParts(d);
  return (month >= 10 ? year + 1 : year) + BE_OFFSET;
}

export function fiscalYearBounds(beYear: number): { start: CivilDate; end: CivilDate } {
  const ce = toCommonEraYear(beYear);
  return { start: fromParts(ce - 1, 10, 1), end: fromParts(ce, 9, 30) };
}

/** Q1 = Oct–Dec, Q2 = Jan–Mar, Q3 = Apr–Jun, Q4 = Jul–Sep. */
export function fiscalQuarter(d: CivilDate): 1 | 2 | 3 | 4 {
  const { month } = dateParts(d);
  return (Math.floor(((month + 2) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant (for tests and replays); hands out a fresh Date each call. */
export function fixedClock(iso: string): Clock {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw dateError('instant_invalid', 'เวลาไม่ถูกต้อง', `Not a valid instant: ${iso}`);
  return { now: () => new Date(ms) };
}

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000; // UTC+7 all year: Thailand has no daylight saving.
const MS_PER_DAY = 24 * 60 * 60 * 1000;

export function todayInBangkok(clock: Clock): CivilDate {
  return fromDayNumber(Math.floor((clock.now().getTime() + BANGKOK_OFFSET_MS) / MS_PER_DAY));
}
