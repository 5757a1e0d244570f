import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JournalEntry } from '../../../api/savings-types.js';
import { statement } from './statement.js';

const entry = (entryNo: number, postedOn: string, lines: [string, number | null, number][]): JournalEntry => ({
  entryNo,
  postedOn,
  recordedAt: '',
  kind: 'meeting_day',
  memo: '',
  memberNo: 5,
  loanNo: null,
  batchNo: null,
  reversesEntryNo: null,
  reversedByEntryNo: null,
  reason: null,
  lines: lines.map(([accountCode, memberNo, amount], i) => ({
    lineNo: i + 1,
    accountCode,
    accountNameTh: '',
    memberNo,
    loanNo: null,
    amount,
  })),
});

test("running balances of the member's own lines, in posting order", () => {
  // Given newest first, as the journal returns them; another member's line in the same entry is ignored.
  const lines = statement(
    [
      entry(9, '2026-02-05', [
        ['1101', null, 5000],
        ['1201', 5, -3000],
        ['2101', 5, 1000],
        ['3101', 6, -1000],
      ]),
      entry(4, '2026-01-05', [
        ['1101', null, -12000],
        ['3101', 5, -10000],
        ['2101', 5, -2000],
        ['1201', 5, 24000],
      ]),
    ],
    5,
  );
  assert.deepEqual(
    lines.map((l) => [l.entryNo, l.pledged, l.pledgedBalance, l.special, l.specialBalance, l.loan, l.loanBalance]),
    [
      [4, 10000, 10000, 2000, 2000, 24000, 24000],
      [9, 0, 10000, -1000, 1000, -3000, 21000],
    ],
  );
});
