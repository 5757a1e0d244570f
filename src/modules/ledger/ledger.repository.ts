// Typed SQL for the books; no rules here.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

export interface BookGroup {
  id: string;
  nameTh: string;
  orgUnitId: string;
  orgPath: string;
}

/** The group a book belongs to, with the org path that decides who may see it. */
export async function findBookGroup(db: Q, groupId: string): Promise<BookGroup | undefined> {
  const row = await db
    .selectFrom('savings_group as g')
    .innerJoin('org_unit as o', 'o.id', 'g.org_unit_id')
    .select(['g.id', 'g.name_th', 'g.org_unit_id', 'o.path'])
    .where('g.id', '=', groupId)
    .executeTakeFirst();
  return row && { id: row.id, nameTh: row.name_th, orgUnitId: row.org_unit_id, orgPath: row.path };
}

/**
 * Locks the group's book for the rest of the transaction (one group's writes happen one at a time)
 * and reads the group with it, in one round trip. The caller checks access after: a refused
 * caller's lock is released with its rollback.
 */
export async function lockBookGroup(trx: Transaction<DB>, groupId: string) {
  const row = await trx
    .selectFrom('ledger_book as b')
    .innerJoin('savings_group as g', 'g.id', 'b.group_id')
    .innerJoin('org_unit as o', 'o.id', 'g.org_unit_id')
    .select(['g.id', 'g.name_th', 'g.org_unit_id', 'o.path', 'b.next_entry_no', 'b.closed_through'])
    .where('b.group_id', '=', groupId)
    .forUpdate('b')
    .executeTakeFirst();
  return (
    row && {
      group: { id: row.id, nameTh: row.name_th, orgUnitId: row.org_unit_id, orgPath: row.path } as BookGroup,
      nextEntryNo: Number(row.next_entry_no),
      closedThrough: row.closed_through,
    }
  );
}

/** Current balances (sum of entries) of (account, member) pairs in one group. */
export async function memberAccountBalances(
  db: Q,
  groupId: string,
  pairs: readonly { account: string; memberNo: number }[],
): Promise<Map<string, number>> {
  if (pairs.length === 0) return new Map();
  const rows = await db
    .selectFrom('journal_line')
    .select(['account_code', 'member_no', sql<string>`sum(amount)`.as('balance')])
    .where('group_id', '=', groupId)
    .where((eb) =>
      eb.or(pairs.map((p) => eb.and([eb('account_code', '=', p.account), eb('member_no', '=', p.memberNo)]))),
    )
    .groupBy(['account_code', 'member_no'])
    .execute();
  return new Map(rows.map((r) => [`${r.account_code}:${r.member_no}`, Number(r.balance)]));
}
