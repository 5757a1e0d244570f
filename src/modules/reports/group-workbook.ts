// One Excel workbook of a group's books as of a date: trial balance, balance sheet, income
// statement, members and loans. Amounts are written as baht numbers formatted to 2 decimals, which
// spreadsheets expect; they are exact for display (every satang value here is far below 2^53 / 100).
import ExcelJS from 'exceljs';
import { civilDate, formatThaiDate, todayInBangkok } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroup, trialBalance } from '../ledger/index.js';
import { listLoans } from '../loans/index.js';
import { listMembers } from '../savings/index.js';
import { financialStatements } from './financial-statements.js';

const BAHT = '#,##0.00';
const baht = (satang: number) => satang / 100;

function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  header: string[],
  rows: (string | number)[][],
  money: number[],
) {
  const ws = wb.addWorksheet(name);
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([]);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  for (const c of money) ws.getColumn(c).numFmt = BAHT;
  ws.columns.forEach((col, i) => (col.width = i === 1 ? 36 : 16));
}

export async function groupWorkbook(ctx: UseCaseContext, groupId: string, asOfText?: string): Promise<Uint8Array> {
  const group = await requireGroup(ctx, groupId);
  const asOf = asOfText ? civilDate(asOfText) : todayInBangkok(ctx.clock);
  const on = `${group.nameTh} ณ วันที่ ${formatThaiDate(asOf)}`;
  const tb = await trialBalance(ctx, group.id, asOf);
  const fs = await financialStatements(ctx, group.id, { to: asOf });
  const members = await listMembers(ctx, group.id);
  const loans = await listLoans(ctx, group.id, { asOf });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chumchon';
  sheet(
    wb,
    'งบทดลอง',
    `งบทดลอง ${on}`,
    ['รหัสบัญชี', 'ชื่อบัญชี', 'เดบิต', 'เครดิต'],
    [
      ...tb.rows.map((r) => [r.accountCode, r.accountNameTh, baht(r.debit), baht(r.credit)]),
      ['', 'รวม', baht(tb.totalDebit), baht(tb.totalCredit)],
    ],
    [3, 4],
  );
  const b = fs.balanceSheet;
  sheet(
    wb,
    'งบแสดงฐานะการเงิน',
    `งบแสดงฐานะการเงิน ${on}`,
    ['รหัสบัญชี', 'รายการ', 'จำนวนเงิน'],
    [
      ...b.assets.map((a) => [a.accountCode, a.accountNameTh, baht(a.amount)]),
      ['', 'รวมสินทรัพย์', baht(b.totalAssets)],
      ...b.liabilities.map((a) => [a.accountCode, a.accountNameTh, baht(a.amount)]),
      ['', 'รวมหนี้สิน', baht(b.totalLiabilities)],
      ...b.equity.map((a) => [a.accountCode, a.accountNameTh, baht(a.amount)]),
      ['', 'กำไรสุทธิที่ยังไม่ปิดบัญชี', baht(b.unclosedProfit)],
      ['', 'รวมทุน', baht(b.totalEquity + b.unclosedProfit)],
    ],
    [3],
  );
  const i = fs.incomeStatement;
  sheet(
    wb,
    'งบกำไรขาดทุน',
    `งบกำไรขาดทุน ${group.nameTh} ${formatThaiDate(civilDate(fs.from))} – ${formatThaiDate(asOf)}`,
    ['รหัสบัญชี', 'รายการ', 'จำนวนเงิน'],
    [
      ...i.income.map((a) => [a.accountCode, a.accountNameTh, baht(a.amount)]),
      ['', 'รวมรายได้', baht(i.totalIncome)],
      ...i.expenses.map((a) => [a.accountCode, a.accountNameTh, baht(a.amount)]),
      ['', 'รวมค่าใช้จ่าย', baht(i.totalExpenses)],
      ['', 'กำไร (ขาดทุน) สุทธิ', baht(i.netProfit)],
    ],
    [3],
  );
  sheet(
    wb,
    'สมาชิก',
    `ทะเบียนสมาชิกและยอดเงิน ${group.nameTh} (ยอดปัจจุบัน)`,
    ['เลขที่', 'ชื่อ-สกุล', 'สถานะ', 'สัจจะรายเดือน', 'เงินสัจจะสะสม', 'เงินฝากสัจจะพิเศษ', 'เงินกู้คงค้าง'],
    members.items.map((m) => [
      m.memberNo,
      m.fullName,
      m.status === 'active' ? 'เป็นสมาชิก' : 'พ้นสภาพ',
      baht(m.monthlyPledge),
      baht(m.balances.pledgedSavings),
      baht(m.balances.specialSavings),
      baht(m.balances.loansOutstanding),
    ]),
    [4, 5, 6, 7],
  );
  sheet(
    wb,
    'เงินกู้',
    `ทะเบียนเงินกู้และหนี้ค้างชำระ ${on}`,
    ['เลขที่', 'ผู้กู้', 'ประเภท', 'เงินต้น', 'คงค้าง', 'ค้างชำระ', 'ค้างกี่วัน', 'ช่วงอายุหนี้', 'สถานะ'],
    loans.items.map((l) => [
      l.loanNo,
      l.memberName,
      l.loanTypeNameTh,
      baht(l.principal),
      baht(l.state?.principalOutstanding ?? 0),
      baht(l.state?.overdueAmount ?? 0),
      l.state?.daysOverdue ?? 0,
      l.state?.agingBucket ?? '',
      l.status,
    ]),
    [4, 5, 6],
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
