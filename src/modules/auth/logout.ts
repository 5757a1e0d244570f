import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../audit/index.js';
import { deleteSession } from './auth.repository.js';

export async function logout(opts: { db: Kysely<DB>; userId: string; tokenHash: string; requestId: string }) {
  await opts.db.transaction().execute(async (trx) => {
    await deleteSession(trx, opts.tokenHash);
    await recordAudit(trx, {
      actorUserId: opts.userId,
      action: 'session.logout',
      entityType: 'user_account',
      entityId: opts.userId,
      orgUnitId: null,
      requestId: opts.requestId,
    });
  });
}
