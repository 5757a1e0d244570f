// The raw limit of benchmark (b): the year-end allocation of every group as ONE SQL statement over
// the same inputs the year-end module reads (journal, members, rules, previous closes). It yields,
// per group, net profit, the pools in the rules' order and checksums of every member's dividend,
// interest refund and special-savings interest, so the benchmark can assert both sides agree.
//
// How it matches src/modules/year-end exactly:
//  - Month-end balances: a movement dated d counts at every month end of the period from d's month
//    (or the period's first month) on, so Σ over month ends = Σ amount × months remaining. This equals
//    the module's Σ max(balance, 0) only while no month-end balance is negative — which postings
//    guarantee; if it ever failed, the comparison below fails loudly.
//  - Largest remainder (kernel/money allocate): floor of the exact share with div()/mod() on
//    numeric (exact), leftover satang one each by remainder descending, then position ascending.
//  - Special-savings interest rounds half up once: (2·Σ·bp + 120000) div 240000.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';

export interface YearEndDigest {
  netProfit: string;
  /** Pool amounts in the rules' order, and whether each member pool moved to the reserve. */
  pools: string;
  dividends: string;
  refunds: string;
  specialInterest: string;
}

const monthIndex = (d: string) => `(extract(year FROM ${d}) * 12 + extract(month FROM ${d}) - 1)::int`;

