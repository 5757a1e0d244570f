// Balance sheet as of `to` and income statement for [from, to], both straight from the journal.
// Until a year-end closes income and expenses into equity, their net shows on the balance sheet
// as "unclosed profit" so assets always equal liabilities plus equity.
import { sql } from 'kysely';
import { civilDate, todayInBangkok } from '../../kernel/dates.js';
import { neg, satang, sum, type Satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { ACCOUNTS, requireGroup } from '../ledger/index.js';
import type { TFinancialStatements } from './reports.schemas.js';

export async function financialStatements(
  ctx: UseCaseContext,
  groupId: string,
  q: { from?: string | undefined; to?: string | undefined },
): Promise<TFinancialStatements> {
  const group = await requireGroup(ctx, groupId);
  const to = q.to ? civilDate(q.to) : todayInBangkok(ctx.clock);
  const from = q.from ? civilDate(q.from) : civilDate(`${to.slice(0, 4)}-01-01`);
  const rows = await sql<{ account_code: string; through_to: string; in_period: string }>`
    SELECT l.account_code,
      sum(l.amount) AS through_to,
      coalesce(sum(l.amount) FILTER (WHERE e.posted_on >= ${from} AND e.kind <> 'year_end'), 0) AS in_period
    FROM journal_line l JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
    WHERE l.group_id = ${group.id} AND e.posted_on <= ${to}
    GROUP BY l.account_code`.execute(ctx.db);
  const balance = new Map(rows.rows.map((r) => [r.account_code, satang(Number(r.through_to))]));
  const period = new Map(rows.rows.map((r) => [r.account_code, satang(Number(r.in_period))]));
  const list = (type: string, source: Map<string, Satang>, sign: 1 | -1) =>
    Object.values(ACCOUNTS)
      .filter((a) => a.type === type && (source.get(a.code) ?? 0) !== 0)
      .map((a) => ({
        accountCode: a.code,
        accountNameTh: a.nameTh,
        amount: sign === 1 ? source.get(a.code)! : neg(source.get(a.code)!),
      }));
  const total = (xs: { amount: number }[]) => sum(xs.map((x) => satang(x.amount)));
  const assets = list('asset', balance, 1);
  const liabilities = list('liability', balance, -1);
  const equity = list('equity', balance, -1);
  const unclosedProfit = neg(
    sum([...list('income', balance, 1), ...list('expense', balance, 1)].map((x) => satang(x.amount))),
  );
  const income = list('income', period, -1);
  const expenses = list('expense', period, 1);
  return {
    groupId: group.id,
    from,
    to,
    balanceSheet: {
      assets,
      liabilities,
      equity,
      totalAssets: total(assets),
      totalLiabilities: total(liabilities),
      totalEquity: total(equity),
      unclosedProfit,
    },
    incomeStatement: {
      income,
      expenses,
      totalIncome: total(income),
      totalExpenses: total(expenses),
      netProfit: satang(total(income) - total(expenses)),
    },
  };
}
