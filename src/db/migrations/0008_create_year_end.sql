-- Year-end closes (ปิดบัญชีประจำปี): one row per group and closing date. `computation` keeps every
-- member's inputs and results exactly as posted, so a member's statement can be shown years later
-- without recomputing it under rules or data that may have changed since.
CREATE TABLE year_end_close (
  group_id uuid NOT NULL REFERENCES ledger_book (group_id),
  through date NOT NULL,
  period_from date NOT NULL,
  net_profit bigint NOT NULL,
  interest_entry_no bigint,
  closing_entry_no bigint,
  allocation_entry_no bigint,
  computation jsonb NOT NULL,
  closed_by uuid REFERENCES user_account (id),
  closed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, through),
  CHECK (period_from <= through),
  -- A year-end close is always also a period close: the books are locked through the same date.
  FOREIGN KEY (group_id, through) REFERENCES ledger_period_close (group_id, closed_through),
  FOREIGN KEY (group_id, interest_entry_no) REFERENCES journal_entry (group_id, entry_no),
  FOREIGN KEY (group_id, closing_entry_no) REFERENCES journal_entry (group_id, entry_no),
  FOREIGN KEY (group_id, allocation_entry_no) REFERENCES journal_entry (group_id, entry_no)
);

-- What was closed stays as it was: like the journal, the record is never edited or deleted.
CREATE TRIGGER year_end_close_immutable BEFORE UPDATE OR DELETE ON year_end_close
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
