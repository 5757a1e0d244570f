-- Uploaded files (report attachments, photos, letter enclosures, evidence), kept in the database so
-- a file and the record that points to it commit or roll back together (no orphan file on disk
-- after a failed write) and every backup carries them. Owning modules link files through their own
-- join tables and decide who may read them.
CREATE TABLE stored_file (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The unit the file was uploaded for; used for scoping and storage accounting.
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  -- Decided from the content, never from the name the uploader gave.
  content_type text NOT NULL,
  byte_size integer NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(content) = byte_size)
);
CREATE INDEX stored_file_org_unit ON stored_file (org_unit_id);
