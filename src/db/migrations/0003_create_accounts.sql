-- Login accounts, scoped role grants and sessions.
CREATE TABLE user_account (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL UNIQUE REFERENCES person (id),
  username text NOT NULL UNIQUE CHECK (username = lower(username) AND username ~ '^[a-z0-9._-]{3,64}$'),
  password_hash text NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  must_change_password boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  password_changed_at timestamptz NOT NULL DEFAULT now()
);

-- A role held over an org unit's whole subtree. Per-group, per-committee and per-vote grants
-- (savings-group officer, judge, voter) add their own scope columns when those modules land.
CREATE TABLE role_assignment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  role text NOT NULL,
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, role, org_unit_id)
);

CREATE TABLE user_session (
  -- sha256 of the cookie token: a leaked table does not yield usable sessions.
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_id);
