-- District roll-ups for the national and provincial dashboards: the same figures as
-- group_month_figure summed per district (878 × months rows instead of 31,715 × months), the groups
-- founded per month, and the groups at each development level now.
--
-- Kept by triggers on the group-level tables rather than by the posting code, so every writer —
-- postings, membership changes, group registration, and the national generator's bulk load, which
-- runs with session_replication_role = replica (hence ENABLE ALWAYS) — keeps them in step without
-- knowing they exist. The triggers are statement-level with transition tables: one aggregated
-- upsert per statement, however many group rows it touched.
--
-- Lock contention: two groups of one district that post in the same month update the same
-- district row, so the second waits for the first to commit. The update happens inside
-- maintainFigures as the last roll-up write of a posting, so it is held only for the end of the
-- transaction (the audit row, the idempotency record and the commit — a few milliseconds); a
-- district's ~36 groups each post a few times a month. Rows are upserted in key order so two
-- postings never deadlock on them.
CREATE TABLE district_month_figure (
  district_id text NOT NULL REFERENCES org_unit (id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  groups integer NOT NULL DEFAULT 0,
  members integer NOT NULL DEFAULT 0,
  pledged bigint NOT NULL DEFAULT 0,
  special bigint NOT NULL DEFAULT 0,
  outstanding bigint NOT NULL DEFAULT 0,
  lent bigint NOT NULL DEFAULT 0,
  borrowers integer NOT NULL DEFAULT 0,
  PRIMARY KEY (district_id, month)
);

-- Groups per current development level (the latest group_level row); level 0 is never stored:
-- groups without a level are the district's groups minus these.
CREATE TABLE district_group_level (
  district_id text NOT NULL REFERENCES org_unit (id),
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
  groups integer NOT NULL DEFAULT 0,
  PRIMARY KEY (district_id, level)
);

-- A group always sits at a subdistrict or village, so its district is the 4th path segment.
CREATE FUNCTION group_district(gid uuid) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT split_part(o.path, '/', 4) FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id WHERE g.id = gid
$$;

CREATE FUNCTION district_month_figure_add(
  d text, m date, g integer, mem integer, pl bigint, sp bigint, os bigint, le bigint, bo integer
) RETURNS void LANGUAGE sql AS $$
  INSERT INTO district_month_figure AS f (district_id, month, groups, members, pledged, special, outstanding, lent, borrowers)
  VALUES (d, m, g, mem, pl, sp, os, le, bo)
  ON CONFLICT (district_id, month) DO UPDATE SET
    groups = f.groups + excluded.groups, members = f.members + excluded.members,
    pledged = f.pledged + excluded.pledged, special = f.special + excluded.special,
    outstanding = f.outstanding + excluded.outstanding, lent = f.lent + excluded.lent,
    borrowers = f.borrowers + excluded.borrowers
$$;

CREATE FUNCTION group_month_figure_to_district() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM district_month_figure_add(x.district_id, x.month, 0, x.members::int, x.pledged::bigint,
      x.special::bigint, x.outstanding::bigint, x.lent::bigint, x.borrowers::int)
    FROM (
      SELECT group_district(n.group_id) AS district_id, n.month, sum(n.members) AS members, sum(n.pledged) AS pledged,
        sum(n.special) AS special, sum(n.outstanding) AS outstanding, sum(n.lent) AS lent, sum(n.borrowers) AS borrowers
      FROM new_rows n GROUP BY 1, 2 ORDER BY 1, 2
    ) x;
  ELSE
    PERFORM district_month_figure_add(x.district_id, x.month, 0, x.members::int, x.pledged::bigint,
      x.special::bigint, x.outstanding::bigint, x.lent::bigint, x.borrowers::int)
    FROM (
      SELECT group_district(n.group_id) AS district_id, n.month, sum(n.members - o.members) AS members,
        sum(n.pledged - o.pledged) AS pledged, sum(n.special - o.special) AS special,
        sum(n.outstanding - o.outstanding) AS outstanding, sum(n.lent - o.lent) AS lent,
        sum(n.borrowers - o.borrowers) AS borrowers
      FROM new_rows n JOIN old_rows o ON o.group_id = n.group_id AND o.month = n.month
      GROUP BY 1, 2 ORDER BY 1, 2
    ) x;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER group_month_figure_district_insert AFTER INSERT ON group_month_figure
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION group_month_figure_to_district();
CREATE TRIGGER group_month_figure_district_update AFTER UPDATE ON group_month_figure
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION group_month_figure_to_district();
ALTER TABLE group_month_figure ENABLE ALWAYS TRIGGER group_month_figure_district_insert;
ALTER TABLE group_month_figure ENABLE ALWAYS TRIGGER group_month_figure_district_update;

-- Groups count from the month they were founded (savings_group rows are never updated or deleted).
CREATE FUNCTION savings_group_to_district() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM district_month_figure_add(x.district_id, x.month, x.n::int, 0, 0, 0, 0, 0, 0)
  FROM (
    SELECT split_part(o.path, '/', 4) AS district_id, date_trunc('month', n.founded_on)::date AS month, count(*) AS n
    FROM new_rows n JOIN org_unit o ON o.id = n.org_unit_id GROUP BY 1, 2 ORDER BY 1, 2
  ) x;
  RETURN NULL;
END $$;
CREATE TRIGGER savings_group_district AFTER INSERT ON savings_group
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION savings_group_to_district();
ALTER TABLE savings_group ENABLE ALWAYS TRIGGER savings_group_district;

-- A group's current level is its latest group_level row: compare each touched group's latest row
-- before the statement (rows not in new_rows) with its latest row after it.
CREATE FUNCTION group_level_to_district() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH touched AS (SELECT DISTINCT group_id FROM new_rows),
  change AS (
    SELECT group_district(t.group_id) AS district_id,
      (SELECT l.level FROM group_level l WHERE l.group_id = t.group_id
        AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.group_id = l.group_id AND n.effective_on = l.effective_on)
        ORDER BY l.effective_on DESC LIMIT 1) AS was,
      (SELECT l.level FROM group_level l WHERE l.group_id = t.group_id ORDER BY l.effective_on DESC LIMIT 1) AS now
    FROM touched t
  ),
  delta AS (
    SELECT district_id, level, sum(d) AS d FROM (
      SELECT district_id, was AS level, -1 AS d FROM change WHERE was IS NOT NULL AND was IS DISTINCT FROM now
      UNION ALL
      SELECT district_id, now, 1 FROM change WHERE now IS NOT NULL AND was IS DISTINCT FROM now
    ) x GROUP BY 1, 2
  )
  INSERT INTO district_group_level AS f (district_id, level, groups)
  SELECT district_id, level, d FROM delta ORDER BY 1, 2
  ON CONFLICT (district_id, level) DO UPDATE SET groups = f.groups + excluded.groups;
  RETURN NULL;
