-- Anomaly flags (issue 9) are computed from the books whenever they are read, so a flag cannot be
-- suppressed by editing a flag table; what is stored is the audit committee's or the district's
-- resolution of a flag, with its note. A resolution names the flag by its rule and subject.
CREATE TABLE anomaly_resolution (
  group_id uuid NOT NULL REFERENCES savings_group (id),
  rule text NOT NULL,
  subject text NOT NULL,
  note text NOT NULL CHECK (length(trim(note)) >= 5),
  resolved_by uuid NOT NULL REFERENCES user_account (id),
  resolved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, rule, subject)
);
