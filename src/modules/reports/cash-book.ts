// สมุดเงินสด: every cash movement in a period with the running cash balance.
import { sql } from 'kysely';
import { addDays, civilDate, todayInBangkok } from '../../kernel/dates.js';
import { add, satang, sum, ZERO } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { ACCOUNTS, requireGroup } from '../ledger/index.js';
import type { TCashBook } from './reports.schemas.js';

export async function cashBook(
  ctx: UseCaseContext,
  groupId: string,
  q: { from?: string | undefined; to?: string | undefined },
): Promise<TCashBook> {
  const group = await requireGroup(ctx, groupId);
  const to = q.to ? civilDate(q.to) : todayInBangkok(ctx.clock);
  const from = q.from ? civilDate(q.from) : civilDate(`${to.slice(0, 7)}-01`);
  const cash = ACCOUNTS.cash.code;
  const opening = await sql<{ total: string }>`
    SELECT coalesce(sum(l.amount), 0) AS total
    FROM journal_line l JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
    WHERE l.group_id = ${group.id} AND l.account_code = ${cash} AND e.posted_on <= ${addDays(from, -1)}`.execute(
    ctx.db,
  );
  const moves = await sql<{
    posted_on: string;
    entry_no: string;
    memo: string;
    member_no: number | null;
    amount: string;
  }>`
    SELECT e.posted_on, e.entry_no, e.memo, e.member_no, sum(l.amount) AS amount
    FROM journal_line l JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
    WHERE l.group_id = ${group.id} AND l.account_code = ${cash} AND e.posted_on BETWEEN ${from} AND ${to}
    GROUP BY e.posted_on, e.entry_no, e.memo, e.member_no
    ORDER BY e.posted_on, e.entry_no`.execute(ctx.db);
  let balance = satang(Number(opening.rows[0]?.total ?? 0));
  const start = balance;
  const rows = moves.rows.map((m) => {
    const amount = satang(Number(m.amount));
    balance = add(balance, amount);
    return {
      postedOn: m.posted_on,
      entryNo: Number(m.entry_no),
      memo: m.memo,
      memberNo: m.member_no,
      cashIn: amount > 0 ? amount : ZERO,
      cashOut: amount < 0 ? satang(-amount) : ZERO,
      balance,
    };
  });
  return {
    groupId: group.id,
    from,
    to,
    opening: start,
    rows,
    totalIn: sum(rows.map((r) => r.cashIn)),
    totalOut: sum(rows.map((r) => r.cashOut)),
    closing: balance,
  };
}
