-- Programs: project proposals (แบบเสนอโครงการ) with an ordered sign-off chain and a number from the
-- owning office's per-fiscal-year register; plans (steps with owners and deadlines); KPIs with
-- recorded actuals. Overdue is computed on read from the clock, never stored.

-- One row per (office, fiscal year): the last number handed out. Approving a project bumps it with
-- an UPSERT … RETURNING in the approving transaction, so the row lock serialises concurrent
-- approvals and a rolled-back approval gives its number back (no gaps, no reuse).
CREATE TABLE project_register (
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  fiscal_year integer NOT NULL CHECK (fiscal_year > 2400),
  last_no integer NOT NULL CHECK (last_no > 0),
  PRIMARY KEY (org_unit_id, fiscal_year)
);

CREATE TABLE project (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- หน่วยงานที่รับผิดชอบ: a work group, a province office or a district office.
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  -- The office whose register numbers it (a work group numbers in its province's register).
  register_unit_id text NOT NULL REFERENCES org_unit (id),
  -- ประจำปีงบประมาณ (พ.ศ.), the fiscal year in which the project starts.
  fiscal_year integer NOT NULL CHECK (fiscal_year > 2400),
  project_no integer CHECK (project_no > 0),
  title_th text NOT NULL COLLATE thai CHECK (length(trim(title_th)) > 0),
  rationale text NOT NULL,
  objectives jsonb NOT NULL,
  methods jsonb NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  target_group text NOT NULL,
  location text NOT NULL,
  -- NULL = ไม่ใช้งบประมาณ (no government budget).
  budget_satang bigint CHECK (budget_satang IS NULL OR budget_satang >= 0),
  budget_source text,
  expected_results jsonb NOT NULL,
  tags jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved')),
  -- The step whose signer acts next while submitted.
  current_step integer,
  created_by uuid NOT NULL REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  approved_at timestamptz,
  CHECK (ends_on >= starts_on),
  CHECK ((status = 'approved') = (project_no IS NOT NULL)),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL)),
  CHECK ((status = 'submitted') = (current_step IS NOT NULL)),
  UNIQUE (register_unit_id, fiscal_year, project_no)
);
CREATE INDEX project_org_unit ON project (org_unit_id);

-- The chain as configured for this project; signature columns are cleared when it is returned.
CREATE TABLE project_signoff_step (
  project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  step_no integer NOT NULL CHECK (step_no > 0),
  role text NOT NULL CHECK (role IN ('proposer', 'endorser', 'checker', 'approver')),
  signer_user_id uuid NOT NULL REFERENCES user_account (id),
  -- ตำแหน่ง as printed under the signature, e.g. 'พัฒนาการจังหวัดลำปาง'.
  position_line text NOT NULL,
  signed_at timestamptz,
  signed_on date,
  comment text,
  PRIMARY KEY (project_id, step_no),
  CHECK ((signed_at IS NULL) = (signed_on IS NULL))
);
CREATE INDEX project_signoff_step_signer ON project_signoff_step (signer_user_id);

-- Every sign-off action, kept across returns for revision.
CREATE TABLE project_signoff_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  step_no integer NOT NULL,
  role text NOT NULL,
  action text NOT NULL CHECK (action IN ('submit', 'sign', 'approve', 'return')),
  actor_user_id uuid NOT NULL REFERENCES user_account (id),
  comment text,
  at timestamptz NOT NULL,
  on_date date NOT NULL
);
CREATE INDEX project_signoff_event_project ON project_signoff_event (project_id, id);

CREATE TABLE project_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  name_th text NOT NULL CHECK (length(trim(name_th)) > 0),
  created_by uuid NOT NULL REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_plan_project ON project_plan (project_id);

CREATE TABLE plan_step (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES project_plan (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq > 0),
  name_th text NOT NULL CHECK (length(trim(name_th)) > 0),
  owner_unit_id text NOT NULL REFERENCES org_unit (id),
  -- Free text beside the unit, as plans print it ('กง.ยุทธศาสตร์', 'ทุกอำเภอ').
  owner_note text,
  -- Nullable: many plans give only a deadline ("ภายใน ๑๕ มกราคม ๒๕๖๘").
  starts_on date,
  due_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  done_on date,
  evidence_note text,
  UNIQUE (plan_id, seq),
  CHECK (starts_on IS NULL OR due_on >= starts_on),
  CHECK ((status = 'done') = (done_on IS NOT NULL))
);

-- ตัวชี้วัด on a project (plan_id NULL) or on one of its plans. The actual's source is a typed union
-- in code; 'manual' is the only one today. Computed sources (a report request's submissions,
-- participants) will add a value here and name their record in source_ref.
CREATE TABLE program_kpi (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  plan_id uuid REFERENCES project_plan (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('quantitative', 'qualitative')),
  text_th text NOT NULL CHECK (length(trim(text_th)) > 0),
  target numeric(16, 2) CHECK (target IS NULL OR target >= 0),
  unit text,
  source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual')),
  source_ref text,
  sort_order integer NOT NULL,
  CHECK ((kind = 'quantitative') = (target IS NOT NULL))
);
CREATE INDEX program_kpi_project ON program_kpi (project_id);

CREATE TABLE program_kpi_actual (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kpi_id uuid NOT NULL REFERENCES program_kpi (id) ON DELETE CASCADE,
  value numeric(16, 2) NOT NULL CHECK (value >= 0),
  as_of date NOT NULL,
  note text,
  recorded_by uuid NOT NULL REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL
);
CREATE INDEX program_kpi_actual_kpi ON program_kpi_actual (kpi_id, as_of);
