import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The report a request expects from one unit (its id and state), for a module that fills it in. */
export function unitSubmission(db: Kysely<DB> | Transaction<DB>, requestId: string, unitId: string) {
  return db
    .selectFrom('report_submission')
    .select(['id', 'status', 'late', 'first_submitted_at'])
    .where('request_id', '=', requestId)
    .where('org_unit_id', '=', unitId)
    .executeTakeFirst();
}
