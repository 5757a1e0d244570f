import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CertificateSourceKind, CertificateTable } from './certificates.tables.js';

type Q = Kysely<DB> | Transaction<DB>;

function rows(db: Q) {
  return db
    .selectFrom('certificate as c')
    .innerJoin('org_unit as o', 'o.id', 'c.issuer_unit_id')
    .selectAll('c')
    .select('o.path as issuer_path');
}
export type CertificateRow = Awaited<ReturnType<ReturnType<typeof rows>['executeTakeFirstOrThrow']>>;

/** Inserts what is new; a row whose (source, recipient key) already exists is left as it is. */
export async function insertNewCertificates(trx: Transaction<DB>, values: Insertable<CertificateTable>[]) {
  if (!values.length) return [];
  return trx
    .insertInto('certificate')
    .values(values)
    .onConflict((oc) => oc.columns(['source_kind', 'source_id', 'recipient_key']).doNothing())
    .returning(['id', 'recipient_key'])
    .execute();
}

export function certificatesOfSource(db: Q, kind: CertificateSourceKind, sourceId: string) {
  return rows(db).where('c.source_kind', '=', kind).where('c.source_id', '=', sourceId).orderBy('c.issue_no').execute();
}

export function findCertificate(db: Q, id: string, opts: { forUpdate?: boolean } = {}) {
  const q = rows(db).where('c.id', '=', id);
  return (opts.forUpdate ? q.forUpdate('c') : q).executeTakeFirst();
}

export function findCertificateByCode(db: Q, code: string) {
  return rows(db).where('c.code', '=', code).executeTakeFirst();
}

export function personsExisting(db: Q, ids: readonly string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('person').select('id').where('id', 'in', ids).execute();
}

export async function markRevoked(trx: Transaction<DB>, id: string, at: Date, reason: string, by: string) {
  await trx
    .updateTable('certificate')
    .set({ revoked_at: at, revoked_reason: reason, revoked_by: by })
    .where('id', '=', id)
    .execute();
}
