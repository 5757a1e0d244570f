-- The database's own ledger checks, per statement instead of per row. Measured on a meeting day of
-- ~100 members (benchmark a): the per-row trigger calls (one PL/pgSQL call per entry and per line,
-- plus a deferred balance re-check per line) were most of the posting's database time. The same
-- rules still hold for every insert, from any path:
--   * a line names a member/loan exactly when its account keeps that subledger;
--   * an entry's lines arrive in one statement, at least two of them, summing to zero — so no line
--     can be added to an entry later, and no unbalanced entry is ever visible;
--   * no entry is dated on or before its group's closed-through date;
--   * at commit, every entry has lines (the deferred per-entry trigger from 0006 stays for that).
DROP TRIGGER journal_line_subledger ON journal_line;
DROP FUNCTION journal_line_check_subledger();
DROP TRIGGER journal_line_balanced ON journal_line;
DROP TRIGGER journal_entry_open_period ON journal_entry;
DROP FUNCTION journal_entry_check_open_period();

CREATE FUNCTION journal_lines_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE bad record;
BEGIN
  SELECT l.line_no, l.entry_no, l.account_code INTO bad
    FROM new_lines l JOIN ledger_account a ON a.code = l.account_code
   WHERE (a.subledger = 'none' AND (l.member_no IS NOT NULL OR l.loan_no IS NOT NULL))
      OR (a.subledger = 'member' AND (l.member_no IS NULL OR l.loan_no IS NOT NULL))
      OR (a.subledger = 'loan' AND (l.member_no IS NULL OR l.loan_no IS NULL))
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'line % of entry % does not match the subledger of account %',
      bad.line_no, bad.entry_no, bad.account_code USING ERRCODE = 'P0001';
  END IF;
  SELECT t.group_id, t.entry_no, t.n, t.total INTO bad
    FROM (SELECT group_id, entry_no, count(*) AS n, sum(amount) AS total
            FROM new_lines GROUP BY group_id, entry_no) t
   WHERE t.n < 2 OR t.total <> 0
      OR (SELECT count(*) FROM journal_line j WHERE j.group_id = t.group_id AND j.entry_no = t.entry_no) <> t.n
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'journal entry % of group % does not balance (% lines in one statement, sum %, or lines added later)',
      bad.entry_no, bad.group_id, bad.n, bad.total USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER journal_line_checks AFTER INSERT ON journal_line
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION journal_lines_check();

CREATE FUNCTION journal_entries_check_open_period() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE bad record;
BEGIN
  SELECT e.posted_on, b.closed_through INTO bad
    FROM new_entries e JOIN ledger_book b ON b.group_id = e.group_id
   WHERE b.closed_through IS NOT NULL AND e.posted_on <= b.closed_through
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'posting date % is in a closed period (closed through %)', bad.posted_on, bad.closed_through
      USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER journal_entry_open_period AFTER INSERT ON journal_entry
  REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION journal_entries_check_open_period();
