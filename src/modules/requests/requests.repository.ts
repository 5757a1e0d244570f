// SQL for report requests and submissions; access rules and validation live in the use cases.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export function findUnits(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .select(['id', 'path', 'kind', 'name_th', 'has_office'])
    .where('id', 'in', [...ids])
    .execute();
}

export function requestSelect(db: Db) {
  return db
    .selectFrom('report_request as r')
    .innerJoin('org_unit as i', 'i.id', 'r.org_unit_id')
    .selectAll('r')
    .select(['i.name_th as issuer_name_th', 'i.path as issuer_path', 'i.kind as issuer_kind']);
}
export type RequestRow = Awaited<ReturnType<ReturnType<typeof requestSelect>['executeTakeFirstOrThrow']>>;

export async function findRequest(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  let q = requestSelect(db).where('r.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate('r');
  return q.executeTakeFirst();
}

export function addressedUnits(db: Db, requestId: string) {
  return db
    .selectFrom('report_submission as s')
    .innerJoin('org_unit as u', 'u.id', 's.org_unit_id')
    .select(['s.id', 'u.id as unit_id', 'u.name_th'])
    .where('s.request_id', '=', requestId)
    .orderBy('u.id')
    .execute();
}

/** Requests with how many units were addressed and have reported; the caller adds its scope. */
export function requestCounts(db: Db) {
  return requestSelect(db)
    .leftJoin('report_submission as s', 's.request_id', 'r.id')
    .select((eb) => [
      eb.fn.count<string>('s.id').as('expected'),
      eb.fn.count<string>('s.first_submitted_at').as('submitted'),
    ])
    .groupBy(['r.id', 'i.name_th', 'i.path', 'i.kind'])
    .orderBy('r.deadline', 'desc')
    .orderBy('r.created_at', 'desc');
}

export function submissionSelect(db: Db) {
  return db
    .selectFrom('report_submission as s')
    .innerJoin('report_request as r', 'r.id', 's.request_id')
    .innerJoin('org_unit as u', 'u.id', 's.org_unit_id')
    .innerJoin('org_unit as i', 'i.id', 'r.org_unit_id')
    .selectAll('s')
    .select([
      'u.name_th as unit_name_th',
      'u.path as unit_path',
      'r.title',
      'r.instructions',
      'r.project_id',
      'r.letter_id',
      'r.fields',
      'r.deadline',
      'r.sent_on',
      'r.status as request_status',
      'r.lock_after_deadline',
      'r.answered_via_path',
      'r.answered_via_th',
      'r.org_unit_id as issuer_id',
      'i.name_th as issuer_name_th',
      'i.path as issuer_path',
    ]);
}
export type SubmissionRow = Awaited<ReturnType<ReturnType<typeof submissionSelect>['executeTakeFirstOrThrow']>>;

export async function findSubmission(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  let q = submissionSelect(db).where('s.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate('s');
  return q.executeTakeFirst();
}

export function submissionsOf(db: Db, requestId: string) {
  return submissionSelect(db).where('s.request_id', '=', requestId).orderBy('u.id').execute();
}

/** Addressed units' reports of sent or closed requests; the caller adds its scope. */
export function inboxRows(db: Db) {
  return submissionSelect(db).where('r.status', '<>', 'draft').orderBy('r.deadline').orderBy('u.id');
}

export function filesOf(db: Db, submissionIds: readonly string[]) {
  if (submissionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('report_submission_file as l')
    .innerJoin('stored_file as f', 'f.id', 'l.file_id')
    .select(['l.submission_id', 'l.field_key', 'f.id', 'f.file_name', 'f.content_type', 'f.byte_size'])
    .where('l.submission_id', 'in', [...submissionIds])
    .orderBy('l.created_at')
    .orderBy('f.id')
    .execute();
}

export function personUnits(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .select(['p.id', 'p.title', 'p.first_name', 'p.last_name', 'o.path'])
    .where('p.id', 'in', [...ids])
    .execute();
}

export async function fileCounts(db: Db, submissionId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('report_submission_file')
    .select((eb) => ['field_key', eb.fn.countAll<string>().as('n')])
    .where('submission_id', '=', submissionId)
    .groupBy('field_key')
    .execute();
  return new Map(rows.map((r) => [r.field_key, Number(r.n)]));
}
