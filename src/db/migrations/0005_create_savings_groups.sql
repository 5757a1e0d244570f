-- Village savings groups (กลุ่มออมทรัพย์เพื่อการผลิต), their members, committees, levels and rules.
-- Every table below the group carries group_id first in its key so the schema can be distributed
-- by group (Citus distribution column) without redesign.
CREATE TABLE savings_group (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name_th text NOT NULL COLLATE thai,
  -- Where the group sits: a village or subdistrict; the supervising district is its ancestor.
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  founded_on date NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dissolved')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX savings_group_org_unit ON savings_group (org_unit_id);

-- ระดับการพัฒนา 1–3 with its history; the current level is the latest effective one.
CREATE TABLE group_level (
  group_id uuid NOT NULL REFERENCES savings_group (id),
  effective_on date NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, effective_on)
);

-- ระเบียบ: the whole rule set as validated JSON, versioned by the date it takes effect.
CREATE TABLE group_rule_set (
  group_id uuid NOT NULL REFERENCES savings_group (id),
  effective_from date NOT NULL,
  rules jsonb NOT NULL,
  recorded_by uuid REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, effective_from)
);

CREATE TABLE group_member (
  group_id uuid NOT NULL REFERENCES savings_group (id),
  member_no integer NOT NULL CHECK (member_no > 0),
  thai_id text NOT NULL CHECK (thai_id ~ '^[0-9]{13}$'),
  title text NOT NULL,
  first_name text NOT NULL COLLATE thai,
  last_name text NOT NULL COLLATE thai,
  birth_date date,
  phone text,
  address text NOT NULL DEFAULT '',
  joined_on date NOT NULL,
  -- The monthly pledge (เงินสัจจะ) the member committed to, in satang.
  monthly_pledge bigint NOT NULL CHECK (monthly_pledge > 0),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
  left_on date,
  leave_reason text CHECK (leave_reason IN ('resigned', 'deceased', 'expelled')),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (group_id, member_no),
  -- One person may belong to several groups, but only once to each.
  UNIQUE (group_id, thai_id),
  CHECK ((status = 'left') = (left_on IS NOT NULL AND leave_reason IS NOT NULL))
);
CREATE INDEX group_member_thai_id ON group_member (thai_id);

CREATE TABLE member_beneficiary (
  group_id uuid NOT NULL,
  member_no integer NOT NULL,
  seq smallint NOT NULL,
  full_name text NOT NULL,
  relation text NOT NULL,
  -- Share in basis points; a member's beneficiaries sum to 10,000 (checked in code).
  share_bp integer NOT NULL CHECK (share_bp > 0 AND share_bp <= 10000),
  PRIMARY KEY (group_id, member_no, seq),
  FOREIGN KEY (group_id, member_no) REFERENCES group_member (group_id, member_no)
);

-- คณะกรรมการ: seats on the group's committees, each held by a member for a term.
CREATE TABLE committee_seat (
  group_id uuid NOT NULL,
  seat_no integer NOT NULL,
  committee text NOT NULL CHECK (committee IN ('executive', 'loan', 'audit', 'promotion')),
  role text NOT NULL CHECK (role IN ('chair', 'vice_chair', 'secretary', 'treasurer', 'member')),
  member_no integer NOT NULL,
  term_start date NOT NULL,
  term_end date NOT NULL CHECK (term_end >= term_start),
  PRIMARY KEY (group_id, seat_no),
  FOREIGN KEY (group_id, member_no) REFERENCES group_member (group_id, member_no)
);

-- A savings-group officer's login is scoped to one group within its org unit.
ALTER TABLE role_assignment ADD COLUMN group_id uuid REFERENCES savings_group (id);
ALTER TABLE role_assignment DROP CONSTRAINT role_assignment_user_id_role_org_unit_id_key;
CREATE UNIQUE INDEX role_assignment_unique ON role_assignment (
  user_id, role, org_unit_id, coalesce(group_id, '00000000-0000-0000-0000-000000000000'::uuid)
);
