import { normalizeCrockford } from '../../kernel/random.js';
import { AppError } from '../../kernel/errors.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findCertificateByCode } from './certificates.repository.js';
import { toPublicCertificate } from './certificates.mappers.js';
import type { TPublicCertificate } from './certificates.schemas.js';

const unknownCode = () =>
  new AppError({
    code: 'certificate_not_found',
    kind: 'not_found',
    messageTh: 'ไม่พบเกียรติบัตรตามรหัสนี้ กรุณาตรวจสอบรหัสอีกครั้ง',
    messageEn: 'No certificate has this code',
  });

/**
 * The public check behind the QR code: no login, so it answers only what the paper itself shows.
 * Accepts the code as a person types it (any case, with hyphens, O for 0).
 */
export async function verifyCertificate(db: Kysely<DB>, typed: string): Promise<TPublicCertificate> {
  const code = normalizeCrockford(typed);
  if (!code) throw unknownCode();
  const row = await findCertificateByCode(db, code);
  if (!row) throw unknownCode();
  return toPublicCertificate(row);
}
