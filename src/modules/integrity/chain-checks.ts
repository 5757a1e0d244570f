// The hash chains of migration 0036 recomputed in the database, set-based: every record's stored
// hash must equal SHA-256 of the previous record's stored hash and its own canonical text, its
// number must follow the previous one, and the head must name the last record. A changed record
// fails its own link; a removed one leaves a gap; a removed last record leaves the head behind.

/** Journal links that fail, per group, in entry order ($1 = group ids). */
export const JOURNAL_LINKS = `
  WITH e AS (
    SELECT e.group_id, e.entry_no, e.hash,
      sha256(lag(e.hash, 1, chain_genesis()) OVER w || convert_to(journal_entry_canonical(e), 'UTF8')) AS expected,
      row_number() OVER w AS n
    FROM journal_entry e WHERE e.group_id = ANY($1::uuid[])
    WINDOW w AS (PARTITION BY e.group_id ORDER BY e.entry_no))
  SELECT group_id::text AS chain, entry_no::text AS seq, n::text AS expected_seq,
    CASE WHEN entry_no <> n THEN 'missing' ELSE 'changed' END AS problem
  FROM e WHERE entry_no <> n OR hash <> expected
  ORDER BY group_id, entry_no`;

/** Books whose head or next number disagrees with their last entry ($1 = group ids). */
export const JOURNAL_HEADS = `
  SELECT b.group_id::text AS chain, coalesce(last.entry_no, 0)::text AS seq,
    (coalesce(last.entry_no, 0) + 1)::text AS expected_seq, 'head' AS problem
  FROM ledger_book b
  LEFT JOIN LATERAL (SELECT entry_no, hash FROM journal_entry j WHERE j.group_id = b.group_id
                     ORDER BY entry_no DESC LIMIT 1) last ON true
  WHERE b.group_id = ANY($1::uuid[])
    AND (b.head_hash <> coalesce(last.hash, chain_genesis()) OR b.next_entry_no <> coalesce(last.entry_no, 0) + 1)
  ORDER BY b.group_id`;

/** Audit links that fail, per org unit's chain, in chain order. */
export const AUDIT_LINKS = `
  WITH a AS (
    SELECT coalesce(a.org_unit_id, '') AS chain, a.chain_seq, a.hash,
      sha256(lag(a.hash, 1, chain_genesis()) OVER w || convert_to(audit_log_canonical(a), 'UTF8')) AS expected,
      row_number() OVER w AS n
    FROM audit_log a
    WINDOW w AS (PARTITION BY coalesce(a.org_unit_id, '') ORDER BY a.chain_seq))
  SELECT chain, chain_seq::text AS seq, n::text AS expected_seq,
    CASE WHEN chain_seq <> n THEN 'missing' ELSE 'changed' END AS problem
  FROM a WHERE chain_seq <> n OR hash <> expected
  ORDER BY chain, chain_seq`;

/** Audit chain heads that disagree with their last record (or have none). */
export const AUDIT_HEADS = `
  SELECT coalesce(h.chain, last.chain) AS chain, coalesce(last.seq, 0)::text AS seq,
    coalesce(h.seq, 0)::text AS expected_seq, 'head' AS problem
  FROM audit_chain_head h
  FULL JOIN (SELECT DISTINCT ON (coalesce(org_unit_id, '')) coalesce(org_unit_id, '') AS chain,
               chain_seq AS seq, hash
             FROM audit_log ORDER BY coalesce(org_unit_id, ''), chain_seq DESC) last ON last.chain = h.chain
  WHERE h.chain IS NULL OR h.seq <> coalesce(last.seq, 0) OR h.hash <> coalesce(last.hash, chain_genesis())
  ORDER BY 1`;

export interface ChainBreakRow {
  chain: string;
  seq: string;
  expected_seq: string;
  problem: 'changed' | 'missing' | 'head';
}
