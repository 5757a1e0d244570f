-- Maintained per-loan position for the arrears dashboards: principal outstanding and the due date of
-- the earliest installment (principal and interest) not yet fully paid, updated in the same
-- transaction as every disbursement, repayment, reversal and write-off. A loan is in arrears on day D
-- when unpaid_since < D; D - unpaid_since is its days overdue. Dashboards read this through the
-- partial index instead of replaying a million loans. group_id leads the key (distribution column).
CREATE TABLE loan_position (
  group_id uuid NOT NULL,
  loan_no integer NOT NULL,
  outstanding bigint NOT NULL CHECK (outstanding >= 0),
  unpaid_since date,
  PRIMARY KEY (group_id, loan_no),
  FOREIGN KEY (group_id, loan_no) REFERENCES loan (group_id, loan_no),
  CHECK ((outstanding = 0) = (unpaid_since IS NULL))
);
CREATE INDEX loan_position_unpaid ON loan_position (unpaid_since, group_id) INCLUDE (outstanding)
  WHERE outstanding > 0;
