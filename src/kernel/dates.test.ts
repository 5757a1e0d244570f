import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AppError } from './errors.js';
import {
  THAI_MONTHS,
  THAI_MONTHS_SHORT,
  addDays,
  civilDate,
  compareDates,
  daysBetween,
  fiscalQuarter,
  fiscalYear,
  fiscalYearBounds,
  fixedClock,
  formatThaiDate,
  parseThaiDate,
  toBuddhistYear,
  toCommonEraYear,
  todayInBangkok,
  type CivilDate,
} from './dates.js';

const throwsCode = (fn: () => unknown, code: string) =>
  assert.throws(fn, (e: unknown) => e instanceof AppError && e.code === code && e.kind === 'validation');

/** Random valid dates between two bounds, built through the public API. */
const dateBetween = (from: string, to: string) => {
  const start = civilDate(from);
  return fc.integer({ min: 0, max: daysBetween(start, civilDate(to)) }).map((n) => addDays(start, n));
};
// parseThaiDate wants a 4-digit พ.ศ. year ≥ 2400, i.e. 1857–9456 CE.
const parseableDate = dateBetween('1857-01-01', '9456-12-31');
const anyDate = dateBetween('0002-01-01', '9997-12-31'); // neighbouring fiscal years stay in 0001–9999

describe('civilDate', () => {
  test('accepts real days, including leap days', () => {
    assert.equal(civilDate('2025-01-15'), '2025-01-15');
    assert.equal(civilDate('2024-02-29'), '2024-02-29');
    assert.equal(civilDate('2000-02-29'), '2000-02-29');
  });

  test('rejects impossible days and bad shapes', () => {
    throwsCode(() => civilDate('2023-02-29'), 'date_not_exist');
    throwsCode(() => civilDate('1900-02-29'), 'date_not_exist');
    throwsCode(() => civilDate('2025-04-31'), 'date_not_exist');
    throwsCode(() => civilDate('2025-13-01'), 'date_not_exist');
    throwsCode(() => civilDate('2025-00-10'), 'date_not_exist');
    throwsCode(() => civilDate('0000-01-01'), 'date_not_exist');
    throwsCode(() => civilDate('2025-1-5'), 'date_invalid');
    throwsCode(() => civilDate('2025-01-15T00:00:00Z'), 'date_invalid');
    throwsCode(() => civilDate(''), 'date_invalid');
  });
});

describe('Buddhist Era', () => {
  test('known years and round trip', () => {
    assert.equal(toBuddhistYear(2025), 2568);
    assert.equal(toCommonEraYear(2568), 2025);
    throwsCode(() => toBuddhistYear(2025.5), 'year_invalid');
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (y) => {
        assert.equal(toCommonEraYear(toBuddhistYear(y)), y);
        assert.equal(toBuddhistYear(toCommonEraYear(y)), y);
      }),
      { numRuns: 500 },
    );
  });

  test('month name tables', () => {
    assert.equal(THAI_MONTHS.length, 12);
    assert.equal(THAI_MONTHS[0], 'มกราคม');
    assert.equal(THAI_MONTHS[11], 'ธันวาคม');
    assert.equal(THAI_MONTHS_SHORT[0], 'ม.ค.');
    assert.equal(THAI_MONTHS_SHORT[11], 'ธ.ค.');
  });
});

