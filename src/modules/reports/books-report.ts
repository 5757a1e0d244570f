// A group's books as of a date in one neutral document — trial balance, balance sheet, income
// statement, members, loans and arrears — rendered to Excel or to a Thai PDF from the same rows.
import { civilDate, formatThaiDate, todayInBangkok, type CivilDate } from '../../kernel/dates.js';
import { satang, type Satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroup, trialBalance } from '../ledger/index.js';
import { listLoans } from '../loans/index.js';
import { listMembers } from '../savings/index.js';
import { financialStatements } from './financial-statements.js';

/** A cell is text, a count, or money (satang, formatted by each renderer). */
export type Cell = string | number | { money: Satang };

export interface ReportSection {
  /** Sheet name in Excel (≤ 31 characters). */
  name: string;
  title: string;
  header: string[];
  rows: Cell[][];
  /** Indexes of rows to set in bold (totals). */
  totals?: number[];
}

export interface ReportDoc {
  title: string;
  subtitle: string;
  asOf: CivilDate;
  sections: ReportSection[];
}

const m = (n: number): Cell => ({ money: satang(n) });
const STATUS_TH: Record<string, string> = {
  applied: 'ยื่นคำขอ',
  approved: 'อนุมัติแล้ว',
  rejected: 'ไม่อนุมัติ',
  disbursed: 'ค้างชำระตามสัญญา',
  paid_off: 'ชำระครบแล้ว',
  written_off: 'ตัดหนี้สูญ',
};

export async function booksReport(ctx: UseCaseContext, groupId: string, asOfText?: string): Promise<ReportDoc> {
  const group = await requireGroup(ctx, groupId);
  const asOf = asOfText ? civilDate(asOfText) : todayInBangkok(ctx.clock);
  const tb = await trialBalance(ctx, group.id, asOf);
  const fs = await financialStatements(ctx, group.id, { to: asOf });
  const members = await listMembers(ctx, group.id);
  const loans = await listLoans(ctx, group.id, { asOf });
  const b = fs.balanceSheet;
  const i = fs.incomeStatement;
  const account = (a: { accountCode: string; accountNameTh: string; amount: number }) => [
    a.accountCode,
    a.accountNameTh,
    m(a.amount),
  ];
  const assets = b.assets.map(account);
  const liabilities = b.liabilities.map(account);
  const equity = b.equity.map(account);
  const income = i.income.map(account);
  const expenses = i.expenses.map(account);
  return {
    title: group.nameTh,
    subtitle: `รายงานบัญชี ณ วันที่ ${formatThaiDate(asOf)}`,
    asOf,
    sections: [
      {
        name: 'งบทดลอง',
        title: 'งบทดลอง',
        header: ['รหัสบัญชี', 'ชื่อบัญชี', 'เดบิต', 'เครดิต'],
        rows: [
          ...tb.rows.map((r) => [r.accountCode, r.accountNameTh, m(r.debit), m(r.credit)]),
          ['', 'รวม', m(tb.totalDebit), m(tb.totalCredit)],
        ],
        totals: [tb.rows.length],
      },
      {
        name: 'งบแสดงฐานะการเงิน',
        title: 'งบแสดงฐานะการเงิน',
        header: ['รหัสบัญชี', 'รายการ', 'จำนวนเงิน'],
        rows: [
          ...assets,
          ['', 'รวมสินทรัพย์', m(b.totalAssets)],
          ...liabilities,
          ['', 'รวมหนี้สิน', m(b.totalLiabilities)],
          ...equity,
          ['', 'กำไรสุทธิที่ยังไม่ปิดบัญชี', m(b.unclosedProfit)],
          ['', 'รวมทุน', m(b.totalEquity + b.unclosedProfit)],
        ],
        totals: [
          assets.length,
          assets.length + liabilities.length + 1,
          assets.length + liabilities.length + equity.length + 3,
        ],
      },
      {
        name: 'งบกำไรขาดทุน',
        title: `งบกำไรขาดทุน ${formatThaiDate(civilDate(fs.from))} – ${formatThaiDate(asOf)}`,
        header: ['รหัสบัญชี', 'รายการ', 'จำนวนเงิน'],
        rows: [
          ...income,
          ['', 'รวมรายได้', m(i.totalIncome)],
          ...expenses,
          ['', 'รวมค่าใช้จ่าย', m(i.totalExpenses)],
          ['', 'กำไร (ขาดทุน) สุทธิ', m(i.netProfit)],
        ],
        totals: [income.length, income.length + expenses.length + 1, income.length + expenses.length + 2],
      },
      {
        name: 'สมาชิก',
        title: 'ทะเบียนสมาชิกและยอดเงิน (ยอดปัจจุบัน)',
        header: ['เลขที่', 'ชื่อ-สกุล', 'สถานะ', 'สัจจะรายเดือน', 'เงินสัจจะสะสม', 'เงินฝากสัจจะพิเศษ', 'เงินกู้คงค้าง'],
        rows: members.items.map((x) => [
          x.memberNo,
          x.fullName,
          x.status === 'active' ? 'เป็นสมาชิก' : 'พ้นสภาพ',
          m(x.monthlyPledge),
          m(x.balances.pledgedSavings),
          m(x.balances.specialSavings),
          m(x.balances.loansOutstanding),
        ]),
      },
      {
        name: 'เงินกู้',
        title: 'ทะเบียนเงินกู้และหนี้ค้างชำระ',
        header: ['เลขที่', 'ผู้กู้', 'ประเภท', 'เงินต้น', 'คงค้าง', 'ค้างชำระ', 'ค้าง (วัน)', 'อายุหนี้', 'สถานะ'],
        rows: loans.items.map((l) => [
          l.loanNo,
          l.memberName,
          l.loanTypeNameTh,
          m(l.principal),
          m(l.state?.principalOutstanding ?? 0),
          m(l.state?.overdueAmount ?? 0),
          l.state?.daysOverdue ?? 0,
          l.state?.agingBucket ? `${l.state.agingBucket} วัน` : '',
          STATUS_TH[l.status] ?? l.status,
        ]),
      },
    ],
  };
}
