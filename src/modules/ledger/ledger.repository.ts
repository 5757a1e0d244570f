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

export interface LockedBook {
  group: BookGroup;
  nextEntryNo: number;
  closedThrough: string | null;
  headHash: Uint8Array;
}

/**
 * Locks the books of these groups for the rest of the transaction (one group's writes happen one
 * at a time) and reads each group with it, in one round trip. Rows are locked in group-id order, so
 * two writers of overlapping sets wait for each other instead of deadlocking. The caller checks
 * access after: a refused caller's locks are released with its rollback. Missing groups are absent.
 */
export async function lockBookGroups(
  trx: Transaction<DB>,
  groupIds: readonly string[],
): Promise<Map<string, LockedBook>> {
  const rows = await trx
    .selectFrom('ledger_book as b')
    .innerJoin('savings_group as g', 'g.id', 'b.group_id')
    .innerJoin('org_unit as o', 'o.id', 'g.org_unit_id')
    .select(['g.id', 'g.name_th', 'g.org_unit_id', 'o.path', 'b.next_entry_no', 'b.closed_through', 'b.head_hash'])
    .where('b.group_id', '=', sql<string>`ANY(${[...groupIds]}::uuid[])`)
    .orderBy('b.group_id')
    .forUpdate('b')
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        group: { id: row.id, nameTh: row.name_th, orgUnitId: row.org_unit_id, orgPath: row.path },
        nextEntryNo: Number(row.next_entry_no),
        closedThrough: row.closed_through,
        headHash: row.head_hash,
      },
    ]),
  );
}

/** Current balances (sum of entries) of (group, account, member) triples; keyed `group:account:member`. */
export async function memberAccountBalances(
  db: Q,
  keys: readonly { groupId: string; account: string; memberNo: number }[],
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await sql<{ group_id: string; account_code: string; member_no: number; balance: string }>`
    SELECT l.group_id, l.account_code, l.member_no, sum(l.amount) AS balance
    FROM unnest(${keys.map((k) => k.groupId)}::uuid[], ${keys.map((k) => k.account)}::text[],
                ${keys.map((k) => k.memberNo)}::int[]) AS k(group_id, account_code, member_no)
    JOIN journal_line l ON l.group_id = k.group_id AND l.account_code = k.account_code AND l.member_no = k.member_no
    GROUP BY l.group_id, l.account_code, l.member_no`.execute(db);
  return new Map(rows.rows.map((r) => [`${r.group_id}:${r.account_code}:${r.member_no}`, Number(r.balance)]));
}
