// Keeps the maintained roll-ups (group_month_figure, member_balance, and through the loans and
// campaigns modules loan_position and campaign progress) in step with postings and membership
// changes, inside the same transaction, so dashboards never scan the journal. district_month_figure
// follows group_month_figure by trigger (migration 0013); group_month_figure is written last so the
// district row, shared with the district's other groups, stays locked only until the commit.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { EntryDraft } from './post-entries.js';

const monthOf = (d: string) => `${d.slice(0, 7)}-01`;

// loans and campaigns depend on the ledger (they post through it), so the ledger reaches them at run
// time rather than import time: a static import would make a cycle whose evaluation order breaks.
const loans = () => import('../loans/index.js');
const campaigns = () => import('../campaigns/index.js');
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
  const rows = [...months]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, d]) => ({ group_id: groupId, month, ...d }));
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
  if (delta > 0) await (await campaigns()).recordCampaignJoins(trx, groupId, Array<string>(delta).fill(on));
  await addToMonths(trx, groupId, new Map([[monthOf(on), { ...zero(), members: delta }]]));
}

/** Members joined on these dates (an import): monthly figures and campaigns' new members. */
export async function recordJoins(trx: Transaction<DB>, groupId: string, joinedOn: readonly string[]): Promise<void> {
  await (await campaigns()).recordCampaignJoins(trx, groupId, joinedOn);
  const months = new Map<string, MonthDelta>();
  for (const d of joinedOn) {
    const m = months.get(monthOf(d)) ?? months.set(monthOf(d), zero()).get(monthOf(d))!;
    m.members++;
  }
  await addToMonths(trx, groupId, months);
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
  const touched = (await loans()).touchedLoans(groupId, entries);
  await (await loans()).refreshLoanPositions(trx, touched.keys, touched.writtenOff);
  await (await campaigns()).maintainCampaigns(trx, groupId, entries);
  if (members.size === 0) return;
  // Only members whose loan balance moved can start or stop being borrowers.
  const lending = [...members].filter(([, d]) => d.outstanding !== 0).map(([n]) => n);
  const before = new Map(
    lending.length === 0
      ? []
      : (
          await trx
            .selectFrom('member_balance')
            .select(['member_no', 'outstanding'])
            .where('group_id', '=', groupId)
            .where('member_no', 'in', lending)
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
