-- Awards (seed 002: ๑ พัฒนากร ๑ เครือข่ายการพัฒนา): a call for nominations from the offices under an
-- organiser, dossiers endorsed by the district head, a committee scoring on a rubric whose parts
-- must add up, conflicts of interest, exact aggregation, and a decision released on announcement.
-- Points are stored as integer tenths so no floating point enters aggregation or ranking.
CREATE TABLE award_call (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The organising office (the province office in 002); nominations come from offices under it.
  organiser_unit_id text NOT NULL REFERENCES org_unit (id),
  project_id uuid REFERENCES project (id),
  title text NOT NULL COLLATE thai CHECK (length(trim(title)) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '',
  -- Civil dates; on time = by the end of the day, Asia/Bangkok.
  names_deadline date NOT NULL,
  dossier_deadline date NOT NULL,
  aggregation text NOT NULL CHECK (aggregation IN ('mean', 'trimmed_mean')),
  spread_threshold_tenths integer NOT NULL CHECK (spread_threshold_tenths >= 0),
  -- Ordered rules applied to equal aggregates: [{kind:'criterion',code:'3'}, {kind:'earlier_submission'}].
  tie_breaks jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'open', 'scoring', 'closed', 'decided', 'announced')),
  opened_at timestamptz,
  scoring_started_at timestamptz,
  closed_at timestamptz,
  closed_by uuid REFERENCES user_account (id),
  -- Set when the chair closed while some sheets were still unsubmitted.
  close_forced_reason text CHECK (close_forced_reason IS NULL OR length(trim(close_forced_reason)) > 0),
  decided_on date,
  decided_by uuid REFERENCES user_account (id),
  -- Required when the chosen winners differ from the top of the ranking.
  decision_reason text,
  minutes text,
  announced_at timestamptz,
  created_by uuid NOT NULL REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (dossier_deadline >= names_deadline),
  CHECK ((status = 'draft') = (opened_at IS NULL)),
  CHECK (status IN ('draft', 'open') OR scoring_started_at IS NOT NULL),
  CHECK (status IN ('draft', 'open', 'scoring') OR closed_at IS NOT NULL),
  CHECK ((status IN ('decided', 'announced')) = (decided_on IS NOT NULL)),
  CHECK ((status = 'announced') = (announced_at IS NOT NULL))
);
CREATE INDEX award_call_organiser ON award_call (organiser_unit_id);

