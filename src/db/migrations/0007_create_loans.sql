-- Loans to members: application → committee decision (maker-checker) → disbursement → repayments
-- (posted in the journal with the loan number) → paid off or written off. Terms are copied from the
-- group's rules at application so a later rule change never rewrites an existing loan.
CREATE TABLE loan (
  group_id uuid NOT NULL REFERENCES savings_group (id),
  loan_no integer NOT NULL CHECK (loan_no > 0),
  member_no integer NOT NULL,
  loan_type text NOT NULL,
  loan_type_name_th text NOT NULL,
  purpose text NOT NULL,
  principal bigint NOT NULL CHECK (principal > 0),
  annual_rate_bp integer NOT NULL CHECK (annual_rate_bp BETWEEN 0 AND 10000),
  method text NOT NULL CHECK (method IN ('flat', 'declining')),
  term_months integer NOT NULL CHECK (term_months BETWEEN 1 AND 360),
  penalty_per_late bigint NOT NULL CHECK (penalty_per_late >= 0),
  applied_on date NOT NULL,
  status text NOT NULL DEFAULT 'applied'
    CHECK (status IN ('applied', 'approved', 'rejected', 'disbursed', 'written_off')),
  entered_by uuid NOT NULL REFERENCES user_account (id),
  decided_by uuid REFERENCES user_account (id),
  decided_on date,
  decision_note text,
  disbursed_on date,
  first_due_on date,
  disbursement_entry_no bigint,
  written_off_on date,
  write_off_entry_no bigint,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (group_id, loan_no),
  FOREIGN KEY (group_id, member_no) REFERENCES group_member (group_id, member_no),
  FOREIGN KEY (group_id, disbursement_entry_no) REFERENCES journal_entry (group_id, entry_no),
  FOREIGN KEY (group_id, write_off_entry_no) REFERENCES journal_entry (group_id, entry_no),
  -- Maker-checker, also in the database: whoever entered a loan cannot decide it.
  CHECK (decided_by IS NULL OR decided_by <> entered_by),
  CHECK ((status = 'disbursed') <= (disbursed_on IS NOT NULL AND first_due_on IS NOT NULL))
);
CREATE INDEX loan_member ON loan (group_id, member_no);

CREATE TABLE loan_guarantor (
  group_id uuid NOT NULL,
  loan_no integer NOT NULL,
  member_no integer NOT NULL,
  PRIMARY KEY (group_id, loan_no, member_no),
  FOREIGN KEY (group_id, loan_no) REFERENCES loan (group_id, loan_no),
  FOREIGN KEY (group_id, member_no) REFERENCES group_member (group_id, member_no)
);
CREATE INDEX loan_guarantor_member ON loan_guarantor (group_id, member_no);
