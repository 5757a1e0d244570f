-- Certificates (เกียรติบัตร) issued to the winners of committee-scored awards and staff role-model
-- elections. Each carries a short random code, printed with a QR code, so anyone holding the paper
-- can check it on the public verification page without an account.
CREATE TABLE certificate (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Issue order, so a source's certificates list in the order the caller gave (e.g. by rank).
  issue_no integer GENERATED ALWAYS AS IDENTITY,
  -- 12 Crockford base32 characters from a crypto random source (60 bits): unguessable, short enough
  -- to type, no I L O U. Stored upper case without separators; lookups normalise what was typed.
  code text NOT NULL UNIQUE CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
  issuer_unit_id text NOT NULL REFERENCES org_unit (id),
  -- The office name as printed; kept so renaming a unit later does not change an issued certificate.
  issuer_name_th text NOT NULL CHECK (length(trim(issuer_name_th)) > 0),
  -- What the certificate was issued for: an award call or an election. No foreign key, as the two
  -- kinds live in different tables; the issuing module owns that link.
  source_kind text NOT NULL CHECK (source_kind IN ('award', 'vote')),
  source_id uuid NOT NULL,
  -- The caller's key for the recipient within the source; re-issuing the same key is a no-op.
  recipient_key text NOT NULL CHECK (length(recipient_key) BETWEEN 1 AND 200),
  person_id uuid REFERENCES person (id),
  recipient_name text NOT NULL COLLATE thai CHECK (length(trim(recipient_name)) > 0),
  honour text NOT NULL CHECK (length(trim(honour)) > 0),
  event_title text NOT NULL CHECK (length(trim(event_title)) > 0),
  signer_name text NOT NULL CHECK (length(trim(signer_name)) > 0),
  signer_position text NOT NULL CHECK (length(trim(signer_position)) > 0),
  issued_on date NOT NULL,
  created_by uuid NOT NULL REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- A revoked certificate is kept (its code must keep answering "revoked", never "unknown").
  revoked_at timestamptz,
  revoked_reason text CHECK (revoked_reason IS NULL OR length(trim(revoked_reason)) > 0),
  revoked_by uuid REFERENCES user_account (id),
  CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL) AND (revoked_at IS NULL) = (revoked_by IS NULL)),
  UNIQUE (source_kind, source_id, recipient_key)
);
CREATE INDEX certificate_issuer_unit ON certificate (issuer_unit_id);
CREATE INDEX certificate_person ON certificate (person_id) WHERE person_id IS NOT NULL;
