-- Staff savings fund (seed 000, ออมวันละบาท): a provincial office's staff save at least 1 baht a
-- day in piggy banks; each bank is counted before two witnesses and booked, the cash is banked, and
-- the fund pays assistance to households. The fund keeps its own double-entry books, a journal of
-- the same shape and rules as the savings groups' (migration 0006, 0016) in its own key space,
-- fund_id (docs/adr/0005-staff-fund-books.md). Amount sign convention: debit > 0, credit < 0.

CREATE TABLE fund_account (
  code text PRIMARY KEY,
  name_th text NOT NULL,
  name_en text NOT NULL,
  type text NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
  -- 'participant': every line names the participant whose savings it is.
  subledger text NOT NULL CHECK (subledger IN ('none', 'participant')),
  sort_order integer NOT NULL
);
INSERT INTO fund_account (code, name_th, name_en, type, subledger, sort_order) VALUES
  ('1101', 'เงินสดจากกระปุกออมสินรอนำฝาก', 'Piggy-bank cash awaiting deposit', 'asset', 'none', 10),
  ('1102', 'เงินฝากธนาคาร', 'Bank deposit', 'asset', 'none', 20),
  ('3101', 'เงินออมของผู้เข้าร่วมโครงการ', 'Participants'' savings', 'equity', 'participant', 30),
  ('5101', 'เงินช่วยเหลือครัวเรือนเป้าหมาย', 'Assistance paid to target households', 'expense', 'none', 40);

