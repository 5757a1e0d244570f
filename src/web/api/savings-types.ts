// Shapes of the savings-group, ledger, meeting-day and loan JSON (see /api/openapi.json). Money is a
// whole number of satang; civil dates are 'YYYY-MM-DD' in the Common Era.

export type AllocationPool =
  'dividend' | 'interest_refund' | 'reserve' | 'welfare' | 'public_benefit' | 'committee_pay' | 'development';

export interface LoanType {
  code: string;
  nameTh: string;
  annualRateBp: number;
  method: 'flat' | 'declining';
  maxTermMonths: number;
  /** Principal plus debts may be at most this multiple of pledged savings; 0 = no such limit. */
  savingsMultiple: number;
  /** 0 = no cap. */
  absoluteCap: number;
  guarantorsRequired: number;
  penaltyPerLateInstallment: number;
}

export type PledgeRule =
  { mode: 'amounts'; amounts: number[] } | { mode: 'shares'; shareValue: number; minShares: number; maxShares: number };

export interface GroupRules {
  pledge: PledgeRule;
  entryFee: number;
  meetingDay: number;
  specialSavingsAnnualRateBp: number;
  loanTypes: LoanType[];
  allocation: { pool: AllocationPool; bp: number }[];
  dividendMethod: 'share_months' | 'year_end_balance';
}

export interface GroupSummary {
  id: string;
  nameTh: string;
  orgUnitId: string;
  orgUnitNameTh: string;
  districtId: string;
  districtNameTh: string;
  provinceId: string;
  foundedOn: string;
  status: string;
  level: number | null;
  activeMembers: number;
}

export interface Group extends GroupSummary {
  version: number;
  closedThrough: string | null;
  rules: GroupRules;
  rulesEffectiveFrom: string;
  ruleVersions: { effectiveFrom: string; recordedAt: string }[];
  levels: { effectiveOn: string; level: number; note: string }[];
  /** Whether the group leads a community fund management centre, from each date. */
  fundCentre: { effectiveOn: string; leads: boolean; centreNameTh: string; note: string }[];
  committeeSeats: CommitteeSeat[];
}

export type Committee = 'executive' | 'loan' | 'audit' | 'promotion';
export type CommitteeRole = 'chair' | 'vice_chair' | 'secretary' | 'treasurer' | 'member';

export interface CommitteeSeat {
  committee: Committee;
  role: CommitteeRole;
  memberNo: number;
  fullName: string;
  termStart: string;
  termEnd: string;
}

export interface RegisterGroupInput {
  nameTh: string;
  orgUnitId: string;
  foundedOn: string;
  level: number;
  rules: GroupRules;
}

export interface Beneficiary {
  fullName: string;
  relation: string;
  /** Basis points: 10,000 = 100 %. */
  shareBp: number;
}

export interface MemberBalances {
  pledgedSavings: number;
  specialSavings: number;
  loansOutstanding: number;
}

export interface MemberSummary {
  groupId: string;
  memberNo: number;
  fullName: string;
  thaiIdMasked: string;
  joinedOn: string;
  monthlyPledge: number;
  status: string;
  balances: MemberBalances;
}

export interface Member extends MemberSummary {
  title: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  phone: string | null;
  address: string;
  leftOn: string | null;
  leaveReason: string | null;
  beneficiaries: Beneficiary[];
  version: number;
}

export interface JoinMemberInput {
  thaiId: string;
  title: string;
  firstName: string;
  lastName: string;
  phone?: string | null;
  joinedOn: string;
  monthlyPledge: number;
  beneficiaries: Beneficiary[];
}

export interface JournalLine {
  lineNo: number;
  accountCode: string;
  accountNameTh: string;
  memberNo: number | null;
  loanNo: number | null;
  /** Debit > 0, credit < 0. */
  amount: number;
}

