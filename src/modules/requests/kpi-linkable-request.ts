// Whether an actor may tie a figure elsewhere (a programs KPI) to a report request. Only the issuing
// side qualifies: it already sees every addressee's status in the matrix, so a count of submissions
// tells it nothing new. An addressed office sees only its own report and must not learn, through a
// KPI, how many others have reported.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../access/index.js';
import { onIssuingSide } from './request-access.js';
import { findRequest } from './requests.repository.js';
import { submittedCounts, type SubmittedCount } from './submitted-counts.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request with its counts, or undefined when it does not exist or the actor may not read it in full. */
export async function linkableRequest(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  requestId: string,
): Promise<SubmittedCount | undefined> {
  if (!UUID.test(requestId)) return undefined;
  const r = await findRequest(db, requestId);
  if (!r || !onIssuingSide(actor, r.issuer_path)) return undefined;
  return (await submittedCounts(db, [requestId])).get(requestId);
}