-- The fund; its row is also the book every posting locks (like ledger_book for a group).
CREATE TABLE staff_fund (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The office that runs it (a province office); its subtree's staff may take part.
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  project_id uuid REFERENCES project (id),
  name_th text NOT NULL COLLATE thai CHECK (length(trim(name_th)) > 0),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  -- The pledge (สัจจะ) every participant makes, per day, in satang: at least 1 baht.
  pledge_per_day bigint NOT NULL CHECK (pledge_per_day >= 100),
  -- The project's quantitative indicator (seed 000: 91 people).
  target_participants integer NOT NULL CHECK (target_participants > 0),
  bank_name text NOT NULL CHECK (length(trim(bank_name)) > 0),
  bank_account_no text NOT NULL CHECK (length(trim(bank_account_no)) > 0),
  next_entry_no bigint NOT NULL DEFAULT 1,
  -- The report request through which the districts send their assistance proposals.
  proposal_request_id uuid REFERENCES report_request (id),
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX staff_fund_org_unit ON staff_fund (org_unit_id);

CREATE TABLE fund_participant (
  fund_id uuid NOT NULL REFERENCES staff_fund (id),
  participant_no integer NOT NULL CHECK (participant_no > 0),
  person_id uuid NOT NULL REFERENCES person (id),
  -- The office the person worked in when joining: savings are reported by this unit.
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  joined_on date NOT NULL,
  recorded_by uuid REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (fund_id, participant_no),
  UNIQUE (fund_id, person_id),
  -- Lets a count name the participant's person, so the database can tell witness from participant.
  UNIQUE (fund_id, participant_no, person_id)
);

CREATE TABLE fund_journal_entry (
  fund_id uuid NOT NULL REFERENCES staff_fund (id),
  entry_no bigint NOT NULL,
  posted_on date NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL CHECK (kind IN ('collection', 'deposit', 'payout', 'reversal')),
  memo text NOT NULL DEFAULT '',
  reverses_entry_no bigint,
  reason text,
  recorded_by uuid REFERENCES user_account (id),
  PRIMARY KEY (fund_id, entry_no),
  FOREIGN KEY (fund_id, reverses_entry_no) REFERENCES fund_journal_entry (fund_id, entry_no),
  UNIQUE (fund_id, reverses_entry_no),
  CHECK ((reverses_entry_no IS NULL) = (kind <> 'reversal')),
  CHECK (kind <> 'reversal' OR length(trim(reason)) > 0)
);
CREATE INDEX fund_journal_entry_posted ON fund_journal_entry (fund_id, posted_on);

CREATE TABLE fund_journal_line (
  fund_id uuid NOT NULL,
  entry_no bigint NOT NULL,
  line_no smallint NOT NULL,
  account_code text NOT NULL REFERENCES fund_account (code),
  participant_no integer,
  amount bigint NOT NULL CHECK (amount <> 0),
  PRIMARY KEY (fund_id, entry_no, line_no),
  FOREIGN KEY (fund_id, entry_no) REFERENCES fund_journal_entry (fund_id, entry_no),
  FOREIGN KEY (fund_id, participant_no) REFERENCES fund_participant (fund_id, participant_no)
);
CREATE INDEX fund_journal_line_account ON fund_journal_line (fund_id, account_code, participant_no);

-- A collection event: the piggy banks that came back on one day, each counted before two witnesses.
CREATE TABLE fund_collection (
  fund_id uuid NOT NULL REFERENCES staff_fund (id),
  collection_no integer NOT NULL CHECK (collection_no > 0),
  collected_on date NOT NULL,
  place text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  entry_no bigint NOT NULL,
  recorded_by uuid REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (fund_id, collection_no),
  UNIQUE (fund_id, entry_no),
  FOREIGN KEY (fund_id, entry_no) REFERENCES fund_journal_entry (fund_id, entry_no)
);

CREATE TABLE fund_count (
  fund_id uuid NOT NULL,
  collection_no integer NOT NULL,
  participant_no integer NOT NULL,
  participant_person_id uuid NOT NULL,
  -- An empty bank is counted too (0): the statement shows it came back.
  amount bigint NOT NULL CHECK (amount >= 0),
  witness1_person_id uuid NOT NULL REFERENCES person (id),
  witness2_person_id uuid NOT NULL REFERENCES person (id),
  PRIMARY KEY (fund_id, collection_no, participant_no),
  FOREIGN KEY (fund_id, collection_no) REFERENCES fund_collection (fund_id, collection_no),
  FOREIGN KEY (fund_id, participant_no, participant_person_id)
    REFERENCES fund_participant (fund_id, participant_no, person_id),
  -- Two different witnesses, neither of them the saver.
  CHECK (witness1_person_id <> witness2_person_id),
  CHECK (witness1_person_id <> participant_person_id AND witness2_person_id <> participant_person_id)
);

CREATE TABLE fund_deposit (
  fund_id uuid NOT NULL REFERENCES staff_fund (id),
  deposit_no integer NOT NULL CHECK (deposit_no > 0),
  deposited_on date NOT NULL,
  -- The bank's pay-in slip (ใบนำฝาก) reference.
  slip_ref text NOT NULL CHECK (length(trim(slip_ref)) > 0),
  amount bigint NOT NULL CHECK (amount > 0),
  entry_no bigint NOT NULL,
  recorded_by uuid REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (fund_id, deposit_no),
  UNIQUE (fund_id, slip_ref),
  UNIQUE (fund_id, entry_no),
  FOREIGN KEY (fund_id, entry_no) REFERENCES fund_journal_entry (fund_id, entry_no)
);

-- The books and the records they post are append-only; corrections are reversal entries. The
-- savings ledger's refusal function is generic and shared.
CREATE TRIGGER fund_journal_entry_immutable BEFORE UPDATE OR DELETE ON fund_journal_entry
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER fund_journal_entry_no_truncate BEFORE TRUNCATE ON fund_journal_entry
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER fund_journal_line_immutable BEFORE UPDATE OR DELETE ON fund_journal_line
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER fund_journal_line_no_truncate BEFORE TRUNCATE ON fund_journal_line
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER fund_collection_immutable BEFORE UPDATE OR DELETE ON fund_collection
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER fund_count_immutable BEFORE UPDATE OR DELETE ON fund_count
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER fund_deposit_immutable BEFORE UPDATE OR DELETE ON fund_deposit
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();

-- Per statement, as the savings journal since 0016: lines match their account's subledger; an
-- entry's lines arrive in one statement, at least two, summing to zero; and afterwards neither the
-- cash awaiting deposit, nor the bank, nor any participant's savings is below zero.
CREATE FUNCTION fund_journal_lines_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE bad record;
BEGIN
  SELECT l.line_no, l.entry_no, l.account_code INTO bad
    FROM new_lines l JOIN fund_account a ON a.code = l.account_code
   WHERE (a.subledger = 'none') <> (l.participant_no IS NULL)
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'fund line % of entry % does not match the subledger of account %',
      bad.line_no, bad.entry_no, bad.account_code USING ERRCODE = 'P0001';
  END IF;
  SELECT t.fund_id, t.entry_no, t.n, t.total INTO bad
    FROM (SELECT fund_id, entry_no, count(*) AS n, sum(amount) AS total
            FROM new_lines GROUP BY fund_id, entry_no) t
   WHERE t.n < 2 OR t.total <> 0
      OR (SELECT count(*) FROM fund_journal_line j WHERE j.fund_id = t.fund_id AND j.entry_no = t.entry_no) <> t.n
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'fund entry % of fund % does not balance (% lines in one statement, sum %, or lines added later)',
      bad.entry_no, bad.fund_id, bad.n, bad.total USING ERRCODE = 'P0001';
  END IF;
  SELECT j.fund_id, j.account_code, j.participant_no, sum(j.amount) AS balance INTO bad
    FROM fund_journal_line j
   WHERE (j.fund_id, j.account_code, coalesce(j.participant_no, 0)) IN
         (SELECT DISTINCT fund_id, account_code, coalesce(participant_no, 0) FROM new_lines
           WHERE account_code IN ('1101', '1102', '3101'))
   GROUP BY j.fund_id, j.account_code, j.participant_no
  HAVING (j.account_code IN ('1101', '1102') AND sum(j.amount) < 0)
      OR (j.account_code = '3101' AND sum(j.amount) > 0)
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'fund % account % (participant %) would go below zero (%)',
      bad.fund_id, bad.account_code, bad.participant_no, bad.balance USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER fund_journal_line_checks AFTER INSERT ON fund_journal_line
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION fund_journal_lines_check();

-- At commit, every entry has its lines (an entry inserted without any is caught here).
CREATE FUNCTION fund_journal_entry_check_lines() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  SELECT count(*) INTO n FROM fund_journal_line WHERE fund_id = NEW.fund_id AND entry_no = NEW.entry_no;
  IF n < 2 THEN
    RAISE EXCEPTION 'fund entry % of fund % has % lines', NEW.entry_no, NEW.fund_id, n USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER fund_journal_entry_has_lines AFTER INSERT ON fund_journal_entry
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fund_journal_entry_check_lines();
