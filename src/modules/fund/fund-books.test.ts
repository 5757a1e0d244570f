// The fund's posting rules in code, before anything reaches the database.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { civilDate } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';
import { satang } from '../../kernel/money.js';
import { FUND_ACCOUNTS } from './chart.js';
import { checkFundEntry, type FundBook, type FundEntryDraft } from './fund-books.js';

const book: FundBook = {
  fundId: 'f',
  startsOn: civilDate('2024-05-01'),
  nextEntryNo: 1,
  today: civilDate('2024-06-10'),
  recordedBy: 'u',
  recordedAt: new Date(0),
};
const entry = (over: Partial<FundEntryDraft> = {}): FundEntryDraft => ({
  postedOn: civilDate('2024-05-31'),
  kind: 'collection',
  memo: '',
  lines: [
    { account: FUND_ACCOUNTS.cashOnHand, amount: satang(3_100) },
    { account: FUND_ACCOUNTS.savings, amount: satang(-3_100), participantNo: 1 },
  ],
  ...over,
});
const code = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? `${e.code}: ${e.messageTh}` : `bug: ${(e as Error).message}`;
  }
  return 'ok';
};

test('a balanced entry in the fund period passes', () =>
  assert.equal(
    code(() => checkFundEntry(book, entry())),
    'ok',
  ));

test('an entry off by a satang is refused with the difference in baht', () => {
  const e = entry({
    lines: [
      { account: FUND_ACCOUNTS.cashOnHand, amount: satang(3_100) },
      { account: FUND_ACCOUNTS.savings, amount: satang(-3_099), participantNo: 1 },
    ],
  });
  assert.equal(
    code(() => checkFundEntry(book, e)),
    'entry_unbalanced: รายการบัญชีไม่สมดุล: เดบิตและเครดิตต่างกัน 0.01 บาท',
  );
});

test('dates after today or before the fund starts are refused', () => {
  assert.match(
    code(() => checkFundEntry(book, entry({ postedOn: civilDate('2024-06-11') }))),
    /^posting_date_in_future/,
  );
  assert.match(
    code(() => checkFundEntry(book, entry({ postedOn: civilDate('2024-04-30') }))),
    /^before_fund_start/,
  );
});

test('savings lines name their participant; cash and bank lines name no one (a bug, not input)', () => {
  const noSaver = entry({
    lines: [
      { account: FUND_ACCOUNTS.cashOnHand, amount: satang(100) },
      { account: FUND_ACCOUNTS.savings, amount: satang(-100) },
    ],
  });
  assert.match(
    code(() => checkFundEntry(book, noSaver)),
    /^bug: .*participant subledger/,
  );
  const named = entry({
    lines: [
      { account: FUND_ACCOUNTS.cashOnHand, amount: satang(100), participantNo: 1 },
      { account: FUND_ACCOUNTS.savings, amount: satang(-100), participantNo: 1 },
    ],
  });
  assert.match(
    code(() => checkFundEntry(book, named)),
    /^bug: /,
  );
  assert.match(
    code(() => checkFundEntry(book, entry({ lines: entry().lines.slice(0, 1) }))),
    /^bug: .*two lines/,
  );
});
