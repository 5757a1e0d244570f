// The meeting-day grid as data: what was typed in each cell, what it parses to, the day's totals, the
// batch request, and where the server's issues belong. Pure functions; the page holds the state.
import type { FieldIssue } from '../../../api/types.js';
import type { Loan, MeetingRowInput, MemberSummary } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { baht, parseAmount } from '../money.js';

export const MONEY_COLS = ['pledge', 'specialDeposit', 'specialWithdrawal', 'fine'] as const;
export type MoneyCol = (typeof MONEY_COLS)[number];

/** A cell: one of the money columns, or a payment on one loan ("loan.7"). */
export type CellKey = MoneyCol | `loan.${number}`;
export const loanCell = (loanNo: number): CellKey => `loan.${loanNo}`;

export interface GridMember {
  memberNo: number;
  fullName: string;
  monthlyPledge: number;
  specialSavings: number;
  /** Loans being repaid, oldest first, with what would settle each today. */
  loans: { loanNo: number; payoff: number }[];
}

/** Typed text per member and cell. */
export type Cells = Record<number, Partial<Record<CellKey, string>>>;

export interface RowAmounts {
  pledge: number;
  specialDeposit: number;
  specialWithdrawal: number;
  fine: number;
  loans: { loanNo: number; amount: number }[];
}

/** Messages keyed "memberNo:cellKey" (cells) or by member number (the row as a whole). */
export interface GridIssues {
  cells: Record<string, string>;
  rows: Record<number, string>;
  general: string[];
}
export const NO_ISSUES: GridIssues = { cells: {}, rows: {}, general: [] };
export const cellId = (memberNo: number, key: CellKey) => `${memberNo}:${key}`;

export function gridMembers(members: MemberSummary[], loans: Loan[]): GridMember[] {
  return members
    .filter((m) => m.status === 'active')
    .map((m) => ({
      memberNo: m.memberNo,
      fullName: m.fullName,
      monthlyPledge: m.monthlyPledge,
      specialSavings: m.balances.specialSavings,
      loans: loans
        .filter((l) => l.memberNo === m.memberNo && l.status === 'disbursed' && l.state)
        .map((l) => ({ loanNo: l.loanNo, payoff: l.state?.totalPayoff ?? 0 })),
    }));
}

export interface Parsed {
  amounts: Map<number, RowAmounts>;
  errors: Record<string, string>;
  warnings: Record<string, string>;
}

export function parseGrid(members: GridMember[], cells: Cells): Parsed {
  const t = th.savings.meeting;
  const amounts = new Map<number, RowAmounts>();
  const errors: Record<string, string> = {};
  const warnings: Record<string, string> = {};
  for (const m of members) {
    const typed = cells[m.memberNo] ?? {};
    const value = (key: CellKey) => {
      const p = parseAmount(typed[key] ?? '');
      if (!p.ok) errors[cellId(m.memberNo, key)] = p.error;
      return p.ok ? p.value : 0;
    };
    const row: RowAmounts = {
      pledge: value('pledge'),
      specialDeposit: value('specialDeposit'),
      specialWithdrawal: value('specialWithdrawal'),
      fine: value('fine'),
      loans: m.loans.map((l) => ({ loanNo: l.loanNo, amount: value(loanCell(l.loanNo)) })),
    };
    // The server has the final word; these only warn about what it will most likely refuse.
    const available = m.specialSavings + row.specialDeposit;
    if (row.specialWithdrawal > available) {
      warnings[cellId(m.memberNo, 'specialWithdrawal')] = t.overWithdrawal(baht(available));
    }
    m.loans.forEach((l, i) => {
      if ((row.loans[i]?.amount ?? 0) > l.payoff)
        warnings[cellId(m.memberNo, loanCell(l.loanNo))] = t.overPayoff(baht(l.payoff));
    });
    amounts.set(m.memberNo, row);
  }
  return { amounts, errors, warnings };
}

const loanTotal = (r: RowAmounts) => r.loans.reduce((a, l) => a + l.amount, 0);
export const rowIn = (r: RowAmounts) => r.pledge + r.specialDeposit + r.fine + loanTotal(r);
const hasMoney = (r: RowAmounts) => rowIn(r) + r.specialWithdrawal > 0;

export interface DayTotals {
  pledge: number;
  specialDeposit: number;
  specialWithdrawal: number;
  loans: number;
  fine: number;
  cashIn: number;
  cashOut: number;
  members: number;
}

export function dayTotals(amounts: Map<number, RowAmounts>): DayTotals {
  const t: DayTotals = {
    pledge: 0,
    specialDeposit: 0,
    specialWithdrawal: 0,
    loans: 0,
    fine: 0,
    cashIn: 0,
    cashOut: 0,
    members: 0,
  };
  for (const r of amounts.values()) {
    t.pledge += r.pledge;
    t.specialDeposit += r.specialDeposit;
    t.specialWithdrawal += r.specialWithdrawal;
    t.loans += loanTotal(r);
    t.fine += r.fine;
    t.cashIn += rowIn(r);
    t.cashOut += r.specialWithdrawal;
    if (hasMoney(r)) t.members += 1;
  }
  return t;
}

/** Rows for POST /meeting-days: members with money only, in member order. */
export function toRows(amounts: Map<number, RowAmounts>): MeetingRowInput[] {
  return [...amounts.entries()]
    .filter(([, r]) => hasMoney(r))
    .map(([memberNo, r]) => ({
      memberNo,
      pledge: r.pledge,
      specialDeposit: r.specialDeposit,
      specialWithdrawal: r.specialWithdrawal,
      fine: r.fine,
      loanPayments: r.loans.filter((l) => l.amount > 0),
    }));
}

/**
 * Server issues to grid places: "rows.3.pledge" is a cell of the 4th row sent, "rows.3.loanPayments"
 * a loan of it (named in the message), "members.12" member 12's balance (a withdrawal).
 */
export function placeIssues(issues: readonly FieldIssue[], sent: MeetingRowInput[]): GridIssues {
  const out: GridIssues = { cells: {}, rows: {}, general: [] };
  for (const i of issues) {
    const member = /^members\.(\d+)$/.exec(i.path);
    if (member) {
      out.cells[cellId(Number(member[1]), 'specialWithdrawal')] ??= i.messageTh;
      continue;
    }
    const m = /^rows\.(\d+)(?:\.(\w+)(?:\.(\d+))?)?/.exec(i.path);
    const row = m ? sent[Number(m[1])] : undefined;
    if (!m || !row) {
      out.general.push(i.messageTh);
      continue;
    }
    const field = m[2];
    if (field && (MONEY_COLS as readonly string[]).includes(field)) {
      out.cells[cellId(row.memberNo, field as MoneyCol)] ??= i.messageTh;
    } else if (field === 'loanPayments') {
      const named = /เงินกู้เลขที่ (\d+)/.exec(i.messageTh)?.[1];
      const loanNo = m[3] !== undefined ? row.loanPayments[Number(m[3])]?.loanNo : named ? Number(named) : undefined;
      if (loanNo !== undefined) out.cells[cellId(row.memberNo, loanCell(loanNo))] ??= i.messageTh;
      else out.rows[row.memberNo] ??= i.messageTh;
    } else {
      out.rows[row.memberNo] ??= i.messageTh;
    }
  }
  return out;
}
