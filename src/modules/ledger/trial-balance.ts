import { sql } from 'kysely';
import { todayInBangkok, type CivilDate } from '../../kernel/dates.js';
import { satang, sum } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { ACCOUNTS } from './chart.js';
import type { TTrialBalance } from './ledger.schemas.js';
import { requireGroup } from './read-group.js';

/** Balances of every account as of a posting date, derived from the entries alone. */
export async function trialBalance(ctx: UseCaseContext, groupId: string, asOf?: CivilDate): Promise<TTrialBalance> {
  const group = await requireGroup(ctx, groupId);
  const date = asOf ?? todayInBangkok(ctx.clock);
  const rows = await ctx.db
    .selectFrom('journal_line as l')
    .innerJoin('journal_entry as e', (j) =>
      j.onRef('e.group_id', '=', 'l.group_id').onRef('e.entry_no', '=', 'l.entry_no'),
    )
    .select(['l.account_code', sql<string>`sum(l.amount)`.as('balance')])
    .where('l.group_id', '=', group.id)
    .where('e.posted_on', '<=', date)
    .groupBy('l.account_code')
    .execute();
  const balances = new Map(rows.map((r) => [r.account_code, satang(Number(r.balance))]));
  const out = Object.values(ACCOUNTS)
    .filter((a) => (balances.get(a.code) ?? 0) !== 0)
    .map((a) => {
      const b = balances.get(a.code)!;
      return {
        accountCode: a.code,
        accountNameTh: a.nameTh,
        type: a.type,
        debit: satang(b > 0 ? b : 0),
        credit: satang(b < 0 ? -b : 0),
      };
    });
  return {
    groupId: group.id,
    asOf: date,
    rows: out,
    totalDebit: sum(out.map((r) => r.debit)),
    totalCredit: sum(out.map((r) => r.credit)),
  };
}