export async function yearEndBySql(db: Kysely<DB>, through: string): Promise<Map<string, YearEndDigest>> {
  // One statement given room to hash in memory, as an operator would for a one-off national run.
  const rows = await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL work_mem = '256MB'`.execute(trx);
    return statement(trx, through);
  });
  return new Map(
    rows.rows.map((r) => [
      r.group_id,
      {
        netProfit: r.net_profit,
        pools: r.pools,
        dividends: r.dividends,
        refunds: r.refunds,
        specialInterest: r.special_interest,
      },
    ]),
  );
}

function statement(db: Kysely<DB>, through: string) {
  return sql<{
    group_id: string;
    net_profit: string;
    pools: string;
    dividends: string;
    refunds: string;
    special_interest: string;
  }>`
    WITH grp AS (
      SELECT g.id AS group_id, p.period_from, r.rules,
        ${sql.raw(monthIndex('p.period_from'))} AS mf, (extract(year FROM ${through}::date) * 12 + extract(month FROM ${through}::date) - 1)::int AS mt
      FROM savings_group g
      CROSS JOIN LATERAL (
        SELECT coalesce((SELECT max(c.through) + 1 FROM year_end_close c WHERE c.group_id = g.id), g.founded_on) AS period_from
      ) p
      CROSS JOIN LATERAL (
        SELECT s.rules FROM group_rule_set s WHERE s.group_id = g.id AND s.effective_from <= ${through}::date
        ORDER BY s.effective_from DESC LIMIT 1
      ) r
      WHERE p.period_from <= ${through}::date
    ),
    savings AS (
      SELECT l.group_id, l.member_no,
        sum(-l.amount) FILTER (WHERE l.account_code = '3101') AS pledged,
        sum(-l.amount * (grp.mt - greatest(${sql.raw(monthIndex('e.posted_on'))}, grp.mf) + 1)) FILTER (WHERE l.account_code = '3101') AS pledged_months,
        sum(-l.amount * (grp.mt - greatest(${sql.raw(monthIndex('e.posted_on'))}, grp.mf) + 1)) FILTER (WHERE l.account_code = '2101') AS special_months
      FROM journal_line l
      JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
      JOIN grp ON grp.group_id = l.group_id
      WHERE l.account_code IN ('3101', '2101') AND l.member_no IS NOT NULL AND e.posted_on <= ${through}::date
      GROUP BY l.group_id, l.member_no
    ),
    pnl AS (
      SELECT l.group_id, l.member_no, sum(l.amount) AS total,
        sum(l.amount) FILTER (WHERE l.account_code = '4101') AS interest
      FROM journal_line l
      JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
      JOIN grp ON grp.group_id = l.group_id
      JOIN ledger_account a ON a.code = l.account_code AND a.type IN ('income', 'expense')
      WHERE e.posted_on BETWEEN grp.period_from AND ${through}::date AND e.kind <> 'year_end'
      GROUP BY l.group_id, l.member_no
    ),
    member AS (
      SELECT m.group_id, m.member_no, grp.rules,
        m.joined_on <= ${through}::date AND NOT coalesce(m.left_on <= ${through}::date, false) AS eligible,
        coalesce(m.left_on <= ${through}::date, false) AS departed,
        coalesce(s.pledged, 0) AS pledged, coalesce(s.pledged_months, 0) AS pledged_months,
        coalesce(s.special_months, 0) AS special_months, coalesce(-p.interest, 0) AS interest_paid
      FROM group_member m
      JOIN grp ON grp.group_id = m.group_id
      LEFT JOIN savings s ON s.group_id = m.group_id AND s.member_no = m.member_no
      LEFT JOIN pnl p ON p.group_id = m.group_id AND p.member_no = m.member_no
    ),
    weighted AS (
      SELECT group_id, member_no,
        CASE WHEN NOT eligible THEN 0
             WHEN rules->>'dividendMethod' = 'share_months' THEN greatest(pledged_months, 0)
             ELSE greatest(pledged, 0) END::numeric AS dw,
        CASE WHEN eligible AND interest_paid > 0 THEN interest_paid ELSE 0 END::numeric AS rw,
        CASE WHEN (rules->>'specialSavingsAnnualRateBp')::int > 0 AND NOT departed
             THEN div(2 * greatest(special_months, 0)::numeric * (rules->>'specialSavingsAnnualRateBp')::int + 120000, 240000)
             ELSE 0 END AS special_interest
      FROM member
    ),
    -- Per-group sums joined once (a correlated subquery per group over these CTEs would scan them
    -- once per group: quadratic, and the first national run never finished).
    pnl_group AS (SELECT group_id, sum(total) AS total FROM pnl GROUP BY group_id),
    weighted_group AS (
      SELECT group_id, sum(special_interest) AS special_interest, sum(dw) AS wd, sum(rw) AS wr
      FROM weighted GROUP BY group_id
    ),
    profit AS (
      SELECT grp.group_id, grp.rules,
        -coalesce(pg.total, 0) - coalesce(wg.special_interest, 0) AS net_profit,
        coalesce(wg.wd, 0) AS wd, coalesce(wg.wr, 0) AS wr
      FROM grp
      LEFT JOIN pnl_group pg ON pg.group_id = grp.group_id
      LEFT JOIN weighted_group wg ON wg.group_id = grp.group_id
    ),
    share AS (
      SELECT p.group_id, a.ord, a.x->>'pool' AS pool, p.wd, p.wr,
        CASE WHEN p.net_profit > 0 THEN div(p.net_profit * (a.x->>'bp')::numeric, sum((a.x->>'bp')::numeric) OVER g) ELSE 0 END AS part,
        CASE WHEN p.net_profit > 0 THEN mod(p.net_profit * (a.x->>'bp')::numeric, sum((a.x->>'bp')::numeric) OVER g) ELSE 0 END AS rem,
        greatest(p.net_profit, 0) AS np
      FROM profit p CROSS JOIN LATERAL jsonb_array_elements(p.rules->'allocation') WITH ORDINALITY a(x, ord)
      WINDOW g AS (PARTITION BY p.group_id)
    ),
    pool AS (
      SELECT group_id, ord, pool, wd, wr,
        part + CASE WHEN row_number() OVER (PARTITION BY group_id ORDER BY rem DESC, ord) <= np - sum(part) OVER (PARTITION BY group_id) THEN 1 ELSE 0 END AS amount
      FROM share
    ),
    member_pool AS (
      SELECT group_id,
        coalesce(sum(amount) FILTER (WHERE pool = 'dividend'), 0) AS pd,
        coalesce(sum(amount) FILTER (WHERE pool = 'interest_refund'), 0) AS pr
      FROM pool GROUP BY group_id
    ),
    split AS (
      SELECT w.group_id, w.member_no, w.special_interest,
        CASE WHEN mp.pd = 0 OR p.wd = 0 THEN 0 ELSE div(mp.pd * w.dw, p.wd) END AS d_part,
        CASE WHEN mp.pd = 0 OR p.wd = 0 THEN 0 ELSE mod(mp.pd * w.dw, p.wd) END AS d_rem,
        CASE WHEN mp.pr = 0 OR p.wr = 0 THEN 0 ELSE div(mp.pr * w.rw, p.wr) END AS r_part,
        CASE WHEN mp.pr = 0 OR p.wr = 0 THEN 0 ELSE mod(mp.pr * w.rw, p.wr) END AS r_rem,
        CASE WHEN p.wd = 0 THEN 0 ELSE mp.pd END AS pd,
        CASE WHEN p.wr = 0 THEN 0 ELSE mp.pr END AS pr
      FROM weighted w JOIN profit p USING (group_id) JOIN member_pool mp USING (group_id)
    ),
    allocated AS (
      SELECT group_id, member_no, special_interest,
        d_part + CASE WHEN row_number() OVER (PARTITION BY group_id ORDER BY d_rem DESC, member_no) <= pd - sum(d_part) OVER (PARTITION BY group_id) THEN 1 ELSE 0 END AS dividend,
        r_part + CASE WHEN row_number() OVER (PARTITION BY group_id ORDER BY r_rem DESC, member_no) <= pr - sum(r_part) OVER (PARTITION BY group_id) THEN 1 ELSE 0 END AS refund
      FROM split
    ),
    per_group AS (
      SELECT group_id,
        sum(dividend)::text || '/' || sum(dividend * member_no)::text AS dividends,
        sum(refund)::text || '/' || sum(refund * member_no)::text AS refunds,
        sum(special_interest)::text || '/' || sum(special_interest * member_no)::text AS special_interest
      FROM allocated GROUP BY group_id
    ),
    pools AS (
      SELECT group_id, string_agg(
        amount::text || CASE WHEN (pool = 'dividend' AND wd = 0 OR pool = 'interest_refund' AND wr = 0) AND amount > 0 THEN '>reserve' ELSE '' END,
        ',' ORDER BY ord) AS pools
      FROM pool GROUP BY group_id
    )
    SELECT p.group_id, p.net_profit::text AS net_profit, pools.pools,
      coalesce(g.dividends, '0/0') AS dividends, coalesce(g.refunds, '0/0') AS refunds,
      coalesce(g.special_interest, '0/0') AS special_interest
    FROM profit p JOIN pools USING (group_id) LEFT JOIN per_group g USING (group_id)`.execute(db);
}

/** The same digest from the module's computation, for the comparison. */
export function digestOf(c: {
  netProfit: number;
  pools: readonly { amount: number; movedToReserve: boolean }[];
  members: readonly { memberNo: number; dividend: number; refund: number; specialInterest: number }[];
}): YearEndDigest {
  const check = (k: 'dividend' | 'refund' | 'specialInterest') => {
    let total = 0n;
    let weighted = 0n;
    for (const m of c.members) {
      total += BigInt(m[k]);
      weighted += BigInt(m[k]) * BigInt(m.memberNo);
    }
    return `${total}/${weighted}`;
  };
  return {
    netProfit: String(c.netProfit),
    pools: c.pools.map((p) => `${p.amount}${p.movedToReserve && p.amount > 0 ? '>reserve' : ''}`).join(','),
    dividends: check('dividend'),
    refunds: check('refund'),
    specialInterest: check('specialInterest'),
  };
}
