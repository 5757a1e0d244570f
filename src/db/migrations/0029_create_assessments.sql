-- Assessments (seed 004, SMART Saving Group): versioned instruments, programs with a target
-- selection per province, the district's forum with answers and evidence, results frozen at
-- sign-off, a development plan per group with its support budget and spending. Every table about
-- one savings group leads its key with group_id (src/db/distribution-keys.db.test.ts).

-- An instrument version is immutable once created: a change is a new version of the same code, so
-- a signed assessment always reads against the text it was answered on.
CREATE TABLE assessment_instrument (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_-]{0,39}$'),
  version integer NOT NULL CHECK (version > 0),
  title_th text NOT NULL COLLATE thai CHECK (length(trim(title_th)) BETWEEN 1 AND 300),
  -- Demo and test instruments are samples; the department's official texts are loaded by import.
  is_sample boolean NOT NULL,
  -- The shape the instrument declares ("5 ด้าน 23 ตัวชี้วัด"), checked against its content.
  declared_dimensions integer NOT NULL CHECK (declared_dimensions > 0),
  declared_indicators integer NOT NULL CHECK (declared_indicators > 0),
  -- Dimensions → indicators and the result rule, validated by the module (assessments.schemas.ts).
  content jsonb NOT NULL,
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, version)
);

CREATE TABLE assessment_program (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The office that runs it (the department for seed 004's national activity); targets lie under it.
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  title_th text NOT NULL COLLATE thai CHECK (length(trim(title_th)) BETWEEN 1 AND 500),
  fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2500 AND 2700),
  target_level smallint NOT NULL DEFAULT 3 CHECK (target_level BETWEEN 1 AND 3),
  -- Groups per province (seed 004: 760 in 76 provinces = 10), with per-province exceptions.
  default_quota integer NOT NULL CHECK (default_quota >= 0),
  quotas jsonb NOT NULL DEFAULT '{}',
  -- Support for each group's development plan, satang (seed 004: 3,000 baht).
  support_per_group bigint NOT NULL CHECK (support_per_group >= 0),
  -- The district reports to the province within this many days after its forum (seed 004: 1 week).
  report_days integer NOT NULL CHECK (report_days BETWEEN 0 AND 366),
  -- The activity's indicator: share of target groups with a plan, basis points (60 % = 6000).
  plan_target_bp integer NOT NULL CHECK (plan_target_bp BETWEEN 0 AND 10000),
  -- The province records results for the department by this day (seed 004: 15 June, in BPM).
  results_due_on date,
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_program_unit ON assessment_program (org_unit_id);

CREATE TABLE assessment_program_instrument (
  program_id uuid NOT NULL REFERENCES assessment_program (id),
  instrument_id uuid NOT NULL REFERENCES assessment_instrument (id),
  sort_order integer NOT NULL,
  PRIMARY KEY (program_id, instrument_id)
);

-- The groups a program works with and why each was chosen (the reason is kept in Thai as shown).
CREATE TABLE assessment_target (
  group_id uuid NOT NULL REFERENCES savings_group (id),
  program_id uuid NOT NULL REFERENCES assessment_program (id),
  province_id text NOT NULL REFERENCES org_unit (id),
  district_id text NOT NULL REFERENCES org_unit (id),
  -- Order within the province: fund-centre leaders first.
  rank integer NOT NULL CHECK (rank > 0),
  reason text NOT NULL CHECK (reason IN ('fund_centre_leader', 'level')),
  reason_th text NOT NULL CHECK (length(trim(reason_th)) > 0),
  selected_on date NOT NULL,
  selected_by uuid REFERENCES user_account (id),
  PRIMARY KEY (group_id, program_id)
);
CREATE INDEX assessment_target_program ON assessment_target (program_id, province_id, rank);

-- เวที: the district's forum with the group's committee and members.
CREATE TABLE assessment_forum (
  group_id uuid NOT NULL,
  program_id uuid NOT NULL,
  held_on date NOT NULL,
  place text NOT NULL CHECK (length(trim(place)) BETWEEN 1 AND 300),
  participant_count integer NOT NULL CHECK (participant_count > 0),
  participants jsonb NOT NULL DEFAULT '[]',
  -- 4.2 of the seed: what the forum reviewed (rules, committee, profit allocation).
  review jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'reported')),
  signed_by uuid REFERENCES user_account (id),
  signed_at timestamptz,
  reported_by uuid REFERENCES user_account (id),
  reported_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, program_id),
  FOREIGN KEY (group_id, program_id) REFERENCES assessment_target (group_id, program_id),
  CHECK ((status = 'draft') = (signed_at IS NULL)),
  CHECK ((status = 'reported') = (reported_at IS NOT NULL))
);

