-- Report requests (seed 001: three report forms with deadlines; seed 003: each district's plan by a
-- date). A provincial or district office defines a form, addresses it to offices under it and
-- tracks who has reported: the DHIS2 pattern of expected reports, a completeness matrix, optional
-- locking after the deadline with per-unit exceptions, and send-back for correction.
CREATE TABLE report_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The issuing office (a province or a district).
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  title text NOT NULL COLLATE thai CHECK (length(title) BETWEEN 1 AND 300),
  instructions text NOT NULL DEFAULT '',
  -- Optional links to the project it serves and the covering letter (หนังสือ) that announced it.
  project_id uuid REFERENCES project (id),
  letter_id uuid REFERENCES letter (id),
  -- The form definition, validated by the requests module (fields, types, required, sums).
  fields jsonb NOT NULL,
  deadline date NOT NULL,
  sent_on date,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'closed')),
  -- DHIS2's rule as an option: once the deadline has passed, a unit that never submitted may no
  -- longer fill the form unless the issuer grants it an exception.
  lock_after_deadline boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'draft') = (sent_on IS NULL)),
  CHECK (sent_on IS NULL OR deadline >= sent_on)
);
CREATE INDEX report_request_org_unit ON report_request (org_unit_id);

-- One row per addressed unit: the "expected" report, then its draft, submission and review.
CREATE TABLE report_submission (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES report_request (id) ON DELETE CASCADE,
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  status text NOT NULL DEFAULT 'expected'
    CHECK (status IN ('expected', 'draft', 'submitted', 'returned', 'accepted')),
  answers jsonb NOT NULL DEFAULT '{}',
  -- Timeliness counts the first submission; a correction after a send-back does not change it.
  first_submitted_at timestamptz,
  late boolean,
  submitted_at timestamptz,
  return_comment text,
  returned_at timestamptz,
  accepted_at timestamptz,
  lock_exception boolean NOT NULL DEFAULT false,
  updated_at timestamptz,
  updated_by uuid REFERENCES user_account (id),
  UNIQUE (request_id, org_unit_id),
  CHECK ((first_submitted_at IS NULL) = (late IS NULL)),
  CHECK (status IN ('expected', 'draft') OR first_submitted_at IS NOT NULL),
  CHECK (status <> 'returned' OR length(return_comment) > 0)
);
CREATE INDEX report_submission_org_unit ON report_submission (org_unit_id);

-- Files and photos attached to a submission's file/photo fields. Reading one follows access to
-- the submission.
CREATE TABLE report_submission_file (
  submission_id uuid NOT NULL REFERENCES report_submission (id) ON DELETE CASCADE,
  field_key text NOT NULL,
  file_id uuid NOT NULL REFERENCES stored_file (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (submission_id, file_id)
);
CREATE INDEX report_submission_file_field ON report_submission_file (submission_id, field_key);