END $$;
CREATE TRIGGER group_level_district AFTER INSERT ON group_level
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION group_level_to_district();
ALTER TABLE group_level ENABLE ALWAYS TRIGGER group_level_district;

-- What exists already.
INSERT INTO district_month_figure (district_id, month, groups, members, pledged, special, outstanding, lent, borrowers)
SELECT district_id, month, sum(groups), sum(members), sum(pledged), sum(special), sum(outstanding), sum(lent), sum(borrowers)
FROM (
  SELECT split_part(o.path, '/', 4) AS district_id, f.month, 0 AS groups, f.members, f.pledged, f.special,
    f.outstanding, f.lent, f.borrowers
  FROM group_month_figure f JOIN savings_group g ON g.id = f.group_id JOIN org_unit o ON o.id = g.org_unit_id
  UNION ALL
  SELECT split_part(o.path, '/', 4), date_trunc('month', g.founded_on)::date, 1, 0, 0, 0, 0, 0, 0
  FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
) x
GROUP BY district_id, month;

INSERT INTO district_group_level (district_id, level, groups)
SELECT group_district(c.group_id), c.level, count(*)
FROM (SELECT DISTINCT ON (group_id) group_id, level FROM group_level ORDER BY group_id, effective_on DESC) c
GROUP BY 1, 2;
