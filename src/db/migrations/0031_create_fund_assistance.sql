-- Help for target households from the staff fund (seed 000 §3.5–3.8): districts survey households
-- that fail the TPMAP basic-needs criteria or are vulnerable, poor or disadvantaged, propose help to
-- the province through a report request, the province approves an assistance plan with sign-off,
-- pays from the fund (journal entries, receipts and photos) and follows up the outcome.

-- A surveyed household. Personal data: readable only by the owning district and the province's
-- fund officers (checked in the fund module); the head's citizen ID leaves the API masked in
-- every list and export.
CREATE TABLE fund_household (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fund_id uuid NOT NULL REFERENCES staff_fund (id),
  household_no integer NOT NULL CHECK (household_no > 0),
  -- The surveying district office; the village lies under it.
  district_id text NOT NULL REFERENCES org_unit (id),
  village_id text NOT NULL REFERENCES org_unit (id),
  house_no text NOT NULL CHECK (length(trim(house_no)) > 0),
  head_title text NOT NULL,
  head_first_name text NOT NULL COLLATE thai CHECK (length(trim(head_first_name)) > 0),
  head_last_name text NOT NULL COLLATE thai CHECK (length(trim(head_last_name)) > 0),
  head_thai_id char(13) NOT NULL CHECK (head_thai_id ~ '^[0-9]{13}$'),
  phone text,
  tpmap boolean NOT NULL,
  -- [{ dimension, indicatorTh }]: the basic-needs indicators the household fails.
  failed_indicators jsonb NOT NULL DEFAULT '[]',
  vulnerability text CHECK (vulnerability IN ('vulnerable', 'poor', 'disadvantaged')),
  needs_th text NOT NULL CHECK (length(trim(needs_th)) > 0),
  surveyed_on date NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES user_account (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (fund_id, household_no),
  -- One registration per household head per fund.
  UNIQUE (fund_id, head_thai_id),
  -- A target household fails TPMAP or is vulnerable, poor or disadvantaged.
  CHECK (tpmap OR vulnerability IS NOT NULL)
);
CREATE INDEX fund_household_district ON fund_household (fund_id, district_id);

CREATE TABLE fund_household_member (
  household_id uuid NOT NULL REFERENCES fund_household (id) ON DELETE CASCADE,
  seq smallint NOT NULL CHECK (seq > 0),
  title text NOT NULL DEFAULT '',
  first_name text NOT NULL COLLATE thai CHECK (length(trim(first_name)) > 0),
  last_name text NOT NULL COLLATE thai CHECK (length(trim(last_name)) > 0),
  relation text NOT NULL CHECK (length(trim(relation)) > 0),
  birth_year_be integer CHECK (birth_year_be BETWEEN 2400 AND 2700),
  PRIMARY KEY (household_id, seq)
);

-- A district's proposal, sent with its answer to the fund's report request.
CREATE TABLE fund_proposal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fund_id uuid NOT NULL REFERENCES staff_fund (id),
  district_id text NOT NULL REFERENCES org_unit (id),
  submission_id uuid NOT NULL REFERENCES report_submission (id),
  summary_th text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  submitted_by uuid REFERENCES user_account (id),
  submitted_at timestamptz NOT NULL,
  UNIQUE (fund_id, district_id),
  UNIQUE (submission_id)
);

CREATE TABLE fund_proposal_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  proposal_id uuid NOT NULL REFERENCES fund_proposal (id) ON DELETE CASCADE,
  household_id uuid NOT NULL REFERENCES fund_household (id),
  help_kind text NOT NULL CHECK (help_kind IN ('cash', 'goods', 'housing', 'occupation', 'education', 'health', 'other')),
  help_th text NOT NULL CHECK (length(trim(help_th)) > 0),
  cost bigint NOT NULL CHECK (cost > 0),
  reason_th text NOT NULL CHECK (length(trim(reason_th)) > 0),
  sort_order integer NOT NULL,
  UNIQUE (proposal_id, household_id)
);

