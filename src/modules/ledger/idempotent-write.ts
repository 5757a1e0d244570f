// Idempotency for writes outside a group's books (e.g. registering a group): with a key, the first
// result is stored and a retry returns it; the same key with another request is refused. Concurrent
// retries of one key wait on a transaction-scoped advisory lock taken on (user, key).
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requestHash, requireIdempotencyKey } from './ledger-write.js';

export async function idempotentWrite<T>(
  ctx: UseCaseContext,
  w: { idempotencyKey: string | undefined; operation: string; request: unknown },
  run: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  if (w.idempotencyKey === undefined) return ctx.db.transaction().execute(run);
  const key = requireIdempotencyKey(w.idempotencyKey);
  const hash = requestHash(w.operation, w.request);
  return ctx.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${ctx.actor.userId + ':' + key}))`.execute(trx);
    const prior = await trx
      .selectFrom('request_idempotency')
      .select(['request_hash', 'response'])
      .where('user_id', '=', ctx.actor.userId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    if (prior) {
      if (prior.request_hash !== hash) {
        throw new AppError({
          code: 'idempotency_key_reused',
          kind: 'conflict',
          messageTh: 'รหัสป้องกันการบันทึกซ้ำนี้ถูกใช้กับรายการอื่นแล้ว กรุณาเริ่มรายการใหม่',
          messageEn: 'This Idempotency-Key was already used for a different request',
        });
      }
      return prior.response as T;
    }
    const result = await run(trx);
    await trx
      .insertInto('request_idempotency')
      .values({
        user_id: ctx.actor.userId,
        idempotency_key: key,
        operation: w.operation,
        request_hash: hash,
        response: JSON.stringify(result),
      })
      .execute();
    return result;
  });
}
