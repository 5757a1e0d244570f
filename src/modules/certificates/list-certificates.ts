import type { UseCaseContext } from '../../server/context.js';
import { canAt } from '../access/index.js';
import { certificatesOfSource } from './certificates.repository.js';
import { toCertificate } from './certificates.mappers.js';
import type { TCertificate } from './certificates.schemas.js';
import type { CertificateSourceKind } from './certificates.tables.js';

/** The certificates of one award call or election that the actor may read (issuer in scope). */
export async function listCertificates(
  ctx: UseCaseContext,
  source: { kind: CertificateSourceKind; id: string },
): Promise<TCertificate[]> {
  const rows = await certificatesOfSource(ctx.db, source.kind, source.id);
  return rows.filter((r) => canAt(ctx.actor, 'programs:read', r.issuer_path)).map(toCertificate);
}
