import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

/** The report a request expects from one unit (its id and state), for a module that fills it in. */
export function unitSubmission(db: Q, requestId: string, unitId: string) {
  return db
    .selectFrom('report_submission')
    .select(['id', 'status', 'late', 'first_submitted_at'])
    .where('request_id', '=', requestId)
    .where('org_unit_id', '=', unitId)
    .executeTakeFirst();
}

/** Every unit's report on a request with its state (and the province's note when sent back). */
export function requestSubmissions(db: Q, requestId: string) {
  return db
    .selectFrom('report_submission')
    .select(['id', 'org_unit_id', 'status', 'late', 'return_comment'])
    .where('request_id', '=', requestId)
    .orderBy('org_unit_id')
    .execute();
}
