// Typed SQL for the year-end close; no rules here.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

/** The group's founding date and the book's closed-through date. */
export async function groupDates(db: Q, groupId: string) {
  return db
    .selectFrom('savings_group as g')
    .innerJoin('ledger_book as b', 'b.group_id', 'g.id')
    .select(['g.founded_on', 'b.closed_through'])
    .where('g.id', '=', groupId)
    .executeTakeFirstOrThrow();
}

export async function listCloses(db: Q, groupId: string) {
  return db
    .selectFrom('year_end_close')
    .select([
      'group_id',
      'through',
      'period_from',
      'net_profit',
      'interest_entry_no',
      'closing_entry_no',
      'allocation_entry_no',
      'closed_at',
    ])
    .where('group_id', '=', groupId)
    .orderBy('through', 'desc')
    .execute();
}
export type CloseRow = Awaited<ReturnType<typeof listCloses>>[number];

export async function findClose(db: Q, groupId: string, through: string) {
  return db
    .selectFrom('year_end_close')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('through', '=', through)
    .executeTakeFirst();
}

/** The most recent close on or after a date, if any. */
export async function latestCloseFrom(db: Q, groupId: string, onOrAfter?: string) {
  let q = db
    .selectFrom('year_end_close')
    .select(['through', 'closed_at'])
    .where('group_id', '=', groupId)
    .orderBy('through', 'desc')
    .limit(1);
  if (onOrAfter) q = q.where('through', '>=', onOrAfter);
  return q.executeTakeFirst();
}

export async function groupMembers(db: Q, groupId: string) {
  return db
    .selectFrom('group_member')
    .select(['member_no', 'title', 'first_name', 'last_name', 'joined_on', 'status', 'left_on'])
    .where('group_id', '=', groupId)
    .orderBy('member_no')
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof groupMembers>>[number];

/** Per member, account and posting date: the net of lines on the given member accounts up to a date. */
export async function memberMovements(db: Q, groupId: string, accounts: readonly string[], through: string) {
  return db
    .selectFrom('journal_line as l')
    .innerJoin('journal_entry as e', (j) =>
      j.onRef('e.group_id', '=', 'l.group_id').onRef('e.entry_no', '=', 'l.entry_no'),
    )
    .select(['l.account_code', 'l.member_no', 'e.posted_on', sql<string>`sum(l.amount)`.as('amount')])
    .where('l.group_id', '=', groupId)
    .where('l.account_code', 'in', [...accounts])
    .where('l.member_no', 'is not', null)
    .where('e.posted_on', '<=', through)
    .groupBy(['l.account_code', 'l.member_no', 'e.posted_on'])
    .orderBy('e.posted_on')
    .execute();
}

/** Net of lines per (account, member, loan) posted within [from, through], leaving out some entry kinds. */
export async function periodBalances(
  db: Q,
  groupId: string,
  p: { accounts: readonly string[]; from: string; through: string; excludeKinds: readonly string[] },
) {
  return db
    .selectFrom('journal_line as l')
    .innerJoin('journal_entry as e', (j) =>
      j.onRef('e.group_id', '=', 'l.group_id').onRef('e.entry_no', '=', 'l.entry_no'),
    )
    .select(['l.account_code', 'l.member_no', 'l.loan_no', sql<string>`sum(l.amount)`.as('amount')])
    .where('l.group_id', '=', groupId)
    .where('l.account_code', 'in', [...p.accounts])
    .where('e.posted_on', '>=', p.from)
    .where('e.posted_on', '<=', p.through)
    .where('e.kind', 'not in', [...p.excludeKinds])
    .groupBy(['l.account_code', 'l.member_no', 'l.loan_no'])
    .orderBy('l.account_code')
    .orderBy('l.member_no')
    .orderBy('l.loan_no')
    .execute();
}

export async function insertClose(
  trx: Transaction<DB>,
  row: {
    groupId: string;
    through: string;
    periodFrom: string;
    netProfit: number;
    entryNos: { interest: number | null; closing: number | null; allocation: number | null };
    computation: unknown;
    closedBy: string | null;
    closedAt: Date;
  },
): Promise<void> {
  await trx
    .insertInto('year_end_close')
    .values({
      group_id: row.groupId,
      through: row.through,
      period_from: row.periodFrom,
      net_profit: row.netProfit,
      interest_entry_no: row.entryNos.interest,
      closing_entry_no: row.entryNos.closing,
      allocation_entry_no: row.entryNos.allocation,
      computation: JSON.stringify(row.computation),
      closed_by: row.closedBy,
      closed_at: row.closedAt,
    })
    .execute();
}
