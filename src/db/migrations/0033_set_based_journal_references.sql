-- The journal's references, checked per statement instead of per row (docs/adr/0006). Measured on a
-- district's upload of meeting days (benchmark a, 9,788 entries + 19,576 lines in one statement):
-- the row-level foreign-key triggers (six per member: three per line, three per entry) and the
-- deferred per-entry balance trigger were over half of the insert's time. Every rule still holds
-- for every insert, from any path; what changes is that each is one set-based query per statement:
--   * a line's entry exists, its account exists, and its member (if any) is a member of the group;
--   * an entry's group has a book, and the entry it reverses (if any) exists;
--   * an entry's lines arrive in the same statement as the entry (the ledger writes both in one
--     statement), at least two of them, summing to zero — so no entry is ever without lines;
--   * the referenced rows cannot disappear: books, members and accounts are never deleted and their
--     keys never change (enforced below; nothing in the application deletes them).
-- recorded_by keeps its foreign key: one check per entry, and user accounts have other references.

ALTER TABLE journal_entry DROP CONSTRAINT journal_entry_group_id_fkey;
ALTER TABLE journal_entry DROP CONSTRAINT journal_entry_group_id_reverses_entry_no_fkey;
ALTER TABLE journal_line DROP CONSTRAINT journal_line_account_code_fkey;
ALTER TABLE journal_line DROP CONSTRAINT journal_line_group_id_entry_no_fkey;
ALTER TABLE journal_line DROP CONSTRAINT journal_line_group_id_member_no_fkey;
DROP TRIGGER journal_entry_balanced ON journal_entry;
DROP FUNCTION journal_entry_check_balanced();

CREATE OR REPLACE FUNCTION journal_lines_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE bad record;
BEGIN
  SELECT l.line_no, l.entry_no, l.account_code, a.code IS NULL AS unknown INTO bad
    FROM new_lines l LEFT JOIN ledger_account a ON a.code = l.account_code
   WHERE a.code IS NULL
      OR (a.subledger = 'none' AND (l.member_no IS NOT NULL OR l.loan_no IS NOT NULL))
      OR (a.subledger = 'member' AND (l.member_no IS NULL OR l.loan_no IS NOT NULL))
      OR (a.subledger = 'loan' AND (l.member_no IS NULL OR l.loan_no IS NULL))
   LIMIT 1;
  IF FOUND AND bad.unknown THEN
    RAISE EXCEPTION 'line % of entry %: account % does not exist', bad.line_no, bad.entry_no, bad.account_code
      USING ERRCODE = 'P0001';
  ELSIF FOUND THEN
    RAISE EXCEPTION 'line % of entry % does not match the subledger of account %',
      bad.line_no, bad.entry_no, bad.account_code USING ERRCODE = 'P0001';
  END IF;
  SELECT l.line_no, l.entry_no, l.member_no INTO bad
    FROM new_lines l
   WHERE l.member_no IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM group_member m WHERE m.group_id = l.group_id AND m.member_no = l.member_no)
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'line % of entry %: member % is not a member of the group', bad.line_no, bad.entry_no, bad.member_no
      USING ERRCODE = 'P0001';
  END IF;
  SELECT t.group_id, t.entry_no, t.n, t.total, e.entry_no IS NULL AS orphan INTO bad
    FROM (SELECT group_id, entry_no, count(*) AS n, sum(amount) AS total
            FROM new_lines GROUP BY group_id, entry_no) t
    LEFT JOIN journal_entry e ON e.group_id = t.group_id AND e.entry_no = t.entry_no
   WHERE e.entry_no IS NULL OR t.n < 2 OR t.total <> 0
      OR (SELECT count(*) FROM journal_line j WHERE j.group_id = t.group_id AND j.entry_no = t.entry_no) <> t.n
   LIMIT 1;
  IF FOUND AND bad.orphan THEN
    RAISE EXCEPTION 'lines of entry % of group %: the entry does not exist', bad.entry_no, bad.group_id
      USING ERRCODE = 'P0001';
  ELSIF FOUND THEN
    RAISE EXCEPTION 'journal entry % of group % does not balance (% lines in one statement, sum %, or lines added later)',
      bad.entry_no, bad.group_id, bad.n, bad.total USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END
$$;

-- Replaces 0016's open-period check on new entries, adding the book, reversal and lines checks.
CREATE OR REPLACE FUNCTION journal_entries_check_open_period() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE bad record;
BEGIN
  SELECT e.group_id, e.entry_no, e.posted_on, b.closed_through, b.group_id IS NULL AS no_book INTO bad
    FROM new_entries e LEFT JOIN ledger_book b ON b.group_id = e.group_id
   WHERE b.group_id IS NULL OR (b.closed_through IS NOT NULL AND e.posted_on <= b.closed_through)
   LIMIT 1;
  IF FOUND AND bad.no_book THEN
    RAISE EXCEPTION 'entry % names group %, which has no book', bad.entry_no, bad.group_id USING ERRCODE = 'P0001';
  ELSIF FOUND THEN
    RAISE EXCEPTION 'posting date % is in a closed period (closed through %)', bad.posted_on, bad.closed_through
      USING ERRCODE = 'P0001';
  END IF;
  SELECT e.entry_no, e.reverses_entry_no INTO bad
    FROM new_entries e
   WHERE e.reverses_entry_no IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.group_id = e.group_id AND r.entry_no = e.reverses_entry_no)
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'entry % reverses entry %, which does not exist', bad.entry_no, bad.reverses_entry_no
      USING ERRCODE = 'P0001';
  END IF;
  -- The lines came in this statement (after-statement triggers see all of it); the lines check has
  -- already held them to two or more summing to zero.
  SELECT e.group_id, e.entry_no INTO bad
    FROM new_entries e
   WHERE NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.group_id = e.group_id AND l.entry_no = e.entry_no)
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'journal entry % of group % does not balance (no lines in the statement that wrote it)',
      bad.entry_no, bad.group_id USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END
$$;

-- What the journal refers to stays: no deletes, no key changes.
CREATE FUNCTION journal_referent_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are referred to by the journal: they are never deleted nor re-keyed', TG_TABLE_NAME
    USING ERRCODE = 'P0001';
END
$$;
CREATE TRIGGER ledger_book_keep BEFORE DELETE OR UPDATE OF group_id ON ledger_book
  FOR EACH ROW EXECUTE FUNCTION journal_referent_keep();
CREATE TRIGGER group_member_keep BEFORE DELETE OR UPDATE OF group_id, member_no ON group_member
  FOR EACH ROW EXECUTE FUNCTION journal_referent_keep();
CREATE TRIGGER ledger_account_keep BEFORE DELETE OR UPDATE OF code ON ledger_account
  FOR EACH ROW EXECUTE FUNCTION journal_referent_keep();
CREATE TRIGGER ledger_book_keep_truncate BEFORE TRUNCATE ON ledger_book
  FOR EACH STATEMENT EXECUTE FUNCTION journal_referent_keep();
CREATE TRIGGER group_member_keep_truncate BEFORE TRUNCATE ON group_member
  FOR EACH STATEMENT EXECUTE FUNCTION journal_referent_keep();
CREATE TRIGGER ledger_account_keep_truncate BEFORE TRUNCATE ON ledger_account
  FOR EACH STATEMENT EXECUTE FUNCTION journal_referent_keep();
