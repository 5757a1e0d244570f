-- Official external letters (หนังสือภายนอก, ระเบียบงานสารบรรณ): a draft written once, issued as one
-- registered copy per addressee (mail-merge), each copy delivered to its addressee unit's inbox.

-- The book code printed before a unit's running numbers ("พย 0019.1": province prefix, office code,
-- work-group suffix), kept with Arabic digits and printed in Thai digits by the formatter.
CREATE TABLE letter_book (
  org_unit_id text PRIMARY KEY REFERENCES org_unit (id),
  book_code text NOT NULL CHECK (length(trim(book_code)) BETWEEN 1 AND 40),
  updated_by uuid REFERENCES user_account (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One running number per unit, calendar year and series: outgoing letters, circulars ("/ว") and the
-- receive register. Taken with INSERT … ON CONFLICT DO UPDATE … RETURNING, whose row lock makes two
-- concurrent issues wait for each other instead of reading the same last number.
CREATE TABLE letter_counter (
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2999),
  series text NOT NULL CHECK (series IN ('outgoing', 'circular', 'received')),
  last_no integer NOT NULL CHECK (last_no > 0),
  PRIMARY KEY (org_unit_id, year, series)
);

CREATE TABLE letter (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  issuing_unit_id text NOT NULL REFERENCES org_unit (id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  circular boolean NOT NULL,
  urgency text CHECK (urgency IN ('ด่วน', 'ด่วนมาก', 'ด่วนที่สุด')),
  -- ส่วนราชการเจ้าของหนังสือ and its address, printed top right ("ศาลากลางจังหวัดพะเยา").
  office_name text NOT NULL,
  office_address text NOT NULL,
  subject text NOT NULL CHECK (length(trim(subject)) > 0),
  -- The เรียน line and body paragraphs may hold mail-merge placeholders, filled per addressee.
  salutation text NOT NULL CHECK (length(trim(salutation)) > 0),
  body jsonb NOT NULL,
  reference_text text,
  -- [{ "description": text, "quantity": int, "unit": text }]
  enclosures jsonb NOT NULL DEFAULT '[]',
  closing text NOT NULL,
  signer_person_id uuid NOT NULL REFERENCES person (id),
  signer_position text NOT NULL,
  -- "ผู้ว่าราชการจังหวัดพะเยา" when the signer acts for someone (ปฏิบัติราชการแทน).
  signer_acting_for text,
  -- ส่วนราชการเจ้าของเรื่อง, printed bottom left, one line per unit level.
  owner_unit text NOT NULL,
  phone text NOT NULL,
  email text,
  thai_digits boolean NOT NULL DEFAULT true,
  letter_date date,
  issued_at timestamptz,
  issued_by uuid REFERENCES user_account (id),
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'issued') = (letter_date IS NOT NULL AND issued_at IS NOT NULL))
);
CREATE INDEX letter_issuing_unit ON letter (issuing_unit_id, created_at);

CREATE TABLE letter_addressee (
  letter_id uuid NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  position integer NOT NULL CHECK (position > 0),
  PRIMARY KEY (letter_id, org_unit_id),
  UNIQUE (letter_id, position)
);

-- The registered copies: the outgoing register (ทะเบียนหนังสือส่ง) of the issuing unit and, once
-- received, the receive register (ทะเบียนหนังสือรับ) of the addressee. A cancelled number stays.
CREATE TABLE letter_copy (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  letter_id uuid NOT NULL REFERENCES letter (id),
  addressee_unit_id text NOT NULL REFERENCES org_unit (id),
  issuing_unit_id text NOT NULL REFERENCES org_unit (id),
  year integer NOT NULL,
  series text NOT NULL CHECK (series IN ('outgoing', 'circular')),
  running_no integer NOT NULL CHECK (running_no > 0),
  book_code text NOT NULL,
  salutation text NOT NULL,
  body jsonb NOT NULL,
  status text NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'cancelled')),
  cancel_reason text,
  cancelled_at timestamptz,
  cancelled_by uuid REFERENCES user_account (id),
  received_year integer,
  received_no integer CHECK (received_no > 0),
  received_at timestamptz,
  received_by uuid REFERENCES user_account (id),
  UNIQUE (issuing_unit_id, year, series, running_no),
  UNIQUE (letter_id, addressee_unit_id),
  UNIQUE (addressee_unit_id, received_year, received_no),
  CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL)),
  CHECK ((received_no IS NULL) = (received_at IS NULL) AND (received_no IS NULL) = (received_year IS NULL))
);
CREATE INDEX letter_copy_addressee ON letter_copy (addressee_unit_id, id);
CREATE INDEX letter_copy_letter ON letter_copy (letter_id);

-- อ้างถึง may point at an earlier registered copy; its number and date are printed from the register.
ALTER TABLE letter ADD COLUMN reference_copy_id uuid REFERENCES letter_copy (id);

CREATE TABLE letter_attachment (
  letter_id uuid NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
  file_id uuid NOT NULL REFERENCES stored_file (id),
  position integer NOT NULL CHECK (position > 0),
  PRIMARY KEY (letter_id, file_id),
  UNIQUE (letter_id, position)
);