-- The province's assistance plan (แผนการให้ความช่วยเหลือ, §3.6) and its sign-off chain.
CREATE TABLE fund_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fund_id uuid NOT NULL REFERENCES staff_fund (id),
  title_th text NOT NULL CHECK (length(trim(title_th)) > 0),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
  current_step integer,
  approved_at timestamptz,
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL))
);
CREATE INDEX fund_plan_fund ON fund_plan (fund_id);

CREATE TABLE fund_plan_item (
  plan_id uuid NOT NULL REFERENCES fund_plan (id),
  item_no integer NOT NULL CHECK (item_no > 0),
  -- A proposed item is planned once, in one plan.
  proposal_item_id uuid NOT NULL UNIQUE REFERENCES fund_proposal_item (id),
  approved_cost bigint NOT NULL CHECK (approved_cost > 0),
  PRIMARY KEY (plan_id, item_no)
);

CREATE TABLE fund_plan_step (
  plan_id uuid NOT NULL REFERENCES fund_plan (id),
  step_no integer NOT NULL CHECK (step_no > 0),
  role text NOT NULL CHECK (role IN ('proposer', 'checker', 'approver')),
  signer_user_id uuid NOT NULL REFERENCES user_account (id),
  position_line text NOT NULL DEFAULT '',
  signed_at timestamptz,
  signed_on date,
  comment text,
  PRIMARY KEY (plan_id, step_no)
);

CREATE TABLE fund_plan_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES fund_plan (id),
  step_no integer NOT NULL,
  action text NOT NULL CHECK (action IN ('submit', 'sign', 'approve', 'return')),
  actor_user_id uuid NOT NULL REFERENCES user_account (id),
  comment text,
  at timestamptz NOT NULL
);
CREATE INDEX fund_plan_event_plan ON fund_plan_event (plan_id, id);

-- A payment from the fund's bank account for one planned item, posted as one journal entry.
CREATE TABLE fund_payout (
  fund_id uuid NOT NULL REFERENCES staff_fund (id),
  payout_no integer NOT NULL CHECK (payout_no > 0),
  plan_id uuid NOT NULL,
  item_no integer NOT NULL,
  paid_on date NOT NULL,
  amount bigint NOT NULL CHECK (amount > 0),
  receipt_no text NOT NULL CHECK (length(trim(receipt_no)) > 0),
  entry_no bigint NOT NULL,
  recorded_by uuid REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (fund_id, payout_no),
  UNIQUE (fund_id, entry_no),
  FOREIGN KEY (plan_id, item_no) REFERENCES fund_plan_item (plan_id, item_no),
  FOREIGN KEY (fund_id, entry_no) REFERENCES fund_journal_entry (fund_id, entry_no)
);
CREATE INDEX fund_payout_item ON fund_payout (plan_id, item_no);
CREATE TRIGGER fund_payout_immutable BEFORE UPDATE OR DELETE ON fund_payout
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();

-- Receipts and photos of a payout (stored_file rows written in the same transaction).
CREATE TABLE fund_payout_file (
  fund_id uuid NOT NULL,
  payout_no integer NOT NULL,
  file_id uuid NOT NULL REFERENCES stored_file (id),
  kind text NOT NULL CHECK (kind IN ('receipt', 'photo')),
  PRIMARY KEY (fund_id, payout_no, file_id),
  FOREIGN KEY (fund_id, payout_no) REFERENCES fund_payout (fund_id, payout_no)
);

-- Follow-up visits (§3.7): how the household is doing after the help.
CREATE TABLE fund_follow_up (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fund_id uuid NOT NULL,
  payout_no integer NOT NULL,
  visited_on date NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('improved', 'unchanged', 'worse')),
  note_th text NOT NULL CHECK (length(trim(note_th)) > 0),
  recorded_by uuid REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (fund_id, payout_no) REFERENCES fund_payout (fund_id, payout_no)
);
CREATE INDEX fund_follow_up_payout ON fund_follow_up (fund_id, payout_no);
