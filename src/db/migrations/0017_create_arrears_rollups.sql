-- Arrears roll-ups for the dashboards. Reading loan_position directly meant joining every overdue
-- loan (up to all ~1 M nationally) to its loan, group and org unit: ~15 s for the national page. A
-- loan is overdue on day D when unpaid_since < D, and its aging bucket is D - unpaid_since, so
-- keeping the sums per district and unpaid_since answers any day exactly from a few rows per
-- district:
--   district_arrears: loans with principal outstanding, their principal, and borrowers — a borrower
--     counted once, at the oldest unpaid_since among their loans (member_arrears keeps that date).
-- Kept by statement-level triggers on loan_position (ENABLE ALWAYS, so the generator's bulk load in
-- replica mode keeps them too), one aggregated upsert per statement. District rows are upserted in
-- key order, so two postings never deadlock on them; a posting holds them until its commit, like
-- district_month_figure (0013).
CREATE TABLE member_arrears (
  group_id uuid NOT NULL,
  member_no integer NOT NULL,
  unpaid_since date NOT NULL,
  PRIMARY KEY (group_id, member_no),
  FOREIGN KEY (group_id, member_no) REFERENCES group_member (group_id, member_no)
);

CREATE TABLE district_arrears (
  district_id text NOT NULL REFERENCES org_unit (id),
  unpaid_since date NOT NULL,
  loans integer NOT NULL DEFAULT 0,
  outstanding bigint NOT NULL DEFAULT 0,
  borrowers integer NOT NULL DEFAULT 0,
  PRIMARY KEY (district_id, unpaid_since)
);

CREATE FUNCTION loan_position_to_arrears() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Loans and principal per district and date: add the new state, take away the old.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO district_arrears AS a (district_id, unpaid_since, loans, outstanding)
    SELECT split_part(o.path, '/', 4), n.unpaid_since, count(*), sum(n.outstanding)
    FROM new_rows n JOIN savings_group g ON g.id = n.group_id JOIN org_unit o ON o.id = g.org_unit_id
    WHERE n.outstanding > 0
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (district_id, unpaid_since) DO UPDATE
      SET loans = a.loans + excluded.loans, outstanding = a.outstanding + excluded.outstanding;
  ELSE
    INSERT INTO district_arrears AS a (district_id, unpaid_since, loans, outstanding)
    SELECT split_part(o.path, '/', 4), c.day, sum(c.sign), sum(c.sign * c.outstanding)
    FROM (
      SELECT n.group_id, n.unpaid_since AS day, 1 AS sign, n.outstanding
      FROM new_rows n JOIN old_rows p ON p.group_id = n.group_id AND p.loan_no = n.loan_no
      WHERE n.outstanding > 0 AND (n.outstanding, n.unpaid_since) IS DISTINCT FROM (p.outstanding, p.unpaid_since)
      UNION ALL
      SELECT p.group_id, p.unpaid_since, -1, p.outstanding
      FROM new_rows n JOIN old_rows p ON p.group_id = n.group_id AND p.loan_no = n.loan_no
      WHERE p.outstanding > 0 AND (n.outstanding, n.unpaid_since) IS DISTINCT FROM (p.outstanding, p.unpaid_since)
    ) c JOIN savings_group g ON g.id = c.group_id JOIN org_unit o ON o.id = g.org_unit_id
    GROUP BY 1, 2 HAVING sum(c.sign) <> 0 OR sum(c.sign * c.outstanding) <> 0
    ORDER BY 1, 2
    ON CONFLICT (district_id, unpaid_since) DO UPDATE
      SET loans = a.loans + excluded.loans, outstanding = a.outstanding + excluded.outstanding;
  END IF;

  -- Borrowers: each touched member's oldest unpaid_since now, against what member_arrears held.
  WITH touched AS (
    SELECT DISTINCT l.group_id, l.member_no
    FROM new_rows n JOIN loan l ON l.group_id = n.group_id AND l.loan_no = n.loan_no
  ), t AS (
    SELECT t.group_id, t.member_no, split_part(o.path, '/', 4) AS district_id, m.unpaid_since AS was,
      (SELECT min(p.unpaid_since) FROM loan l JOIN loan_position p ON p.group_id = l.group_id AND p.loan_no = l.loan_no
        WHERE l.group_id = t.group_id AND l.member_no = t.member_no AND p.outstanding > 0) AS now
    FROM touched t
    JOIN savings_group g ON g.id = t.group_id JOIN org_unit o ON o.id = g.org_unit_id
    LEFT JOIN member_arrears m ON m.group_id = t.group_id AND m.member_no = t.member_no
  ), gone AS (
    DELETE FROM member_arrears m USING t
    WHERE m.group_id = t.group_id AND m.member_no = t.member_no AND t.now IS NULL
  ), kept AS (
    INSERT INTO member_arrears AS m (group_id, member_no, unpaid_since)
    SELECT group_id, member_no, now FROM t WHERE now IS NOT NULL AND now IS DISTINCT FROM was
    ORDER BY 1, 2
    ON CONFLICT (group_id, member_no) DO UPDATE SET unpaid_since = excluded.unpaid_since
  )
  INSERT INTO district_arrears AS a (district_id, unpaid_since, borrowers)
  SELECT district_id, day, sum(d) FROM (
    SELECT district_id, was AS day, -1 AS d FROM t WHERE was IS NOT NULL AND was IS DISTINCT FROM now
    UNION ALL
    SELECT district_id, now, 1 FROM t WHERE now IS NOT NULL AND was IS DISTINCT FROM now
  ) x GROUP BY 1, 2 HAVING sum(d) <> 0
  ORDER BY 1, 2
  ON CONFLICT (district_id, unpaid_since) DO UPDATE SET borrowers = a.borrowers + excluded.borrowers;
  RETURN NULL;
END $$;

CREATE TRIGGER loan_position_arrears_insert AFTER INSERT ON loan_position
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION loan_position_to_arrears();
CREATE TRIGGER loan_position_arrears_update AFTER UPDATE ON loan_position
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION loan_position_to_arrears();
ALTER TABLE loan_position ENABLE ALWAYS TRIGGER loan_position_arrears_insert;
ALTER TABLE loan_position ENABLE ALWAYS TRIGGER loan_position_arrears_update;

-- What exists already.
INSERT INTO member_arrears (group_id, member_no, unpaid_since)
SELECT l.group_id, l.member_no, min(p.unpaid_since)
FROM loan_position p JOIN loan l ON l.group_id = p.group_id AND l.loan_no = p.loan_no
WHERE p.outstanding > 0
GROUP BY 1, 2;

INSERT INTO district_arrears (district_id, unpaid_since, loans, outstanding, borrowers)
SELECT split_part(o.path, '/', 4), x.unpaid_since, sum(x.loans), sum(x.outstanding), sum(x.borrowers)
FROM (
  SELECT group_id, unpaid_since, 1 AS loans, outstanding, 0 AS borrowers FROM loan_position WHERE outstanding > 0
  UNION ALL
  SELECT group_id, unpaid_since, 0, 0, 1 FROM member_arrears
) x
JOIN savings_group g ON g.id = x.group_id JOIN org_unit o ON o.id = g.org_unit_id
GROUP BY 1, 2;
