import type { ColumnType, Generated } from 'kysely';

/** A civil date: written and read as 'YYYY-MM-DD'. */
type Day = ColumnType<string, string, string>;
type NullableDay = ColumnType<string | null, string | null | undefined, string | null>;
/** jsonb: read parsed, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
/** bigint satang: read as a string (one parser for both drivers), written as a number. */
type Money = ColumnType<string, number, number>;
type Moment = ColumnType<Date, Date | undefined, Date>;
type NullableMoment = ColumnType<Date | null, Date | null | undefined, Date | null>;

export type ForumStatus = 'draft' | 'signed' | 'reported';
export type PlanStatus = 'draft' | 'adopted' | 'withdrawn';
export type PlanItemStatus = 'planned' | 'in_progress' | 'done' | 'dropped';
export type TargetReason = 'fund_centre_leader' | 'level';

export interface AssessmentInstrumentTable {
  id: Generated<string>;
  code: string;
  version: number;
  title_th: string;
  is_sample: boolean;
  declared_dimensions: number;
  declared_indicators: number;
  content: Json<unknown>;
  created_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface AssessmentProgramTable {
  id: Generated<string>;
  org_unit_id: string;
  title_th: string;
  fiscal_year: number;
  target_level: number;
  default_quota: number;
  quotas: Json<Record<string, number>>;
  support_per_group: Money;
  report_days: number;
  plan_target_bp: number;
  results_due_on: NullableDay;
  created_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface AssessmentProgramInstrumentTable {
  program_id: string;
  instrument_id: string;
  sort_order: number;
}

export interface AssessmentTargetTable {
  group_id: string;
  program_id: string;
  province_id: string;
  district_id: string;
  rank: number;
  reason: TargetReason;
  reason_th: string;
  selected_on: Day;
  selected_by: string | null;
}

export interface AssessmentForumTable {
  group_id: string;
  program_id: string;
  held_on: Day;
  place: string;
  participant_count: number;
  participants: Json<{ nameTh: string; roleTh: string }[]>;
  review: Json<Record<string, string>>;
  status: ColumnType<ForumStatus, ForumStatus | undefined, ForumStatus>;
  signed_by: string | null;
  signed_at: NullableMoment;
  reported_by: string | null;
  reported_at: NullableMoment;
  version: Generated<number>;
  created_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: Moment;
}

export interface AssessmentAnswerTable {
  group_id: string;
  program_id: string;
  instrument_id: string;
  indicator_code: string;
  value: Json<unknown>;
  note: Generated<string>;
  answered_by: string | null;
  answered_at: Moment;
}

export interface AssessmentEvidenceTable {
  group_id: string;
  program_id: string;
  file_id: string;
  instrument_id: string;
  indicator_code: string;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface AssessmentResultTable {
  group_id: string;
  program_id: string;
  instrument_id: string;
  indicator_code: string;
  dimension_code: string;
  value: Json<unknown>;
  source: 'ledger' | 'entered';
  passed: boolean;
  points: number;
}

export interface AssessmentOutcomeTable {
  group_id: string;
  program_id: string;
  instrument_id: string;
  points: number;
  max_points: number;
  percent_bp: number;
  level: number | null;
  level_th: string;
  passed_indicators: number;
  failed_indicators: number;
}

export interface AssessmentPlanTable {
  group_id: string;
  program_id: string;
  status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
  budget: Money;
  adopted_on: NullableDay;
  adopted_by: string | null;
  withdrawn_reason: string | null;
  updated_at: Moment;
}

export interface AssessmentPlanItemTable {
  group_id: string;
  program_id: string;
  item_no: number;
  instrument_id: string;
  indicator_code: string;
  action: Generated<string>;
  owner: Generated<string>;
  due_on: NullableDay;
  cost: ColumnType<string, number | undefined, number>;
  status: ColumnType<PlanItemStatus, PlanItemStatus | undefined, PlanItemStatus>;
  follow_up: Generated<string>;
  updated_at: Moment;
}

export interface AssessmentSpendingTable {
  group_id: string;
  program_id: string;
  seq: number;
  spent_on: Day;
  amount: Money;
  item_no: number | null;
  note: string;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date | undefined, never>;
}

export interface AssessmentsTables {
  assessment_instrument: AssessmentInstrumentTable;
  assessment_program: AssessmentProgramTable;
  assessment_program_instrument: AssessmentProgramInstrumentTable;
  assessment_target: AssessmentTargetTable;
  assessment_forum: AssessmentForumTable;
  assessment_answer: AssessmentAnswerTable;
  assessment_evidence: AssessmentEvidenceTable;
  assessment_result: AssessmentResultTable;
  assessment_outcome: AssessmentOutcomeTable;
  assessment_plan: AssessmentPlanTable;
  assessment_plan_item: AssessmentPlanItemTable;
  assessment_spending: AssessmentSpendingTable;
}
