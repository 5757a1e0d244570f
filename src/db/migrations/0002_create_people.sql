-- People are records, never retyped: letters, committees and accounts point at a person.
CREATE TABLE position (
  code text PRIMARY KEY,
  name_th text NOT NULL,
  is_staff boolean NOT NULL,
  sort_order integer NOT NULL
);

CREATE TABLE network (
  code text PRIMARY KEY,
  abbr_th text NOT NULL,
  name_th text NOT NULL,
  sort_order integer NOT NULL
);

CREATE TABLE person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  first_name text NOT NULL COLLATE thai,
  last_name text NOT NULL COLLATE thai,
  thai_id char(13) UNIQUE CHECK (thai_id ~ '^[0-9]{13}$'),
  position_code text REFERENCES position (code),
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  phone text,
  email text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (length(trim(first_name)) > 0 AND length(trim(last_name)) > 0)
);
CREATE INDEX person_org_unit ON person (org_unit_id);
CREATE INDEX person_name ON person (first_name, last_name);

CREATE TABLE person_network (
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  network_code text NOT NULL REFERENCES network (code),
  PRIMARY KEY (person_id, network_code)
);
