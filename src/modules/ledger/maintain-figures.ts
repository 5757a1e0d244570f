// Keeps the maintained roll-ups (group_month_figure, member_balance) in step with postings and
// membership changes, inside the same transaction, so dashboards never scan the journal.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { EntryDraft } from './post-entries.js';

const monthOf = (d: string) => `${d.slice(0, 7)}-01`;
const LENDING_KINDS = new Set(['loan_disbursement', 'opening']);

interface MonthDelta {
  members: number;
  pledged: number;
  special: number;
  outstanding: number;
  lent: number;
  borrowers: number;
}
const zero = (): MonthDelta => ({ members: 0, pledged: 0, special: 0, outstanding: 0, lent: 0, borrowers: 0 });

async function addToMonths(trx: Transaction<DB>, groupId: string, months: Map<string, MonthDelta>): Promise<void> {
  const rows = [...months].map(([month, d]) => ({ group_id: groupId, month, ...d }));
  if (rows.length === 0) return;
  await trx
    .insertInto('group_month_figure')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['group_id', 'month']).doUpdateSet({
        members: sql`group_month_figure.members + excluded.members`,
        pledged: sql`group_month_figure.pledged + excluded.pledged`,
        special: sql`group_month_figure.special + excluded.special`,
        outstanding: sql`group_month_figure.outstanding + excluded.outstanding`,
        lent: sql`group_month_figure.lent + excluded.lent`,
        borrowers: sql`group_month_figure.borrowers + excluded.borrowers`,
      }),
    )
    .execute();
}

/** Members joined (delta > 0) or left (delta < 0) on a date. */
export async function recordMembership(
  trx: Transaction<DB>,
  groupId: string,
  on: string,
  delta: number,
): Promise<void> {
  await addToMonths(trx, groupId, new Map([[monthOf(on), { ...zero(), members: delta }]]));
}

/** Folds posted entries into member balances and the group's monthly figures. */
export async function maintainFigures(trx: Transaction<DB>, groupId: string, entries: EntryDraft[]): Promise<void> {
  const months = new Map<string, MonthDelta>();
  const month = (d: string) => months.get(monthOf(d)) ?? months.set(monthOf(d), zero()).get(monthOf(d))!;
  const members = new Map<number, { pledged: number; special: number; outstanding: number; lastLoanMonth: string }>();
  for (const e of entries) {
    const m = month(e.postedOn);
    for (const l of e.lines) {
      const code = l.account.code;
      if (code !== '3101' && code !== '2101' && code !== '1201') continue;
      const d =
        members.get(l.memberNo!) ??
        members.set(l.memberNo!, { pledged: 0, special: 0, outstanding: 0, lastLoanMonth: '' }).get(l.memberNo!)!;
      if (code === '3101') {
        d.pledged -= l.amount;
        m.pledged -= l.amount;
      }
      if (code === '2101') {
        d.special -= l.amount;
        m.special -= l.amount;
      }
      if (code === '1201') {
        d.outstanding += l.amount;
        m.outstanding += l.amount;
        d.lastLoanMonth = monthOf(e.postedOn);
        if (l.amount > 0 && LENDING_KINDS.has(e.kind)) m.lent += l.amount;
      }
    }
  }
  if (members.size === 0) return;
  const before = new Map(
    (
      await trx
        .selectFrom('member_balance')
        .select(['member_no', 'outstanding'])
        .where('group_id', '=', groupId)
        .where('member_no', 'in', [...members.keys()])
        .execute()
    ).map((r) => [r.member_no, Number(r.outstanding)]),
  );
  for (const [memberNo, d] of members) {
    if (d.outstanding === 0) continue;
    const was = before.get(memberNo) ?? 0;
    const now = was + d.outstanding;
    const change = (now > 0 ? 1 : 0) - (was > 0 ? 1 : 0);
    if (change) months.get(d.lastLoanMonth)!.borrowers += change;
  }
  await trx
    .insertInto('member_balance')
    .values(
      [...members].map(([memberNo, d]) => ({
        group_id: groupId,
        member_no: memberNo,
        pledged: d.pledged,
        special: d.special,
        outstanding: d.outstanding,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['group_id', 'member_no']).doUpdateSet({
        pledged: sql`member_balance.pledged + excluded.pledged`,
        special: sql`member_balance.special + excluded.special`,
        outstanding: sql`member_balance.outstanding + excluded.outstanding`,
      }),
    )
    .execute();
  await addToMonths(trx, groupId, months);
}
