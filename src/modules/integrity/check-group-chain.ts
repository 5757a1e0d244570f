// One group's journal chain checked on the spot (the member passbook states what it was checked
// against): every link and the head, as `verify` does for all groups.
import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { JOURNAL_HEADS, JOURNAL_LINKS } from './chain-checks.js';

export interface GroupChain {
  intact: boolean;
  headEntryNo: number;
  headHash: string;
}

export async function checkGroupChain(db: Kysely<DB>, groupId: string): Promise<GroupChain> {
  const param = [`{${groupId}}`];
  const broken =
    (await db.executeQuery(CompiledQuery.raw(JOURNAL_LINKS, param))).rows.length +
    (await db.executeQuery(CompiledQuery.raw(JOURNAL_HEADS, param))).rows.length;
  const book = await db
    .selectFrom('ledger_book')
    .select(['next_entry_no', 'head_hash'])
    .where('group_id', '=', groupId)
    .executeTakeFirstOrThrow();
  return {
    intact: broken === 0,
    headEntryNo: Number(book.next_entry_no) - 1,
    headHash: Buffer.from(book.head_hash).toString('hex'),
  };
}
