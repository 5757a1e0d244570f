import { todayInBangkok } from '../../kernel/dates.js';
import type { CertificateRow } from './certificates.repository.js';
import type { TCertificate, TPublicCertificate } from './certificates.schemas.js';

export const verifyPath = (code: string) => `/verify/${code}`;

export function toCertificate(r: CertificateRow): TCertificate {
  return {
    id: r.id,
    code: r.code,
    recipientKey: r.recipient_key,
    personId: r.person_id,
    recipientName: r.recipient_name,
    honour: r.honour,
    eventTitle: r.event_title,
    issuerUnitId: r.issuer_unit_id,
    issuerNameTh: r.issuer_name_th,
    signerName: r.signer_name,
    signerPosition: r.signer_position,
    issuedOn: r.issued_on,
    sourceKind: r.source_kind,
    sourceId: r.source_id,
    revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
    revokedReason: r.revoked_reason,
    verifyPath: verifyPath(r.code),
    pdfPath: `/api/v1/certificates/${r.id}/pdf`,
  };
}

/** The day a revocation took effect, as Thai offices date things (Asia/Bangkok). */
export const revokedOn = (revokedAt: Date | string | null) =>
  revokedAt === null ? null : todayInBangkok({ now: () => new Date(revokedAt) });

export function toPublicCertificate(r: CertificateRow): TPublicCertificate {
  return {
    code: r.code,
    recipientName: r.recipient_name,
    honour: r.honour,
    eventTitle: r.event_title,
    issuerNameTh: r.issuer_name_th,
    signerName: r.signer_name,
    signerPosition: r.signer_position,
    issuedOn: r.issued_on,
    status: r.revoked_at ? 'revoked' : 'valid',
    revokedOn: revokedOn(r.revoked_at),
  };
}
