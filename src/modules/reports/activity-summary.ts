// Day and month summaries: what came in and went out, by kind, for each posting date in a period.
// Reversals count on their own date with opposite sign, so a summary always matches the cash book.
import { sql } from 'kysely';
import { civilDate, todayInBangkok } from '../../kernel/dates.js';
import { satang, sum } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroup } from '../ledger/index.js';
import type { TActivitySummary, TActivityTotals } from './reports.schemas.js';

type DayRow = { posted_on: string; entries: string } & Record<keyof TActivityTotals, string>;

export async function activitySummary(
  ctx: UseCaseContext,
  groupId: string,
  q: { from?: string | undefined; to?: string | undefined },
): Promise<TActivitySummary> {
  const group = await requireGroup(ctx, groupId);
  const to = q.to ? civilDate(q.to) : todayInBangkok(ctx.clock);
  const from = q.from ? civilDate(q.from) : civilDate(`${to.slice(0, 7)}-01`);
  const rows = await sql<DayRow>`
    SELECT e.posted_on, count(DISTINCT e.entry_no) AS entries,
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '3101' AND e.kind NOT IN ('year_end', 'member_exit', 'opening')), 0) AS pledge,
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '2101' AND l.amount < 0 AND e.kind NOT IN ('year_end', 'opening')), 0) AS "specialDeposit",
      coalesce(sum(l.amount) FILTER (WHERE l.account_code = '2101' AND l.amount > 0 AND e.kind <> 'year_end'), 0) AS "specialWithdrawal",
      coalesce(sum(l.amount) FILTER (WHERE l.account_code = '1201' AND e.kind = 'loan_disbursement'), 0) AS "loanDisbursed",
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '1201' AND e.kind IN ('meeting_day', 'loan_repayment', 'member_exit', 'reversal')), 0) AS "loanPrincipal",
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4101' AND e.kind <> 'year_end'), 0) AS "loanInterest",
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4105' AND e.kind <> 'year_end'), 0) AS "loanPenalty",
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4102' AND e.kind <> 'year_end'), 0) AS fines,
      coalesce(sum(l.amount) FILTER (WHERE l.account_code = '1101' AND l.amount > 0), 0) AS "cashIn",
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '1101' AND l.amount < 0), 0) AS "cashOut"
    FROM journal_line l JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
    WHERE l.group_id = ${group.id} AND e.posted_on BETWEEN ${from} AND ${to}
    GROUP BY e.posted_on ORDER BY e.posted_on`.execute(ctx.db);
  const KEYS = [
    'pledge',
    'specialDeposit',
    'specialWithdrawal',
    'loanDisbursed',
    'loanPrincipal',
    'loanInterest',
    'loanPenalty',
    'fines',
    'cashIn',
    'cashOut',
  ] as const;
  const totalsOf = (rs: DayRow[]) =>
    Object.fromEntries(KEYS.map((k) => [k, sum(rs.map((r) => satang(Number(r[k]))))])) as unknown as TActivityTotals;
  return {
    groupId: group.id,
    from,
    to,
    days: rows.rows.map((r) => ({ postedOn: r.posted_on, entries: Number(r.entries), totals: totalsOf([r]) })),
    totals: totalsOf(rows.rows),
  };
}