-- What the forum answered; indicators the ledger knows are computed on read instead, unless the
-- forum entered a different answer with its reason.
CREATE TABLE assessment_answer (
  group_id uuid NOT NULL,
  program_id uuid NOT NULL,
  instrument_id uuid NOT NULL REFERENCES assessment_instrument (id),
  indicator_code text NOT NULL,
  value jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  answered_by uuid REFERENCES user_account (id),
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, program_id, instrument_id, indicator_code),
  FOREIGN KEY (group_id, program_id) REFERENCES assessment_forum (group_id, program_id)
);

CREATE TABLE assessment_evidence (
  group_id uuid NOT NULL,
  program_id uuid NOT NULL,
  file_id uuid NOT NULL REFERENCES stored_file (id),
  instrument_id uuid NOT NULL REFERENCES assessment_instrument (id),
  indicator_code text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, program_id, file_id),
  FOREIGN KEY (group_id, program_id) REFERENCES assessment_forum (group_id, program_id)
);

-- Frozen at sign-off: each indicator's value, where it came from and whether it passed.
CREATE TABLE assessment_result (
  group_id uuid NOT NULL,
  program_id uuid NOT NULL,
  instrument_id uuid NOT NULL REFERENCES assessment_instrument (id),
  indicator_code text NOT NULL,
  dimension_code text NOT NULL,
  value jsonb NOT NULL,
  source text NOT NULL CHECK (source IN ('ledger', 'entered')),
  passed boolean NOT NULL,
  points integer NOT NULL CHECK (points >= 0),
  PRIMARY KEY (group_id, program_id, instrument_id, indicator_code),
  FOREIGN KEY (group_id, program_id) REFERENCES assessment_forum (group_id, program_id)
);

-- Frozen at sign-off: each instrument's total and level by its result rule.
CREATE TABLE assessment_outcome (
  group_id uuid NOT NULL,
  program_id uuid NOT NULL,
  instrument_id uuid NOT NULL REFERENCES assessment_instrument (id),
  points integer NOT NULL CHECK (points >= 0),
  max_points integer NOT NULL CHECK (max_points > 0),
  percent_bp integer NOT NULL CHECK (percent_bp BETWEEN 0 AND 10000),
  level integer,
  level_th text NOT NULL,
  passed_indicators integer NOT NULL,
  failed_indicators integer NOT NULL,
  PRIMARY KEY (group_id, program_id, instrument_id),
  FOREIGN KEY (group_id, program_id) REFERENCES assessment_forum (group_id, program_id)
);

-- แผนพัฒนากลุ่ม: one per forum, an item per failed indicator; adopted plans count towards the
-- program's indicator, a withdrawn one stops counting.
CREATE TABLE assessment_plan (
  group_id uuid NOT NULL,
  program_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted', 'withdrawn')),
  budget bigint NOT NULL CHECK (budget >= 0),
  adopted_on date,
  adopted_by uuid REFERENCES user_account (id),
  withdrawn_reason text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, program_id),
  FOREIGN KEY (group_id, program_id) REFERENCES assessment_forum (group_id, program_id),
  CHECK ((status = 'adopted') = (adopted_on IS NOT NULL)),
  CHECK ((status = 'withdrawn') = (withdrawn_reason IS NOT NULL))
);

CREATE TABLE assessment_plan_item (
  group_id uuid NOT NULL,
  program_id uuid NOT NULL,
  item_no integer NOT NULL CHECK (item_no > 0),
  instrument_id uuid NOT NULL REFERENCES assessment_instrument (id),
  indicator_code text NOT NULL,
  action text NOT NULL DEFAULT '',
  owner text NOT NULL DEFAULT '',
  due_on date,
  cost bigint NOT NULL DEFAULT 0 CHECK (cost >= 0),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  follow_up text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, program_id, item_no),
  UNIQUE (group_id, program_id, instrument_id, indicator_code),
  FOREIGN KEY (group_id, program_id) REFERENCES assessment_plan (group_id, program_id)
);

-- Spending of the support budget, append-only; a correction is a negative row with its reason.
CREATE TABLE assessment_spending (
  group_id uuid NOT NULL,
  program_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq > 0),
  spent_on date NOT NULL,
  amount bigint NOT NULL CHECK (amount <> 0),
  item_no integer,
  note text NOT NULL CHECK (length(trim(note)) > 0),
  recorded_by uuid REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, program_id, seq),
  FOREIGN KEY (group_id, program_id) REFERENCES assessment_plan (group_id, program_id),
  FOREIGN KEY (group_id, program_id, item_no) REFERENCES assessment_plan_item (group_id, program_id, item_no)
);
