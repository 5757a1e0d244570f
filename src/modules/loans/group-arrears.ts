import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { satang, type Satang } from '../../kernel/money.js';

/**
 * A group's principal outstanding and the part of it on loans overdue on `asOf` (an installment
 * unpaid since before that day), from the positions every posting maintains — the same reading
 * the arrears dashboards make.
 */
export async function groupArrears(
  db: Kysely<DB> | Transaction<DB>,
  groupId: string,
  asOf: string,
): Promise<{ outstanding: Satang; overdue: Satang }> {
  const row = await db
    .selectFrom('loan_position')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<string>('outstanding'), eb.val('0')).as('outstanding'),
      eb.fn
        .coalesce(
          eb.fn.sum<string>(eb.case().when('unpaid_since', '<', asOf).then(eb.ref('outstanding')).else(0).end()),
          eb.val('0'),
        )
        .as('overdue'),
    ])
    .where('group_id', '=', groupId)
    .where('outstanding', '>', '0')
    .executeTakeFirstOrThrow();
  return { outstanding: satang(Number(row.outstanding)), overdue: satang(Number(row.overdue)) };
}
