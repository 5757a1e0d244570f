-- Idempotency for writes that do not belong to one group's books (registering a group, defining a
-- campaign): the key is the caller's, scoped to their account.
CREATE TABLE request_idempotency (
  user_id uuid NOT NULL REFERENCES user_account (id),
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 200),
  operation text NOT NULL,
  request_hash text NOT NULL,
  response jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, idempotency_key)
);
