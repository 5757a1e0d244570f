// Statement identities on a year of demo activity: assets = liabilities + equity (+ profit not yet
// closed), the income statement's profit is income less expenses, the cash book ends where the
// trial balance's cash stands.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { seedDemoSavings } from '../../db/seed/demo-savings.js';
import { closePdfRenderer } from '../../server/pdf.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

describe('financial statements and cash book', () => {
  let t: TestApp;
  let c: TestClient;
  let groups: { id: string }[];
  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    await seedDemoSavings(t.database.db, t.clock);
    c = await t.as('demo.province');
    groups = (await c.get('/api/v1/groups?orgUnitId=52')).body.items;
  });
  after(async () => {
    await closePdfRenderer();
    await t.close();
  });

  test('the balance sheet balances and profit matches the trial balance', async () => {
    for (const g of groups) {
      const s = (await c.get(`/api/v1/groups/${g.id}/financial-statements?from=2025-10-01&to=2026-11-22`)).body;
      const b = s.balanceSheet;
      assert.equal(b.totalAssets, b.totalLiabilities + b.totalEquity + b.unclosedProfit);
      assert.ok(b.totalAssets > 0);
      assert.equal(s.incomeStatement.netProfit, s.incomeStatement.totalIncome - s.incomeStatement.totalExpenses);
      // No year-end yet and the period covers all activity, so the year's profit is all the unclosed profit.
      assert.equal(s.incomeStatement.netProfit, b.unclosedProfit);
      const tb = (await c.get(`/api/v1/groups/${g.id}/trial-balance?asOf=2026-11-22`)).body;
      const loans = tb.rows.find((r: { accountCode: string }) => r.accountCode === '1201');
      const fromSheet = b.assets.find((a: { accountCode: string }) => a.accountCode === '1201')?.amount ?? 0;
      assert.equal(fromSheet, loans?.debit ?? 0);
    }
  });

  test('the cash book runs from opening to closing and ends at the trial balance cash', async () => {
    const g = groups[0]!;
    const book = (await c.get(`/api/v1/groups/${g.id}/cash-book?from=2026-03-01&to=2026-11-22`)).body;
    assert.ok(book.rows.length > 0);
    assert.equal(book.opening + book.totalIn - book.totalOut, book.closing);
    assert.equal(book.rows.at(-1).balance, book.closing);
    const tb = (await c.get(`/api/v1/groups/${g.id}/trial-balance?asOf=2026-11-22`)).body;
    assert.equal(book.closing, tb.rows.find((r: { accountCode: string }) => r.accountCode === '1101').debit);
    const before = (await c.get(`/api/v1/groups/${g.id}/trial-balance?asOf=2026-02-28`)).body;
    assert.equal(book.opening, before.rows.find((r: { accountCode: string }) => r.accountCode === '1101').debit);
  });

  test('the Excel workbook holds the same trial balance', async () => {
    const g = groups[0]!;
    const res = await c.getRaw(`/api/v1/groups/${g.id}/books.xlsx?asOf=2026-11-22`);
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['งบทดลอง', 'งบแสดงฐานะการเงิน', 'งบกำไรขาดทุน', 'สมาชิก', 'เงินกู้'],
    );
    const tb = (await c.get(`/api/v1/groups/${g.id}/trial-balance?asOf=2026-11-22`)).body;
    const ws = wb.getWorksheet('งบทดลอง')!;
    const last = ws.getRow(ws.rowCount);
    assert.equal(last.getCell(2).value, 'รวม');
    assert.equal(Math.round(Number(last.getCell(3).value) * 100), tb.totalDebit);
    assert.equal(ws.getRow(4).getCell(1).value, tb.rows[0].accountCode);
  });

  test('the month summary agrees with the cash book and the trial balance movements', async () => {
    const g = groups[0]!;
    const q = 'from=2026-03-01&to=2026-03-31';
    const sum = (await c.get(`/api/v1/groups/${g.id}/activity-summary?${q}`)).body;
    const book = (await c.get(`/api/v1/groups/${g.id}/cash-book?${q}`)).body;
    assert.equal(sum.totals.cashIn, book.totalIn);
    assert.equal(sum.totals.cashOut, book.totalOut);
    assert.ok(sum.totals.pledge > 0);
    const before = (await c.get(`/api/v1/groups/${g.id}/trial-balance?asOf=2026-02-28`)).body;
    const after = (await c.get(`/api/v1/groups/${g.id}/trial-balance?asOf=2026-03-31`)).body;
    const credit = (tb: { rows: { accountCode: string; credit: number }[] }, code: string) =>
      tb.rows.find((r) => r.accountCode === code)?.credit ?? 0;
    assert.equal(sum.totals.pledge, credit(after, '3101') - credit(before, '3101'));
    assert.equal(
      sum.totals.specialDeposit - sum.totals.specialWithdrawal,
      credit(after, '2101') - credit(before, '2101'),
    );
  });

  test('the books as a Thai PDF carry the same totals', { timeout: 60_000 }, async () => {
    const g = groups[0]!;
    const res = await c.getRaw(`/api/v1/groups/${g.id}/books.pdf?asOf=2026-11-22`);
    assert.equal(res.status, 200);
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/group-books.pdf', Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', 'test-artifacts/group-books.pdf', '-'], { encoding: 'utf8' });
    const tb = (await c.get(`/api/v1/groups/${g.id}/trial-balance?asOf=2026-11-22`)).body;
    const baht = (n: number) => (n / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    for (const s of ['งบทดลอง', 'งบแสดงฐานะการเงิน', 'ทะเบียนเงินกู้และหนี้ค้างชำระ', 'เงินสัจจะสะสม', baht(tb.totalDebit)]) {
      assert.ok(text.includes(s), `PDF lacks ${s}`);
    }
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      'test-artifacts/group-books.pdf',
      'test-artifacts/group-books',
    ]);
  });
});
