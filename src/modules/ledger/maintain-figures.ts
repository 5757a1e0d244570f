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

interface MonthRow extends MonthDelta {
  groupId: string;
  month: string;
}

/** Adds to groups' monthly figures, in key order (the district rows they roll into are shared). */
async function addToMonths(trx: Transaction<DB>, rows: MonthRow[]): Promise<void> {
  if (rows.length === 0) return;
  rows.sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : a.month < b.month ? -1 : 1));
  const col = <K extends keyof MonthRow>(k: K) => rows.map((r) => r[k]);
  await sql`
    INSERT INTO group_month_figure (group_id, month, members, pledged, special, outstanding, lent, borrowers)
    SELECT * FROM unnest(${col('groupId')}::uuid[], ${col('month')}::date[], ${col('members')}::int[],
      ${col('pledged')}::bigint[], ${col('special')}::bigint[], ${col('outstanding')}::bigint[],
      ${col('lent')}::bigint[], ${col('borrowers')}::int[])
    ON CONFLICT (group_id, month) DO UPDATE SET
      members = group_month_figure.members + excluded.members,
      pledged = group_month_figure.pledged + excluded.pledged,
      special = group_month_figure.special + excluded.special,
      outstanding = group_month_figure.outstanding + excluded.outstanding,
      lent = group_month_figure.lent + excluded.lent,
      borrowers = group_month_figure.borrowers + excluded.borrowers`.execute(trx);
}

const monthRows = (groupId: string, months: Map<string, MonthDelta>): MonthRow[] =>
  [...months].map(([month, d]) => ({ groupId, month, ...d }));

/** Members joined (delta > 0) or left (delta < 0) on a date. */
export async function recordMembership(
  trx: Transaction<DB>,
  groupId: string,
  on: string,
  delta: number,
): Promise<void> {
  if (delta > 0) await (await campaigns()).recordCampaignJoins(trx, groupId, Array<string>(delta).fill(on));
  await addToMonths(trx, [{ groupId, month: monthOf(on), ...zero(), members: delta }]);
}

/** Members joined on these dates (an import): monthly figures and campaigns' new members. */
export async function recordJoins(trx: Transaction<DB>, groupId: string, joinedOn: readonly string[]): Promise<void> {
  await (await campaigns()).recordCampaignJoins(trx, groupId, joinedOn);
  const months = new Map<string, MonthDelta>();
  for (const d of joinedOn) {
    const m = months.get(monthOf(d)) ?? months.set(monthOf(d), zero()).get(monthOf(d))!;
    m.members++;
  }
  await addToMonths(trx, monthRows(groupId, months));
}

interface MemberDelta {
  groupId: string;
  memberNo: number;
  pledged: number;
  special: number;
  outstanding: number;
  lastLoanMonth: string;
}

/**
 * Folds posted entries into member balances and the groups' monthly figures — for any number of
 * groups with a constant number of statements (a district's meeting days post as one batch).
 */
export async function maintainFiguresMany(
  trx: Transaction<DB>,
  batches: readonly { groupId: string; entries: readonly EntryDraft[] }[],
): Promise<void> {
  const months = new Map<string, MonthRow>();
  const members = new Map<string, MemberDelta>();
  const loanKeys: { groupId: string; loanNo: number }[] = [];
  const writtenOff = new Set<string>();
  const L = await loans();
  for (const { groupId, entries } of batches) {
    for (const e of entries) {
      const mk = `${groupId}:${monthOf(e.postedOn)}`;
      const m = months.get(mk) ?? months.set(mk, { groupId, month: monthOf(e.postedOn), ...zero() }).get(mk)!;
      for (const l of e.lines) {
        const code = l.account.code;
        if (code !== '3101' && code !== '2101' && code !== '1201') continue;
        const k = `${groupId}:${l.memberNo}`;
        const d =
          members.get(k) ??
          members
            .set(k, { groupId, memberNo: l.memberNo!, pledged: 0, special: 0, outstanding: 0, lastLoanMonth: '' })
            .get(k)!;
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
    const touched = L.touchedLoans(groupId, entries);
    loanKeys.push(...touched.keys);
    for (const w of touched.writtenOff) writtenOff.add(w);
  }
  await L.refreshLoanPositions(trx, loanKeys, writtenOff);
  await (await campaigns()).maintainCampaignsMany(trx, batches);
  if (members.size === 0) return;
  // Only members whose loan balance moved can start or stop being borrowers.
  const lending = [...members.values()].filter((d) => d.outstanding !== 0);
  const before = new Map(
    lending.length === 0
      ? []
      : (
          await sql<{ group_id: string; member_no: number; outstanding: string }>`
            SELECT b.group_id, b.member_no, b.outstanding
            FROM unnest(${lending.map((d) => d.groupId)}::uuid[], ${lending.map((d) => d.memberNo)}::int[])
              AS k(group_id, member_no)
            JOIN member_balance b ON b.group_id = k.group_id AND b.member_no = k.member_no`.execute(trx)
        ).rows.map((r) => [`${r.group_id}:${r.member_no}`, Number(r.outstanding)]),
  );
  for (const d of lending) {
    const was = before.get(`${d.groupId}:${d.memberNo}`) ?? 0;
    const now = was + d.outstanding;
    const change = (now > 0 ? 1 : 0) - (was > 0 ? 1 : 0);
    if (change) months.get(`${d.groupId}:${d.lastLoanMonth}`)!.borrowers += change;
  }
  // Key order, so two batches never wait on each other's rows in opposite orders.
  const rows = [...members.values()].sort((a, b) =>
    a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : a.memberNo - b.memberNo,
  );
  const col = <K extends keyof MemberDelta>(k: K) => rows.map((r) => r[k]);
  await sql`
    INSERT INTO member_balance (group_id, member_no, pledged, special, outstanding)
    SELECT * FROM unnest(${col('groupId')}::uuid[], ${col('memberNo')}::int[], ${col('pledged')}::bigint[],
      ${col('special')}::bigint[], ${col('outstanding')}::bigint[])
    ON CONFLICT (group_id, member_no) DO UPDATE SET
      pledged = member_balance.pledged + excluded.pledged,
      special = member_balance.special + excluded.special,
      outstanding = member_balance.outstanding + excluded.outstanding`.execute(trx);
  await addToMonths(trx, [...months.values()]);
}
