-- A member's passbook QR (issue 9): a link to a read-only page of their own balances, opened with
-- their citizen ID. One live link per member; issuing again replaces it (the old QR stops working).
-- Only the token's SHA-256 is kept, so the table alone opens nothing.
CREATE TABLE member_passbook_link (
  group_id uuid NOT NULL,
  member_no integer NOT NULL,
  token_hash text NOT NULL UNIQUE,
  issued_by uuid NOT NULL REFERENCES user_account (id),
  issued_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, member_no),
  FOREIGN KEY (group_id, member_no) REFERENCES group_member (group_id, member_no)
);
