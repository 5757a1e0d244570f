-- Org hierarchy: department → province → district (amphoe / Bangkok khet) → subdistrict → village,
-- plus a provincial office's work groups. The materialized `path` makes "everything under this
-- unit" one indexed prefix query.
CREATE COLLATION IF NOT EXISTS thai (provider = icu, locale = 'th-TH');

CREATE TABLE org_unit (
  -- Official interior-ministry geocode where one exists ('52', '5201', '520101', '52010103' for
  -- หมู่ 3); 'TH' for the department; '<province>-wg<n>' for a provincial work group.
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('department', 'province', 'district', 'subdistrict', 'village', 'work_group')),
  parent_id text REFERENCES org_unit (id),
  path text NOT NULL UNIQUE,
  name_th text NOT NULL COLLATE thai,
  name_en text,
  -- อักษรย่อ used in official letter numbers (ลป ๐๐๑๙.๔/ว ๔๕๐); provinces only.
  letter_prefix text,
  -- Whether a Community Development office sits here (76 provinces: not Bangkok; 878 amphoe).
  has_office boolean NOT NULL DEFAULT false,
  village_no integer CHECK (village_no IS NULL OR village_no > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'department') = (parent_id IS NULL)),
  CHECK (path LIKE '/%/')
);
CREATE INDEX org_unit_path_prefix ON org_unit (path text_pattern_ops);
CREATE INDEX org_unit_parent ON org_unit (parent_id);
