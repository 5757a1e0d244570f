-- Each savings group's books: an append-only double-entry journal in integer satang.
-- Amount sign convention: debit > 0, credit < 0; every entry's lines sum to exactly 0.

-- The savings-group chart of accounts (shared by every group). `subledger` says which lines must
-- name a member ('member') or a member's loan ('loan').
CREATE TABLE ledger_account (
  code text PRIMARY KEY,
  name_th text NOT NULL,
  name_en text NOT NULL,
  type text NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
  subledger text NOT NULL CHECK (subledger IN ('none', 'member', 'loan')),
  sort_order integer NOT NULL
);
INSERT INTO ledger_account (code, name_th, name_en, type, subledger, sort_order) VALUES
  ('1101', 'เงินสด', 'Cash', 'asset', 'none', 10),
  ('1102', 'เงินฝากธนาคาร', 'Bank deposits', 'asset', 'none', 20),
  ('1201', 'ลูกหนี้เงินกู้', 'Loans receivable', 'asset', 'loan', 30),
  ('1202', 'ดอกเบี้ยเงินกู้ค้างรับ', 'Interest receivable', 'asset', 'loan', 40),
  ('2101', 'เงินฝากสัจจะพิเศษ', 'Special savings deposits', 'liability', 'member', 110),
  ('2201', 'เงินปันผลค้างจ่าย', 'Dividends payable', 'liability', 'member', 120),
  ('2202', 'เงินเฉลี่ยคืนค้างจ่าย', 'Interest refunds payable', 'liability', 'member', 130),
  ('2203', 'ค่าตอบแทนกรรมการค้างจ่าย', 'Committee pay payable', 'liability', 'none', 140),
  ('2204', 'เงินจ่ายคืนสมาชิกลาออกค้างจ่าย', 'Payable to departed members', 'liability', 'member', 150),
  ('3101', 'เงินสัจจะสะสม', 'Pledged savings (members'' capital)', 'equity', 'member', 210),
  ('3201', 'ทุนสำรอง', 'Reserve', 'equity', 'none', 220),
  ('3202', 'กองทุนสวัสดิการสมาชิก', 'Members'' welfare fund', 'equity', 'none', 230),
  ('3203', 'กองทุนสาธารณประโยชน์', 'Public benefit fund', 'equity', 'none', 240),
  ('3204', 'กองทุนส่งเสริมการศึกษาและพัฒนากลุ่ม', 'Education and development fund', 'equity', 'none', 250),
  ('3301', 'กำไรสุทธิรอการจัดสรร', 'Net profit awaiting allocation', 'equity', 'none', 260),
  ('4101', 'รายได้ดอกเบี้ยเงินกู้', 'Loan interest income', 'income', 'loan', 310),
  ('4102', 'รายได้ค่าปรับ', 'Fines and penalties', 'income', 'none', 320),
  ('4103', 'รายได้ค่าธรรมเนียมแรกเข้า', 'Entry fees', 'income', 'none', 330),
  ('4104', 'ดอกเบี้ยเงินฝากธนาคาร', 'Bank interest', 'income', 'none', 340),
  ('4105', 'รายได้ค่าปรับชำระเงินกู้ล่าช้า', 'Late repayment penalties', 'income', 'loan', 345),
  ('4109', 'รายได้อื่น', 'Other income', 'income', 'none', 350),
  ('5101', 'ดอกเบี้ยจ่ายเงินฝากสัจจะพิเศษ', 'Interest on special savings', 'expense', 'member', 410),
  ('5102', 'ค่าใช้จ่ายดำเนินงาน', 'Operating expenses', 'expense', 'none', 420),
  ('5103', 'หนี้สูญ', 'Bad debts written off', 'expense', 'loan', 430);

