// What another module may know of a report request to track it as a figure (a programs KPI counts the
// offices that reported): its title, how many offices it was addressed to, how many have made their
// first submission (on time or late; a later send-back does not undo it) and when the latest did.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

export interface SubmittedCount {
  requestId: string;
  title: string;
  /** Offices the request was addressed to. */
  expected: number;
  /** Of those, offices whose first submission has been made. */
  submitted: number;
  /** The moment of the latest first submission, null while nobody has submitted. */
  lastSubmittedAt: Date | null;
}

export async function submittedCounts(
  db: Kysely<DB> | Transaction<DB>,
  requestIds: readonly string[],
): Promise<Map<string, SubmittedCount>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('report_request as r')
    .leftJoin('report_submission as s', 's.request_id', 'r.id')
    .select((eb) => [
      'r.id',
      'r.title',
      eb.fn.count<string>('s.id').as('expected'),
      eb.fn.count<string>('s.first_submitted_at').as('submitted'),
      eb.fn.max('s.first_submitted_at').as('last_submitted_at'),
    ])
    .where('r.id', 'in', [...new Set(requestIds)])
    .groupBy(['r.id', 'r.title'])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        requestId: r.id,
        title: r.title,
        expected: Number(r.expected),
        submitted: Number(r.submitted),
        // max() of a timestamptz comes back as a Date from pg, possibly a string elsewhere.
        lastSubmittedAt: r.last_submitted_at === null ? null : new Date(r.last_submitted_at),
      },
    ]),
  );
}
