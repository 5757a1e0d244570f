import type { ColumnType, Generated } from 'kysely';

/** A civil date: written and read as 'YYYY-MM-DD' (the driver leaves dates as strings). */
type Day = ColumnType<string, string, string>;
type NullableDay = ColumnType<string | null, string | null | undefined, string | null>;
/** jsonb arrays of text: read parsed, written as JSON text. */
type TextList = ColumnType<string[], string, string>;
type Moment = ColumnType<Date, Date | undefined, Date>;

export interface ProjectRegisterTable {
  org_unit_id: string;
  fiscal_year: number;
  last_no: number;
}

export interface ProjectTable {
  id: Generated<string>;
  org_unit_id: string;
  register_unit_id: string;
  fiscal_year: number;
  project_no: number | null;
  title_th: string;
  rationale: string;
  objectives: TextList;
  methods: TextList;
  starts_on: Day;
  ends_on: Day;
  target_group: string;
  location: string;
  budget_satang: ColumnType<string | null, number | null, number | null>;
  budget_source: string | null;
  expected_results: TextList;
  tags: TextList;
  status: 'draft' | 'submitted' | 'approved';
  current_step: number | null;
  created_by: string;
  created_at: ColumnType<Date, never, never>;
  updated_at: Moment;
  approved_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface ProjectSignoffStepTable {
  project_id: string;
  step_no: number;
  role: 'proposer' | 'endorser' | 'checker' | 'approver';
  signer_user_id: string;
  position_line: string;
  signed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  signed_on: NullableDay;
  comment: string | null;
}

export interface ProjectSignoffEventTable {
  id: Generated<string>;
  project_id: string;
  step_no: number;
  role: string;
  action: 'submit' | 'sign' | 'approve' | 'return';
  actor_user_id: string;
  comment: string | null;
  at: Date;
  on_date: Day;
}

export interface ProjectPlanTable {
  id: Generated<string>;
  project_id: string;
  name_th: string;
  created_by: string;
  created_at: ColumnType<Date, never, never>;
}

export interface PlanStepTable {
  id: Generated<string>;
  plan_id: string;
  seq: number;
  name_th: string;
  owner_unit_id: string;
  owner_note: string | null;
  starts_on: NullableDay;
  due_on: Day;
  status: 'not_started' | 'in_progress' | 'done';
  done_on: NullableDay;
  evidence_note: string | null;
}

type Decimal = ColumnType<string, number, number>;

export interface ProgramKpiTable {
  id: Generated<string>;
  project_id: string;
  plan_id: string | null;
  kind: 'quantitative' | 'qualitative';
  text_th: string;
  target: ColumnType<string | null, number | null, number | null>;
  unit: string | null;
  source: 'manual' | 'report_submissions';
  source_ref: string | null;
  sort_order: number;
}

export interface ProgramKpiActualTable {
  id: Generated<string>;
  kpi_id: string;
  value: Decimal;
  as_of: Day;
  note: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface ProgramsTables {
  project_register: ProjectRegisterTable;
  project: ProjectTable;
  project_signoff_step: ProjectSignoffStepTable;
  project_signoff_event: ProjectSignoffEventTable;
  project_plan: ProjectPlanTable;
  plan_step: PlanStepTable;
  program_kpi: ProgramKpiTable;
  program_kpi_actual: ProgramKpiActualTable;
}
