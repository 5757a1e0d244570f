// The year generator without a database: the incremental repayment split and loan positions equal
// the loan kernel's (loanState + allocateRepayment) for every loan, and a seed gives the same rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RowSink, TABLE_NAMES, type TableName } from './copy.js';
import { planNation } from './plan.js';
import { generateGroup } from './year.js';

const districts = Array.from({ length: 878 }, (_, i) => ({
  id: String(1000 + i),
  subdistricts: [`${1000 + i}01`, `${1000 + i}02`],
}));
const USER = '00000000-0000-4000-a000-000000000001';

function generate(scale: number, seed: number, checkKernel: boolean) {
  const plan = planNation(districts, scale, seed);
  const sink = new RowSink();
  plan.groups.forEach((_, i) => generateGroup(plan, i, { seed, enteredBy: USER, year: true, checkKernel }, sink));
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, sink.rows(t)])) as Record<TableName, string[]>;
}

test('every repayment and loan position at scale 0.003 equals the loan kernel’s', () => {
  const rows = generate(0.003, 42, true); // throws on the first difference
  const kinds = new Set(rows.journal_entry.map((r) => r.split('\t')[3]));
  assert.deepEqual([...kinds].sort(), ['loan_disbursement', 'meeting_day', 'opening']);
  const accounts = new Set(rows.journal_line.map((r) => r.split('\t')[3]));
  for (const code of ['1101', '1201', '2101', '3101', '4101', '4105']) assert.ok(accounts.has(code), code);
});

test('the same seed gives the same rows; another seed does not', () => {
  const a = generate(0.001, 42, false);
  const b = generate(0.001, 42, false);
  const c = generate(0.001, 43, false);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a.journal_line, c.journal_line);
});
