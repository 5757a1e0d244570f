-- Maintained roll-up: each group's monthly change in the figures the dashboards show, written in the
-- same transaction as the postings and membership changes that cause it. Summing a group's months up
-- to M gives its figures at the end of M; summing groups under a unit gives the unit's, without
-- scanning the journal. `npm test` checks these against the journal after random operations.
CREATE TABLE group_month_figure (
  group_id uuid NOT NULL REFERENCES savings_group (id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  members integer NOT NULL DEFAULT 0,
  pledged bigint NOT NULL DEFAULT 0,
  special bigint NOT NULL DEFAULT 0,
  outstanding bigint NOT NULL DEFAULT 0,
  lent bigint NOT NULL DEFAULT 0,
  borrowers integer NOT NULL DEFAULT 0,
  PRIMARY KEY (group_id, month)
);

-- Each member's current balances, so a posting knows whether it makes or ends a borrower.
CREATE TABLE member_balance (
  group_id uuid NOT NULL,
  member_no integer NOT NULL,
  pledged bigint NOT NULL DEFAULT 0,
  special bigint NOT NULL DEFAULT 0,
  outstanding bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (group_id, member_no),
  FOREIGN KEY (group_id, member_no) REFERENCES group_member (group_id, member_no)
);
