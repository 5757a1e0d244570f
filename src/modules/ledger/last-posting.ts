import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The latest day anything was posted to the group's books on or before `onOrBefore`, or null. */
export async function lastPostingOn(
  db: Kysely<DB> | Transaction<DB>,
  groupId: string,
  onOrBefore: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('journal_entry')
    .select('posted_on')
    .where('group_id', '=', groupId)
    .where('posted_on', '<=', onOrBefore)
    .orderBy('posted_on', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.posted_on ?? null;
}
