import type { ColumnType, Generated } from 'kysely';

/** bigint satang: read as a string (both drivers, src/db/database.ts), written as a number. */
type Money = ColumnType<string, number, never>;
type BigNo = ColumnType<string, number, never>;
/** A civil date, 'YYYY-MM-DD' both ways. */
type Day = ColumnType<string, string, never>;
type EditableDay = ColumnType<string, string, string>;
type Created = ColumnType<Date, Date | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export type FundAccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';
export type FundEntryKind = 'collection' | 'deposit' | 'payout' | 'reversal';
export type Vulnerability = 'vulnerable' | 'poor' | 'disadvantaged';
export type HelpKind = 'cash' | 'goods' | 'housing' | 'occupation' | 'education' | 'health' | 'other';
export type PlanStatus = 'draft' | 'submitted' | 'approved';
export type PlanRole = 'proposer' | 'checker' | 'approver';
export type FollowUpOutcome = 'improved' | 'unchanged' | 'worse';
export interface FailedIndicator {
  dimension: string;
  indicatorTh: string;
}

export interface FundAccountTable {
  code: string;
  name_th: string;
  name_en: string;
  type: FundAccountType;
  subledger: 'none' | 'participant';
  sort_order: number;
}

export interface StaffFundTable {
  id: Generated<string>;
  org_unit_id: string;
  project_id: string | null;
  name_th: string;
  starts_on: Day;
  ends_on: Day;
  pledge_per_day: Money;
  target_participants: number;
  bank_name: string;
  bank_account_no: string;
  next_entry_no: ColumnType<string, number | undefined, number>;
  proposal_request_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Created;
}

export interface FundParticipantTable {
  fund_id: string;
  participant_no: number;
  person_id: string;
  org_unit_id: string;
  joined_on: Day;
  recorded_by: string | null;
  recorded_at: Created;
}

// Journal rows are insert-only: the database refuses updates and deletes.
export interface FundJournalEntryTable {
  fund_id: string;
  entry_no: BigNo;
  posted_on: Day;
  recorded_at: Created;
  kind: FundEntryKind;
  memo: ColumnType<string, string | undefined, never>;
  reverses_entry_no: ColumnType<string | null, number | null | undefined, never>;
  reason: ColumnType<string | null, string | null | undefined, never>;
  recorded_by: ColumnType<string | null, string | null, never>;
}

export interface FundJournalLineTable {
  fund_id: string;
  entry_no: BigNo;
  line_no: number;
  account_code: string;
  participant_no: ColumnType<number | null, number | null | undefined, never>;
  amount: Money;
}

export interface FundCollectionTable {
  fund_id: string;
  collection_no: number;
  collected_on: Day;
  place: ColumnType<string, string | undefined, never>;
  note: ColumnType<string, string | undefined, never>;
  entry_no: BigNo;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface FundCountTable {
  fund_id: string;
  collection_no: number;
  participant_no: number;
  participant_person_id: string;
  amount: Money;
  witness1_person_id: string;
  witness2_person_id: string;
}

export interface FundDepositTable {
  fund_id: string;
  deposit_no: number;
  deposited_on: Day;
  slip_ref: string;
  amount: Money;
  entry_no: BigNo;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface FundHouseholdTable {
  id: Generated<string>;
  fund_id: string;
  household_no: number;
  district_id: string;
  village_id: string;
  house_no: string;
  head_title: string;
  head_first_name: string;
  head_last_name: string;
  head_thai_id: string;
  phone: string | null;
  tpmap: boolean;
  failed_indicators: Json<FailedIndicator[]>;
  vulnerability: Vulnerability | null;
  needs_th: string;
  surveyed_on: EditableDay;
  version: ColumnType<number, number | undefined, number>;
  created_by: string | null;
  created_at: Created;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface FundHouseholdMemberTable {
  household_id: string;
  seq: number;
  title: string;
  first_name: string;
  last_name: string;
  relation: string;
  birth_year_be: number | null;
}

export interface FundProposalTable {
  id: Generated<string>;
  fund_id: string;
  district_id: string;
  submission_id: string;
  summary_th: string;
  version: ColumnType<number, number | undefined, number>;
  submitted_by: string | null;
  submitted_at: ColumnType<Date, Date, Date>;
}

export interface FundProposalItemTable {
  id: Generated<string>;
  proposal_id: string;
  household_id: string;
  help_kind: HelpKind;
  help_th: string;
  cost: Money;
  reason_th: string;
  sort_order: number;
}

export interface FundPlanTable {
  id: Generated<string>;
  fund_id: string;
  title_th: string;
  status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
  current_step: number | null;
  approved_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_by: string | null;
  created_at: Created;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface FundPlanItemTable {
  plan_id: string;
  item_no: number;
  proposal_item_id: string;
  approved_cost: Money;
}

export interface FundPlanStepTable {
  plan_id: string;
  step_no: number;
  role: PlanRole;
  signer_user_id: string;
  position_line: string;
  signed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  signed_on: ColumnType<string | null, string | null | undefined, string | null>;
  comment: string | null;
}

export interface FundPlanEventTable {
  id: Generated<string>;
  plan_id: string;
  step_no: number;
  action: 'submit' | 'sign' | 'approve' | 'return';
  actor_user_id: string;
  comment: string | null;
  at: Date;
}

export interface FundPayoutTable {
  fund_id: string;
  payout_no: number;
  plan_id: string;
  item_no: number;
  paid_on: Day;
  amount: Money;
  receipt_no: string;
  entry_no: BigNo;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface FundPayoutFileTable {
  fund_id: string;
  payout_no: number;
  file_id: string;
  kind: 'receipt' | 'photo';
}

export interface FundFollowUpTable {
  id: Generated<string>;
  fund_id: string;
  payout_no: number;
  visited_on: Day;
  outcome: FollowUpOutcome;
  note_th: string;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface FundTables {
  fund_account: FundAccountTable;
  staff_fund: StaffFundTable;
  fund_participant: FundParticipantTable;
  fund_journal_entry: FundJournalEntryTable;
  fund_journal_line: FundJournalLineTable;
  fund_collection: FundCollectionTable;
  fund_count: FundCountTable;
  fund_deposit: FundDepositTable;
  fund_household: FundHouseholdTable;
  fund_household_member: FundHouseholdMemberTable;
  fund_proposal: FundProposalTable;
  fund_proposal_item: FundProposalItemTable;
  fund_plan: FundPlanTable;
  fund_plan_item: FundPlanItemTable;
  fund_plan_step: FundPlanStepTable;
  fund_plan_event: FundPlanEventTable;
  fund_payout: FundPayoutTable;
  fund_payout_file: FundPayoutFileTable;
  fund_follow_up: FundFollowUpTable;
}