describe('formatThaiDate / parseThaiDate', () => {
  const d = civilDate('2025-01-15');

  test('known formats', () => {
    assert.equal(formatThaiDate(d, { style: 'long' }), '15 มกราคม 2568');
    assert.equal(formatThaiDate(d), '15 มกราคม 2568');
    assert.equal(formatThaiDate(d, { style: 'short' }), '15 ม.ค. 68');
    assert.equal(formatThaiDate(d, { style: 'numeric' }), '15/01/2568');
    assert.equal(formatThaiDate(d, { style: 'long', thaiDigits: true }), '๑๕ มกราคม ๒๕๖๘');
    assert.equal(formatThaiDate(civilDate('2025-03-05'), { style: 'numeric' }), '05/03/2568');
    assert.equal(formatThaiDate(civilDate('2025-03-05'), { style: 'long' }), '5 มีนาคม 2568');
    assert.equal(formatThaiDate(civilDate('2000-12-31'), { style: 'short' }), '31 ธ.ค. 43');
  });

  test('parses what users type', () => {
    for (const text of [
      '15/1/2568',
      '15/01/2568',
      '๑๕/๐๑/๒๕๖๘',
      '15-01-2568',
      '15.1.2568',
      '2025-01-15',
      ' 15 มกราคม 2568 ',
      '๑๕ มกราคม ๒๕๖๘',
      '15 ม.ค. 2568',
      '15 มค 2568',
      '15 มกราคม พ.ศ. 2568',
      '15มกราคม2568',
    ]) {
      assert.equal(parseThaiDate(text), '2025-01-15', text);
    }
    assert.equal(parseThaiDate('29/2/2567'), '2024-02-29');
  });

  test('rejects garbage, impossible dates and non-พ.ศ. years with Thai messages', () => {
    for (const bad of ['', 'hello', '15/01', '15/01/68', '15/01-2568', '15 มกรา 2568', '2025/01/15', '32/01/2568 x']) {
      throwsCode(() => parseThaiDate(bad), 'date_invalid');
    }
    throwsCode(() => parseThaiDate('29/02/2566'), 'date_not_exist');
    throwsCode(() => parseThaiDate('31/04/2568'), 'date_not_exist');
    throwsCode(() => parseThaiDate('2025-02-30'), 'date_not_exist');
    throwsCode(() => parseThaiDate('15/01/2025'), 'date_year_not_be');
    assert.throws(
      () => parseThaiDate('abc'),
      (e: unknown) => e instanceof AppError && /วันที่/.test(e.messageTh),
    );
  });

  test('parse(format(d)) round-trips in long and numeric style, with and without Thai digits', () => {
    fc.assert(
      fc.property(
        parseableDate,
        fc.constantFrom('long', 'numeric') as fc.Arbitrary<'long' | 'numeric'>,
        fc.boolean(),
        (date, style, thaiDigits) => {
          assert.equal(parseThaiDate(formatThaiDate(date, { style, thaiDigits })), date);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('day arithmetic', () => {
  test('known values across month, year and leap boundaries', () => {
    assert.equal(addDays(civilDate('2024-02-28'), 1), '2024-02-29');
    assert.equal(addDays(civilDate('2024-02-28'), 2), '2024-03-01');
    assert.equal(addDays(civilDate('2023-02-28'), 1), '2023-03-01');
    assert.equal(addDays(civilDate('2024-12-31'), 1), '2025-01-01');
    assert.equal(addDays(civilDate('2025-01-01'), -1), '2024-12-31');
    assert.equal(daysBetween(civilDate('2024-01-01'), civilDate('2025-01-01')), 366);
    assert.equal(daysBetween(civilDate('2025-01-01'), civilDate('2024-01-01')), -366);
    assert.equal(compareDates(civilDate('2024-12-31'), civilDate('2025-01-01')), -1);
    assert.equal(compareDates(civilDate('2025-01-01'), civilDate('2025-01-01')), 0);
    assert.equal(compareDates(civilDate('2025-01-02'), civilDate('2025-01-01')), 1);
    throwsCode(() => addDays(civilDate('9999-12-31'), 1), 'date_not_exist');
    throwsCode(() => addDays(civilDate('2025-01-01'), 0.5), 'days_invalid');
  });

  test('day count agrees with Date.UTC, and addDays/daysBetween are inverse', () => {
    const epoch = civilDate('1970-01-01');
    fc.assert(
      fc.property(dateBetween('0100-01-01', '9999-12-31'), fc.integer({ min: -100_000, max: 100_000 }), (date, n) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        assert.equal(daysBetween(epoch, date), Date.UTC(y, m - 1, d) / 86_400_000);
        let later: CivilDate;
        try {
          later = addDays(date, n);
        } catch {
          return; // ran off 0001–9999
        }
        assert.equal(daysBetween(date, later), n);
        assert.equal(compareDates(date, later), Math.sign(n) === 0 ? 0 : (-Math.sign(n) as -1 | 1));
      }),
      { numRuns: 500 },
    );
  });
});

describe('fiscal year', () => {
  test('known boundaries', () => {
    assert.equal(fiscalYear(civilDate('2025-09-30')), 2568);
    assert.equal(fiscalYear(civilDate('2025-10-01')), 2569);
    assert.equal(fiscalYear(civilDate('2024-10-01')), 2568);
    assert.deepEqual(fiscalYearBounds(2568), { start: '2024-10-01', end: '2025-09-30' });
    assert.equal(fiscalQuarter(civilDate('2024-10-01')), 1);
    assert.equal(fiscalQuarter(civilDate('2024-12-31')), 1);
    assert.equal(fiscalQuarter(civilDate('2025-01-01')), 2);
    assert.equal(fiscalQuarter(civilDate('2025-03-31')), 2);
    assert.equal(fiscalQuarter(civilDate('2025-04-01')), 3);
    assert.equal(fiscalQuarter(civilDate('2025-06-30')), 3);
    assert.equal(fiscalQuarter(civilDate('2025-07-01')), 4);
    assert.equal(fiscalQuarter(civilDate('2025-09-30')), 4);
  });

  test('every date lies inside its fiscal year; 30 Sep and 1 Oct fall on either side', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const fy = fiscalYear(d);
        const { start, end } = fiscalYearBounds(fy);
        assert.ok(compareDates(start, d) <= 0 && compareDates(d, end) <= 0);
        assert.equal(fiscalYear(addDays(start, -1)), fy - 1);
        assert.equal(fiscalYear(addDays(end, 1)), fy + 1);
        assert.equal(end.slice(5), '09-30');
        assert.equal(toBuddhistYear(Number(end.slice(0, 4))), fy);
        assert.equal(addDays(end, 1), fiscalYearBounds(fy + 1).start); // consecutive years tile
      }),
      { numRuns: 500 },
    );
  });

  test('quarters change exactly on 1 Oct, 1 Jan, 1 Apr and 1 Jul', () => {
    const firstOfQuarter = new Map([
      ['10-01', 1],
      ['01-01', 2],
      ['04-01', 3],
      ['07-01', 4],
    ]);
    fc.assert(
      fc.property(anyDate, (d) => {
        const q = fiscalQuarter(d);
        const month = Number(d.slice(5, 7));
        assert.equal(q, [2, 2, 2, 3, 3, 3, 4, 4, 4, 1, 1, 1][month - 1]);
        const next = addDays(d, 1);
        const startsQuarter = firstOfQuarter.get(next.slice(5));
        assert.equal(fiscalQuarter(next), startsQuarter ?? q);
      }),
      { numRuns: 500 },
    );
  });
});

describe('clock', () => {
  test('todayInBangkok is UTC+7 regardless of process TZ', () => {
    assert.equal(todayInBangkok(fixedClock('2025-01-14T16:59:59.999Z')), '2025-01-14');
    assert.equal(todayInBangkok(fixedClock('2025-01-14T17:00:00Z')), '2025-01-15');
    assert.equal(todayInBangkok(fixedClock('2025-01-15T06:00:00+07:00')), '2025-01-15');
    assert.equal(todayInBangkok(fixedClock('1969-12-31T20:00:00Z')), '1970-01-01');
    throwsCode(() => fixedClock('not a time'), 'instant_invalid');
  });

  test('fixedClock hands out independent Date objects', () => {
    const clock = fixedClock('2025-01-15T00:00:00Z');
    clock.now().setUTCFullYear(2000);
    assert.equal(clock.now().toISOString(), '2025-01-15T00:00:00.000Z');
  });

  test('agrees with Intl for Asia/Bangkok since 1970', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Bangkok',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (ms) => {
        assert.equal(todayInBangkok({ now: () => new Date(ms) }), fmt.format(new Date(ms)));
      }),
      { numRuns: 500 },
    );
  });
});
