import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { NETWORKS, POSITIONS } from './reference-data.js';

export async function seedReferenceData(db: Kysely<DB> | Transaction<DB>): Promise<void> {
  await db
    .insertInto('position')
    .values(POSITIONS.map((p, i) => ({ ...p, sort_order: i + 1 })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('network')
    .values(NETWORKS.map((n, i) => ({ ...n, sort_order: i + 1 })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}
