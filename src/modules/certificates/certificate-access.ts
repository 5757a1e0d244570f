// Who may see and revoke a certificate: decided by the issuing office's place in the org tree, like
// every other programs record. Outside read scope answers exactly like "no such certificate".
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import { requireRecordAccess, requireUnitAccess, type Actor } from '../access/index.js';
import { findCertificate, type CertificateRow } from './certificates.repository.js';

export async function readableCertificate(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CertificateRow> {
  const row = await findCertificate(db, id, opts);
  if (!row) throw notFound();
  requireRecordAccess(actor, 'programs:read', row.issuer_path);
  return row;
}

/** 404 outside the issuer's scope, 403 where the actor may read but not manage. */
export function requireCertificateManage(actor: Actor, row: CertificateRow): void {
  requireUnitAccess(actor, 'programs:manage', row.issuer_path);
}