-- One row per group: the lock every posting takes (so one group's postings serialize), the next
-- entry number and the last closed posting date.
CREATE TABLE ledger_book (
  group_id uuid PRIMARY KEY REFERENCES savings_group (id),
  next_entry_no bigint NOT NULL DEFAULT 1,
  closed_through date
);

CREATE TABLE journal_entry (
  group_id uuid NOT NULL REFERENCES ledger_book (group_id),
  entry_no bigint NOT NULL,
  -- The civil date the transaction belongs to, separate from when it was recorded.
  posted_on date NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  memo text NOT NULL DEFAULT '',
  member_no integer,
  loan_no integer,
  batch_no bigint,
  reverses_entry_no bigint,
  reason text,
  recorded_by uuid REFERENCES user_account (id),
  PRIMARY KEY (group_id, entry_no),
  FOREIGN KEY (group_id, reverses_entry_no) REFERENCES journal_entry (group_id, entry_no),
  -- An entry is reversed at most once, and a reversal always says why.
  UNIQUE (group_id, reverses_entry_no),
  CHECK ((reverses_entry_no IS NULL) = (kind <> 'reversal')),
  CHECK (kind <> 'reversal' OR length(trim(reason)) > 0)
);
CREATE INDEX journal_entry_posted ON journal_entry (group_id, posted_on);
CREATE INDEX journal_entry_batch ON journal_entry (group_id, batch_no) WHERE batch_no IS NOT NULL;

CREATE TABLE journal_line (
  group_id uuid NOT NULL,
  entry_no bigint NOT NULL,
  line_no smallint NOT NULL,
  account_code text NOT NULL REFERENCES ledger_account (code),
  member_no integer,
  loan_no integer,
  amount bigint NOT NULL CHECK (amount <> 0),
  PRIMARY KEY (group_id, entry_no, line_no),
  FOREIGN KEY (group_id, entry_no) REFERENCES journal_entry (group_id, entry_no),
  FOREIGN KEY (group_id, member_no) REFERENCES group_member (group_id, member_no)
);
CREATE INDEX journal_line_account ON journal_line (group_id, account_code, member_no);
CREATE INDEX journal_line_member ON journal_line (group_id, member_no, entry_no) WHERE member_no IS NOT NULL;
CREATE INDEX journal_line_loan ON journal_line (group_id, loan_no, entry_no) WHERE loan_no IS NOT NULL;

-- Every ledger write's idempotency key with a hash of its request and its first response.
CREATE TABLE ledger_request (
  group_id uuid NOT NULL REFERENCES ledger_book (group_id),
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 200),
  operation text NOT NULL,
  request_hash text NOT NULL,
  response jsonb NOT NULL,
  recorded_by uuid REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, idempotency_key)
);

-- Period closes (month or year): each moves ledger_book.closed_through forward, never back.
CREATE TABLE ledger_period_close (
  group_id uuid NOT NULL REFERENCES ledger_book (group_id),
  closed_through date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('month', 'year')),
  closed_by uuid REFERENCES user_account (id),
  closed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, closed_through)
);

-- The database enforces what the code also checks, so no path around the service can break the books.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger rows are immutable: correct by a reversal' USING ERRCODE = 'P0001';
END
$$;
CREATE TRIGGER journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER journal_entry_no_truncate BEFORE TRUNCATE ON journal_entry
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER journal_line_immutable BEFORE UPDATE OR DELETE ON journal_line
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER journal_line_no_truncate BEFORE TRUNCATE ON journal_line
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

-- No entry dated on or before the group's closed-through date.
CREATE FUNCTION journal_entry_check_open_period() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE closed date;
BEGIN
  SELECT closed_through INTO closed FROM ledger_book WHERE group_id = NEW.group_id;
  IF closed IS NOT NULL AND NEW.posted_on <= closed THEN
    RAISE EXCEPTION 'posting date % is in a closed period (closed through %)', NEW.posted_on, closed
      USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER journal_entry_open_period BEFORE INSERT ON journal_entry
  FOR EACH ROW EXECUTE FUNCTION journal_entry_check_open_period();

-- A line names a member exactly when its account keeps a member or loan subledger.
CREATE FUNCTION journal_line_check_subledger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE sub text;
BEGIN
  SELECT subledger INTO sub FROM ledger_account WHERE code = NEW.account_code;
  IF (sub = 'none' AND (NEW.member_no IS NOT NULL OR NEW.loan_no IS NOT NULL))
     OR (sub = 'member' AND (NEW.member_no IS NULL OR NEW.loan_no IS NOT NULL))
     OR (sub = 'loan' AND (NEW.member_no IS NULL OR NEW.loan_no IS NULL)) THEN
    RAISE EXCEPTION 'line % of entry % does not match the subledger of account %',
      NEW.line_no, NEW.entry_no, NEW.account_code USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER journal_line_subledger BEFORE INSERT ON journal_line
  FOR EACH ROW EXECUTE FUNCTION journal_line_check_subledger();

-- At commit, every entry has at least two lines summing to zero.
CREATE FUNCTION journal_entry_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n integer; total numeric;
BEGIN
  SELECT count(*), coalesce(sum(amount), 0) INTO n, total
    FROM journal_line WHERE group_id = NEW.group_id AND entry_no = NEW.entry_no;
  IF n < 2 OR total <> 0 THEN
    RAISE EXCEPTION 'journal entry % of group % does not balance (% lines, sum %)',
      NEW.entry_no, NEW.group_id, n, total USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER journal_entry_balanced AFTER INSERT ON journal_entry
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_check_balanced();
-- Lines added to an entry in a later transaction are caught the same way.
CREATE CONSTRAINT TRIGGER journal_line_balanced AFTER INSERT ON journal_line
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_check_balanced();