export interface JournalEntry {
  entryNo: number;
  postedOn: string;
  recordedAt: string;
  kind: string;
  memo: string;
  memberNo: number | null;
  loanNo: number | null;
  batchNo: number | null;
  reversesEntryNo: number | null;
  reversedByEntryNo: number | null;
  reason: string | null;
  lines: JournalLine[];
}

export interface TrialBalance {
  groupId: string;
  asOf: string;
  rows: { accountCode: string; accountNameTh: string; type: string; debit: number; credit: number }[];
  totalDebit: number;
  totalCredit: number;
}

export interface MeetingRowInput {
  memberNo: number;
  pledge: number;
  specialDeposit: number;
  specialWithdrawal: number;
  fine: number;
  loanPayments: { loanNo: number; amount: number }[];
}

export interface MeetingTotals {
  pledge: number;
  specialDeposit: number;
  specialWithdrawal: number;
  fine: number;
  loanPrincipal: number;
  loanInterest: number;
  loanPenalty: number;
  cashIn: number;
  cashOut: number;
}

export interface MeetingDayResult {
  groupId: string;
  batchNo: number;
  postedOn: string;
  entries: (Omit<MeetingTotals, 'cashIn' | 'cashOut'> & { memberNo: number; fullName: string; entryNo: number })[];
  totals: MeetingTotals;
}

export type LoanStatus = 'applied' | 'approved' | 'rejected' | 'disbursed' | 'paid_off' | 'written_off';

export interface LoanState {
  asOf: string;
  principalOutstanding: number;
  principalDue: number;
  interestDue: number;
  penaltyDue: number;
  overdueAmount: number;
  daysOverdue: number;
  agingBucket: string | null;
  lateInstallments: number;
  totalPayoff: number;
}

export interface Loan {
  groupId: string;
  loanNo: number;
  memberNo: number;
  memberName: string;
  loanType: string;
  loanTypeNameTh: string;
  purpose: string;
  principal: number;
  annualRateBp: number;
  method: 'flat' | 'declining';
  termMonths: number;
  penaltyPerLateInstallment: number;
  appliedOn: string;
  /** Username of whoever entered the application: they may not decide it themselves. */
  enteredBy: string;
  status: LoanStatus;
  decidedOn: string | null;
  decisionNote: string | null;
  disbursedOn: string | null;
  firstDueOn: string | null;
  guarantors: { memberNo: number; fullName: string }[];
  state: LoanState | null;
  schedule: { no: number; dueOn: string; principal: number; interest: number }[];
  payments: { entryNo: number; paidOn: string; penalty: number; interest: number; principal: number }[];
}

export interface ApplyLoanInput {
  memberNo: number;
  loanType: string;
  principal: number;
  termMonths: number;
  purpose: string;
  appliedOn: string;
  guarantors: number[];
}

/** A period of the books, both ends included. */
export interface Period {
  from: string;
  to: string;
}

export interface StatementBalances {
  pledged: number;
  special: number;
  loans: number;
}

/** A member's statement over a period, computed by the server (GET …/members/{n}/statement). */
export interface MemberStatement {
  groupId: string;
  groupNameTh: string;
  memberNo: number;
  fullName: string;
  from: string;
  to: string;
  opening: StatementBalances;
  rows: {
    postedOn: string;
    entryNo: number;
    descriptionTh: string;
    /** Changes as the member sees them: money saved or borrowed is positive. */
    pledged: number;
    special: number;
    loanPrincipal: number;
    interestPaid: number;
    penaltyPaid: number;
    balances: StatementBalances;
  }[];
  closing: StatementBalances;
  totals: { interestPaid: number; penaltyPaid: number };
}

export type LeaveReason = 'resigned' | 'deceased' | 'expelled';

/** What leaving posted: savings paid out less the loans settled from them. */
export interface LeaveResult {
  memberNo: number;
  leftOn: string;
  pledgedSavings: number;
  specialSavings: number;
  loansSettled: { loanNo: number; amount: number }[];
  payout: number;
  entryNo: number | null;
}
