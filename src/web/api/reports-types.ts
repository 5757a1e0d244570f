// Shapes of the report, year-end and campaign JSON (see /api/openapi.json). Money is a whole number
// of satang; civil dates are 'YYYY-MM-DD' in the Common Era.

export interface RollupFigures {
  groups: number;
  members: number;
  /** Pledged plus special savings. */
  savings: number;
  pledgedSavings: number;
  specialSavings: number;
  /** Members with loan principal outstanding. */
  borrowers: number;
  /** Loan principal paid out, all time up to the date. */
  lent: number;
  outstanding: number;
}

export interface Rollup {
  orgUnitId: string;
  orgUnitNameTh: string;
  asOf: string;
  totals: RollupFigures;
  children: { id: string; nameTh: string; kind: 'province' | 'district' | 'group'; figures: RollupFigures }[];
}

export interface AccountAmount {
  accountCode: string;
  accountNameTh: string;
  amount: number;
}

export interface YearEndMember {
  memberNo: number;
  fullName: string;
  joinedOn: string;
  leftOn: string | null;
  /** Shares in dividends and refunds (a member on the closing date). */
  eligible: boolean;
  dividend: number;
  interestPaid: number;
  refund: number;
  specialInterest: number;
  total: number;
  explanationTh: string;
}

export interface YearEndPool {
  pool: string;
  nameTh: string;
  bp: number;
  amount: number;
  accountCode: string;
  movedToReserve: boolean;
}

/** What closing the year through a date posts (GET …/year-end/preview, and inside a close). */
export interface YearEndComputation {
  groupId: string;
  through: string;
  periodFrom: string;
  income: AccountAmount[];
  expenses: AccountAmount[];
  totalIncome: number;
  totalExpenses: number;
  specialInterestTotal: number;
  netProfit: number;
  pools: YearEndPool[];
  reserveTotal: number;
  members: YearEndMember[];
  notesTh: string[];
}

export interface YearEndSummary {
  groupId: string;
  through: string;
  periodFrom: string;
  netProfit: number;
  entryNos: { interest: number | null; closing: number | null; allocation: number | null };
  closedAt: string;
}

export interface YearEndClose extends YearEndSummary {
  computation: YearEndComputation;
}

export interface YearEndMemberResult extends YearEndSummary {
  pools: YearEndPool[];
  member: YearEndMember;
}

export interface FinancialStatements {
  groupId: string;
  from: string;
  to: string;
  balanceSheet: {
    assets: AccountAmount[];
    liabilities: AccountAmount[];
    equity: AccountAmount[];
    totalAssets: number;
    totalLiabilities: number;
    totalEquity: number;
    /** Income less expenses not yet closed into equity by a year-end. */
    unclosedProfit: number;
  };
  incomeStatement: {
    income: AccountAmount[];
    expenses: AccountAmount[];
    totalIncome: number;
    totalExpenses: number;
    netProfit: number;
  };
}

export interface CashBook {
  groupId: string;
  from: string;
  to: string;
  opening: number;
  rows: {
    postedOn: string;
    entryNo: number;
    memo: string;
    memberNo: number | null;
    cashIn: number;
    cashOut: number;
    balance: number;
  }[];
  totalIn: number;
  totalOut: number;
  closing: number;
}

export interface ActivityTotals {
  pledge: number;
  specialDeposit: number;
  specialWithdrawal: number;
  loanDisbursed: number;
  loanPrincipal: number;
  loanInterest: number;
  loanPenalty: number;
  fines: number;
  cashIn: number;
  cashOut: number;
}

export interface ActivitySummary {
  groupId: string;
  from: string;
  to: string;
  days: { postedOn: string; entries: number; totals: ActivityTotals }[];
  totals: ActivityTotals;
}

export interface Campaign {
  id: string;
  orgUnitId: string;
  orgUnitNameTh: string;
  nameTh: string;
  startsOn: string;
  endsOn: string;
  /** The least a member must add (special savings, or above the pledge on one day) to count. */
  minAmount: number;
  targetNewMembers: number;
  targetMembersAdding: number;
}

export interface CampaignFigures {
  groups: number;
  newMembers: number;
  membersAdding: number;
  membersAddingPledge: number;
  membersAddingSpecial: number;
  specialDeposited: number;
}

export interface CampaignProgress {
  campaign: Campaign;
  orgUnitId: string;
  totals: CampaignFigures;
  children: { id: string; nameTh: string; figures: CampaignFigures }[];
}

export type CreateCampaignInput = Omit<Campaign, 'id' | 'orgUnitNameTh'>;

export type ArrearsBucket = '1-30' | '31-90' | '91-180' | '>180';

/** GET /reports/dashboard: one unit's figures, 12 months of trend, arrears, levels and campaigns. */
export interface Dashboard {
  unit: {
    id: string;
    nameTh: string;
    kind: 'department' | 'province' | 'district' | 'subdistrict';
    /** From the top down, excluding the unit itself. */
    ancestors: { id: string; nameTh: string; kind: string }[];
  };
  /** Figures are at the end of this day. */
  asOf: string;
  totals: RollupFigures;
  /** 12 end-of-month values ending with asOf's month, oldest first; month is 'YYYY-MM-01'. */
  trend: (RollupFigures & { month: string })[];
  groupsByLevel: { level: number | null; groups: number }[];
  arrears: {
    /** Arrears are the loans' current state: as of today, whatever asOf is. */
    asOf: string;
    loans: number;
    borrowers: number;
    outstanding: number;
    buckets: { bucket: ArrearsBucket; loans: number; outstanding: number }[];
  };
  children: {
    id: string;
    nameTh: string;
    kind: 'province' | 'district' | 'group';
    figures: RollupFigures;
    arrears: { loans: number; outstanding: number };
    /** Groups only: the latest development level. */
    level: number | null;
  }[];
  campaigns: { campaign: Campaign; totals: CampaignFigures }[];
  /** Open report requests addressed to offices in the area, as far as the reader may see. */
  reports: {
    totals: { requests: number; expected: number; onTime: number; late: number; missing: number };
    requests: ReportCompletenessRow[];
  };
}

export interface ReportCompletenessRow {
  id: string;
  title: string;
  issuerNameTh: string;
  deadline: string;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  overdue: boolean;
}