-- What may be nominated: 'pair' (a staff member + a network partner), 'member', 'group',
-- 'best_practice'; who is eligible; how many per nominating office; the dossier form.
CREATE TABLE award_category (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  call_id uuid NOT NULL REFERENCES award_call (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  kind text NOT NULL CHECK (kind IN ('pair', 'group', 'member', 'best_practice')),
  name_th text NOT NULL CHECK (length(trim(name_th)) > 0),
  -- The honour printed on a winner's certificate.
  honour_th text NOT NULL CHECK (length(trim(honour_th)) > 0),
  quota_per_unit integer NOT NULL CHECK (quota_per_unit > 0),
  winners integer NOT NULL CHECK (winners > 0),
  -- Position codes a staff nominee may hold, network codes a partner must belong to (checked
  -- against the position and network tables by the use case).
  staff_positions jsonb NOT NULL DEFAULT '[]',
  partner_networks jsonb NOT NULL DEFAULT '[]',
  -- The dossier's disciplinary declaration {fieldKey, cleanValue}, attested by the endorsement.
  clean_record jsonb,
  -- {sections: [{key, titleTh, fields: [...]}]}: the requests module's typed fields.
  form jsonb NOT NULL,
  sort_order integer NOT NULL,
  UNIQUE (call_id, code),
  UNIQUE (call_id, id)
);

-- One rubric per category; its criteria form a tree by dotted code ('2' → '2.1').
CREATE TABLE award_rubric (
  category_id uuid PRIMARY KEY REFERENCES award_category (id) ON DELETE CASCADE,
  stated_total_tenths integer NOT NULL CHECK (stated_total_tenths > 0),
  updated_by uuid NOT NULL REFERENCES user_account (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE award_criterion (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  category_id uuid NOT NULL REFERENCES award_rubric (category_id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$'),
  parent_code text,
  label_th text NOT NULL CHECK (length(trim(label_th)) > 0),
  max_tenths integer NOT NULL CHECK (max_tenths > 0),
  -- The number the letter's text annotates, e.g. "(๑๕ คะแนน)"; must equal max_tenths.
  stated_tenths integer CHECK (stated_tenths > 0),
  is_leaf boolean NOT NULL,
  sort_order integer NOT NULL,
  UNIQUE (category_id, code),
  -- Lets a score carry its criterion's maximum and check points against it.
  UNIQUE (id, max_tenths),
  FOREIGN KEY (category_id, parent_code) REFERENCES award_criterion (category_id, code) ON DELETE CASCADE
);

CREATE TABLE award_committee_member (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  call_id uuid NOT NULL REFERENCES award_call (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES person (id),
  role text NOT NULL CHECK (role IN ('chair', 'member', 'secretary')),
  -- As appointed, e.g. 'ประธานคณะกรรมการพัฒนาสตรีจังหวัดฉะเชิงเทรา'.
  title_th text NOT NULL CHECK (length(trim(title_th)) BETWEEN 1 AND 300),
  scores boolean NOT NULL,
  sort_order integer NOT NULL,
  added_by uuid NOT NULL REFERENCES user_account (id),
  added_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (call_id, person_id),
  UNIQUE (call_id, id)
);
CREATE UNIQUE INDEX award_committee_one_chair ON award_committee_member (call_id) WHERE role = 'chair';
CREATE INDEX award_committee_person ON award_committee_member (person_id);

CREATE TABLE award_nomination (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  call_id uuid NOT NULL REFERENCES award_call (id) ON DELETE CASCADE,
  category_id uuid NOT NULL,
  -- The nominating office (a district office under the organiser).
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  -- The work's or group's name, for categories that are not people.
  entry_name text,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'endorsed', 'submitted', 'withdrawn')),
  answers jsonb NOT NULL DEFAULT '{}',
  named_by uuid NOT NULL REFERENCES user_account (id),
  named_at timestamptz NOT NULL,
  -- ผู้รับรอง: the district head, as printed under the signature.
  endorser_person_id uuid REFERENCES person (id),
  endorser_name text,
  endorser_position text,
  endorsed_by uuid REFERENCES user_account (id),
  endorsed_at timestamptz,
  submitted_by uuid REFERENCES user_account (id),
  submitted_at timestamptz,
  withdrawn_at timestamptz,
  withdraw_reason text,
  updated_by uuid NOT NULL REFERENCES user_account (id),
  updated_at timestamptz NOT NULL,
  FOREIGN KEY (call_id, category_id) REFERENCES award_category (call_id, id),
  UNIQUE (call_id, id),
  CHECK ((endorsed_at IS NULL) = (endorser_name IS NULL) AND (endorsed_at IS NULL) = (endorser_position IS NULL)),
  CHECK (status NOT IN ('endorsed', 'submitted') OR endorsed_at IS NOT NULL),
  CHECK (status <> 'submitted' OR submitted_at IS NOT NULL),
  CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL))
);
CREATE INDEX award_nomination_quota ON award_nomination (category_id, org_unit_id) WHERE status <> 'withdrawn';
CREATE INDEX award_nomination_unit ON award_nomination (org_unit_id);

CREATE TABLE award_nominee (
  nomination_id uuid NOT NULL REFERENCES award_nomination (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES person (id),
  role text NOT NULL CHECK (role IN ('staff', 'partner', 'member')),
  sort_order integer NOT NULL,
  PRIMARY KEY (nomination_id, person_id)
);
CREATE INDEX award_nominee_person ON award_nominee (person_id);

CREATE TABLE award_nomination_file (
  nomination_id uuid NOT NULL REFERENCES award_nomination (id) ON DELETE CASCADE,
  field_key text NOT NULL,
  file_id uuid NOT NULL REFERENCES stored_file (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (nomination_id, file_id)
);

-- A judge who may not score a dossier: automatic (recorded when scoring starts: the judge belongs
-- to the nominating district or heads its office) or declared by the judge or the chair.
CREATE TABLE award_conflict (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  call_id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  member_id uuid NOT NULL,
  source text NOT NULL CHECK (source IN ('automatic', 'declared')),
  reason text NOT NULL CHECK (length(trim(reason)) > 0),
  declared_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (call_id, nomination_id) REFERENCES award_nomination (call_id, id) ON DELETE CASCADE,
  FOREIGN KEY (call_id, member_id) REFERENCES award_committee_member (call_id, id) ON DELETE CASCADE,
  UNIQUE (nomination_id, member_id),
  CHECK ((source = 'declared') = (declared_by IS NOT NULL))
);

-- One judge's sheet for one dossier; submitted_at set = handed in, no longer editable.
CREATE TABLE award_sheet (
  call_id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  member_id uuid NOT NULL,
  submitted_at timestamptz,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (nomination_id, member_id),
  FOREIGN KEY (call_id, nomination_id) REFERENCES award_nomination (call_id, id) ON DELETE CASCADE,
  FOREIGN KEY (call_id, member_id) REFERENCES award_committee_member (call_id, id) ON DELETE CASCADE
);

CREATE TABLE award_score (
  call_id uuid NOT NULL,
  nomination_id uuid NOT NULL,
  member_id uuid NOT NULL,
  criterion_id uuid NOT NULL,
  -- The criterion's maximum, carried so the database itself refuses points above it.
  max_tenths integer NOT NULL,
  points_tenths integer NOT NULL CHECK (points_tenths >= 0 AND points_tenths <= max_tenths),
  comment text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL,
  UNIQUE (call_id, nomination_id, member_id, criterion_id),
  FOREIGN KEY (nomination_id, member_id) REFERENCES award_sheet (nomination_id, member_id) ON DELETE CASCADE,
  FOREIGN KEY (criterion_id, max_tenths) REFERENCES award_criterion (id, max_tenths)
);

CREATE TABLE award_winner (
  call_id uuid NOT NULL REFERENCES award_call (id) ON DELETE CASCADE,
  category_id uuid NOT NULL REFERENCES award_category (id),
  nomination_id uuid NOT NULL,
  place integer NOT NULL CHECK (place > 0),
  PRIMARY KEY (call_id, nomination_id),
  UNIQUE (category_id, place),
  FOREIGN KEY (call_id, nomination_id) REFERENCES award_nomination (call_id, id)
);
