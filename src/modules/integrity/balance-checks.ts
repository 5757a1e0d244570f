// Every maintained figure (cached balances kept by the ledger's triggers) recomputed from the
// journal of the given groups. Each check returns how many rows disagree and the first group that
// does. `verify` runs them over every group; the generator's loader runs them over each chunk in
// place of the triggers it switches off, and fails the chunk if any disagrees.

const IN = 'group_id = ANY($1::uuid[])';

export const CHECKS = {
  /** Entries with fewer than two lines, lines summing to non-zero, or lines without an entry. */
  unbalancedEntries: `
    WITH l AS (SELECT group_id, entry_no, sum(amount) AS s, count(*) AS n FROM journal_line WHERE ${IN} GROUP BY 1, 2)
    SELECT count(*)::int AS bad, min(group_id::text) AS first_group FROM l FULL JOIN (SELECT group_id, entry_no FROM journal_entry WHERE ${IN}) e
      USING (group_id, entry_no)
    WHERE l.n IS NULL OR e.entry_no IS NULL OR l.s <> 0 OR l.n < 2`,
  /** member_balance against the members' 3101 / 2101 / 1201 lines. */
  memberBalances: `
    WITH j AS (
      SELECT group_id, member_no,
        coalesce(-sum(amount) FILTER (WHERE account_code = '3101'), 0) AS pledged,
        coalesce(-sum(amount) FILTER (WHERE account_code = '2101'), 0) AS special,
        coalesce(sum(amount) FILTER (WHERE account_code = '1201'), 0) AS outstanding
      FROM journal_line WHERE ${IN} AND member_no IS NOT NULL AND account_code IN ('3101', '2101', '1201')
      GROUP BY 1, 2)
    SELECT count(*)::int AS bad, min(group_id::text) AS first_group FROM j FULL JOIN (SELECT * FROM member_balance WHERE ${IN}) b USING (group_id, member_no)
    WHERE coalesce(j.pledged, 0) <> coalesce(b.pledged, 0) OR coalesce(j.special, 0) <> coalesce(b.special, 0)
       OR coalesce(j.outstanding, 0) <> coalesce(b.outstanding, 0)`,
  /**
   * group_month_figure against the month's lines (borrowers: members whose owing > 0 changed); a
   * month with only membership changes has no money lines, so a missing side counts as zeros. The
   * members column sums to the members who have not left.
   */
  monthFigures: `
    WITH ml AS (
      SELECT l.group_id, l.member_no, date_trunc('month', e.posted_on)::date AS month,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '3101'), 0) AS pledged,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '2101'), 0) AS special,
        coalesce(sum(l.amount) FILTER (WHERE l.account_code = '1201'), 0) AS outstanding,
        coalesce(sum(l.amount) FILTER (WHERE l.account_code = '1201' AND l.amount > 0
          AND e.kind IN ('opening', 'loan_disbursement')), 0) AS lent,
        count(*) FILTER (WHERE l.account_code = '1201') AS loan_lines
      FROM journal_line l JOIN journal_entry e USING (group_id, entry_no)
      WHERE l.${IN} AND l.account_code IN ('3101', '2101', '1201')
      GROUP BY 1, 2, 3),
    owing AS (
      SELECT *, sum(outstanding) OVER (PARTITION BY group_id, member_no ORDER BY month) AS after FROM ml),
    j AS (
      SELECT group_id, month, sum(pledged) AS pledged, sum(special) AS special, sum(outstanding) AS outstanding,
        sum(lent) AS lent,
        sum(CASE WHEN loan_lines = 0 THEN 0 ELSE (after > 0)::int - (after - outstanding > 0)::int END) AS borrowers
      FROM owing GROUP BY 1, 2),
    m AS (SELECT group_id, count(*) FILTER (WHERE status <> 'left') AS members FROM group_member WHERE ${IN} GROUP BY 1)
    SELECT count(*)::int AS bad, min(group_id::text) AS first_group
    FROM j FULL JOIN (SELECT * FROM group_month_figure WHERE ${IN}) f USING (group_id, month)
    WHERE coalesce(j.pledged, 0) <> coalesce(f.pledged, 0) OR coalesce(j.special, 0) <> coalesce(f.special, 0)
       OR coalesce(j.outstanding, 0) <> coalesce(f.outstanding, 0) OR coalesce(j.lent, 0) <> coalesce(f.lent, 0)
       OR coalesce(j.borrowers, 0) <> coalesce(f.borrowers, 0)
    UNION ALL
    SELECT count(*)::int, min(group_id::text) FROM m FULL JOIN (SELECT group_id, sum(members) AS members FROM group_month_figure WHERE ${IN}
      GROUP BY 1) f USING (group_id)
    WHERE coalesce(m.members, 0) <> coalesce(f.members, 0)`,
  /** loan_position against each loan's 1201 lines; every loan has one and nothing else does. */
  loanPositions: `
    WITH j AS (SELECT group_id, loan_no, sum(amount) AS outstanding FROM journal_line
      WHERE ${IN} AND account_code = '1201' GROUP BY 1, 2)
    SELECT count(*)::int AS bad, min(group_id::text) AS first_group FROM (SELECT group_id, loan_no, principal FROM loan WHERE ${IN}) lo
      FULL JOIN (SELECT * FROM loan_position WHERE ${IN}) p USING (group_id, loan_no)
      LEFT JOIN j USING (group_id, loan_no)
    WHERE lo.loan_no IS NULL OR p.loan_no IS NULL OR p.outstanding <> coalesce(j.outstanding, 0)`,
  /** ledger_book.next_entry_no follows the last entry. */
  nextEntryNo: `
    SELECT count(*)::int AS bad, min(group_id::text) AS first_group FROM (SELECT * FROM ledger_book WHERE ${IN}) b
      LEFT JOIN (SELECT group_id, max(entry_no) AS last FROM journal_entry WHERE ${IN} GROUP BY 1) e USING (group_id)
    WHERE b.next_entry_no <> coalesce(e.last, 0) + 1`,
} as const;

export type BalanceCheck = keyof typeof CHECKS;

export interface BalanceDisagreement {
  check: BalanceCheck;
  rows: number;
  firstGroupId: string;
}

/** Runs every check over the groups with the caller's query function ($1 = the group ids). */
export async function checkBalances(
  query: (text: string, params: unknown[]) => Promise<{ bad: number; first_group: string | null }[]>,
  groupIds: readonly string[],
): Promise<BalanceDisagreement[]> {
  const ids = `{${groupIds.join(',')}}`;
  const out: BalanceDisagreement[] = [];
  for (const [check, text] of Object.entries(CHECKS) as [BalanceCheck, string][]) {
    const rows = (await query(text, [ids])).filter((r) => Number(r.bad) > 0);
    const bad = rows.reduce((a, r) => a + Number(r.bad), 0);
    if (bad) out.push({ check, rows: bad, firstGroupId: rows.map((r) => r.first_group!).sort()[0]! });
  }
  return out;
}
