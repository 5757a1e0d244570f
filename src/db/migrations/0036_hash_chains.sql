-- Tamper evidence (docs/adr/0007). Each group's journal and each org unit's audit trail is a hash
-- chain: a record's hash is SHA-256 of the previous record's hash followed by the record's canonical
-- text, so changing, removing or inserting any record breaks every link from it on, and the book's
-- head hash (printed on statements) stops matching. `npm run cli -- verify` recomputes the chains.
--
-- The canonical texts are defined here, once. The ledger builds the same text in the application
-- for the entries it writes (src/modules/ledger/entry-chain.ts: a test compares the two on random
-- entries); audit records are hashed by the trigger below, so no caller can skip or forge one.
-- Free text is hex-encoded and null written '~', so no two different records share a text.

CREATE FUNCTION chain_genesis() RETURNS bytea LANGUAGE sql IMMUTABLE AS $$ SELECT decode(repeat('00', 32), 'hex') $$;

CREATE FUNCTION chain_text(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(encode(convert_to(v, 'UTF8'), 'hex'), '~')
$$;

CREATE FUNCTION chain_num(v bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(v::text, '~') $$;

CREATE FUNCTION chain_time(v timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(v AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

-- An entry with its lines in line order.
CREATE FUNCTION journal_entry_canonical(e journal_entry) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws('|', 'E', e.group_id::text, e.entry_no::text, to_char(e.posted_on, 'YYYY-MM-DD'),
           chain_time(e.recorded_at), chain_text(e.kind), chain_text(e.memo), chain_num(e.member_no),
           chain_num(e.loan_no), chain_num(e.batch_no), chain_num(e.reverses_entry_no), chain_text(e.reason),
           coalesce(e.recorded_by::text, '~'))
      || coalesce((SELECT string_agg(concat_ws('|', E'\nL', l.line_no::text, chain_text(l.account_code),
                                               chain_num(l.member_no), chain_num(l.loan_no), l.amount::text),
                                     '' ORDER BY l.line_no)
                     FROM journal_line l WHERE l.group_id = e.group_id AND l.entry_no = e.entry_no), '')
$$;

ALTER TABLE journal_entry ADD COLUMN hash bytea;
ALTER TABLE ledger_book ADD COLUMN head_hash bytea NOT NULL DEFAULT chain_genesis();

-- Entries written before this migration are chained in entry order, once.
ALTER TABLE journal_entry DISABLE TRIGGER journal_entry_immutable;
DO $$
DECLARE b record; e journal_entry; h bytea;
BEGIN
  FOR b IN SELECT group_id FROM ledger_book ORDER BY group_id LOOP
    h := chain_genesis();
    FOR e IN SELECT * FROM journal_entry WHERE group_id = b.group_id ORDER BY entry_no LOOP
      h := sha256(h || convert_to(journal_entry_canonical(e), 'UTF8'));
      UPDATE journal_entry SET hash = h WHERE group_id = e.group_id AND entry_no = e.entry_no;
    END LOOP;
    UPDATE ledger_book SET head_hash = h WHERE group_id = b.group_id;
  END LOOP;
END
$$;
ALTER TABLE journal_entry ENABLE TRIGGER journal_entry_immutable;
ALTER TABLE journal_entry ALTER COLUMN hash SET NOT NULL;
ALTER TABLE journal_entry ADD CONSTRAINT journal_entry_hash_sha256 CHECK (length(hash) = 32);

-- The audit trail: one chain per org unit ('' for records of no unit), numbered 1, 2, … in it.
CREATE TABLE audit_chain_head (
  chain text PRIMARY KEY,
  seq bigint NOT NULL,
  hash bytea NOT NULL
);
ALTER TABLE audit_log ADD COLUMN chain_seq bigint;
ALTER TABLE audit_log ADD COLUMN hash bytea;

CREATE FUNCTION audit_log_canonical(a audit_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws('|', 'A', chain_text(coalesce(a.org_unit_id, '')), a.chain_seq::text, chain_time(a.at),
           coalesce(a.actor_user_id::text, '~'), chain_text(a.action), chain_text(a.entity_type),
           chain_text(a.entity_id), chain_text(a.before::text), chain_text(a.after::text), chain_text(a.request_id))
$$;

ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
DO $$
DECLARE c record; a audit_log; n bigint; h bytea;
BEGIN
  FOR c IN SELECT DISTINCT coalesce(org_unit_id, '') AS chain FROM audit_log ORDER BY 1 LOOP
    n := 0;
    h := chain_genesis();
    FOR a IN SELECT * FROM audit_log WHERE coalesce(org_unit_id, '') = c.chain ORDER BY id LOOP
      n := n + 1;
      a.chain_seq := n;
      h := sha256(h || convert_to(audit_log_canonical(a), 'UTF8'));
      UPDATE audit_log SET chain_seq = n, hash = h WHERE id = a.id;
    END LOOP;
    INSERT INTO audit_chain_head (chain, seq, hash) VALUES (c.chain, n, h);
  END LOOP;
END
$$;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;
ALTER TABLE audit_log ALTER COLUMN chain_seq SET NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash SET NOT NULL;
CREATE UNIQUE INDEX audit_log_chain_seq ON audit_log (coalesce(org_unit_id, ''), chain_seq);

-- Every new audit record takes the next link of its unit's chain. The head row is locked until the
-- writer commits, so one unit's records are chained in commit order; the writers of one batch
-- insert in unit order (recordAudits), so two batches cannot wait on each other's heads.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE k text := coalesce(NEW.org_unit_id, ''); head audit_chain_head;
BEGIN
  INSERT INTO audit_chain_head (chain, seq, hash) VALUES (k, 0, chain_genesis()) ON CONFLICT (chain) DO NOTHING;
  SELECT * INTO head FROM audit_chain_head WHERE chain = k FOR UPDATE;
  NEW.chain_seq := head.seq + 1;
  NEW.hash := sha256(head.hash || convert_to(audit_log_canonical(NEW), 'UTF8'));
  UPDATE audit_chain_head SET seq = NEW.chain_seq, hash = NEW.hash WHERE chain = k;
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
