import type { ColumnType, Generated } from 'kysely';

/** A civil date: written and read as 'YYYY-MM-DD'. */
type Day = ColumnType<string, string, string>;
type NullableDay = ColumnType<string | null, string | null | undefined, string | null>;
/** jsonb: read parsed, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
type Moment = ColumnType<Date, Date | undefined, Date>;
type NullableMoment = ColumnType<Date | null, Date | null | undefined, Date | null>;

export type CallStatus = 'draft' | 'open' | 'scoring' | 'closed' | 'decided' | 'announced';
export type CategoryKind = 'pair' | 'group' | 'member' | 'best_practice';
export type NominationStatus = 'draft' | 'endorsed' | 'submitted' | 'withdrawn';
export type NomineeRole = 'staff' | 'partner' | 'member';
export type MemberRole = 'chair' | 'member' | 'secretary';
export type TieBreakRule = { kind: 'criterion'; code: string } | { kind: 'earlier_submission' };

export interface AwardCallTable {
  id: Generated<string>;
  organiser_unit_id: string;
  project_id: string | null;
  title: string;
  description: string;
  names_deadline: Day;
  dossier_deadline: Day;
  aggregation: 'mean' | 'trimmed_mean';
  spread_threshold_tenths: number;
  tie_breaks: Json<TieBreakRule[]>;
  status: ColumnType<CallStatus, CallStatus | undefined, CallStatus>;
  opened_at: NullableMoment;
  scoring_started_at: NullableMoment;
  closed_at: NullableMoment;
  closed_by: string | null;
  close_forced_reason: string | null;
  decided_on: NullableDay;
  decided_by: string | null;
  decision_reason: string | null;
  minutes: string | null;
  announced_at: NullableMoment;
  created_by: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: Moment;
}

export interface AwardCategoryTable {
  id: Generated<string>;
  call_id: string;
  code: string;
  kind: CategoryKind;
  name_th: string;
  honour_th: string;
  quota_per_unit: number;
  winners: number;
  staff_positions: Json<string[]>;
  partner_networks: Json<string[]>;
  clean_record: ColumnType<{ fieldKey: string; cleanValue: string } | null, string | null, string | null>;
  form: Json<unknown>;
  sort_order: number;
}

export interface AwardRubricTable {
  category_id: string;
  stated_total_tenths: number;
  updated_by: string;
  updated_at: Moment;
}

export interface AwardCriterionTable {
  id: Generated<string>;
  category_id: string;
  code: string;
  parent_code: string | null;
  label_th: string;
  max_tenths: number;
  stated_tenths: number | null;
  is_leaf: boolean;
  sort_order: number;
}

export interface AwardCommitteeMemberTable {
  id: Generated<string>;
  call_id: string;
  person_id: string;
  role: MemberRole;
  title_th: string;
  scores: boolean;
  sort_order: number;
  added_by: string;
  added_at: ColumnType<Date, Date | undefined, never>;
}

export interface AwardNominationTable {
  id: Generated<string>;
  call_id: string;
  category_id: string;
  org_unit_id: string;
  entry_name: string | null;
  status: ColumnType<NominationStatus, NominationStatus | undefined, NominationStatus>;
  answers: ColumnType<unknown, string | undefined, string>;
  named_by: string;
  named_at: Date;
  endorser_person_id: string | null;
  endorser_name: string | null;
  endorser_position: string | null;
  endorsed_by: string | null;
  endorsed_at: NullableMoment;
  submitted_by: string | null;
  submitted_at: NullableMoment;
  withdrawn_at: NullableMoment;
  withdraw_reason: string | null;
  updated_by: string;
  updated_at: Date;
}

export interface AwardNomineeTable {
  nomination_id: string;
  person_id: string;
  role: NomineeRole;
  sort_order: number;
}

export interface AwardNominationFileTable {
  nomination_id: string;
  field_key: string;
  file_id: string;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface AwardConflictTable {
  id: Generated<string>;
  call_id: string;
  nomination_id: string;
  member_id: string;
  source: 'automatic' | 'declared';
  reason: string;
  declared_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface AwardSheetTable {
  call_id: string;
  nomination_id: string;
  member_id: string;
  submitted_at: NullableMoment;
  updated_at: Date;
}

export interface AwardScoreTable {
  call_id: string;
  nomination_id: string;
  member_id: string;
  criterion_id: string;
  max_tenths: number;
  points_tenths: number;
  comment: string;
  updated_at: Date;
}

export interface AwardWinnerTable {
  call_id: string;
  category_id: string;
  nomination_id: string;
  place: number;
}

export interface AwardsTables {
  award_call: AwardCallTable;
  award_category: AwardCategoryTable;
  award_rubric: AwardRubricTable;
  award_criterion: AwardCriterionTable;
  award_committee_member: AwardCommitteeMemberTable;
  award_nomination: AwardNominationTable;
  award_nominee: AwardNomineeTable;
  award_nomination_file: AwardNominationFileTable;
  award_conflict: AwardConflictTable;
  award_sheet: AwardSheetTable;
  award_score: AwardScoreTable;
  award_winner: AwardWinnerTable;
}
