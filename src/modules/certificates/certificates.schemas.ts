import { z } from '@hono/zod-openapi';
import { ZCivilDate } from '../ledger/index.js';

export const CERTIFICATE_SOURCE_KINDS = ['award', 'vote'] as const;
export const ZCertificateSourceKind = z.enum(CERTIFICATE_SOURCE_KINDS);

/** A certificate as staff in the issuer's scope see it. */
export const ZCertificate = z
  .object({
    id: z.string().uuid(),
    code: z
      .string()
      .openapi({ description: 'Verification code (12 Crockford base32 characters)', example: '7KQ2M9XRB4TD' }),
    recipientKey: z.string().openapi({ description: "The issuing module's key for the recipient within the source" }),
    personId: z.string().uuid().nullable(),
    recipientName: z.string().openapi({ example: 'นางสาวสิริภรณ์ ยงศิริ' }),
    honour: z.string().openapi({ example: 'สุดยอด ๑ พัฒนากร ๑ เครือข่ายการพัฒนา' }),
    eventTitle: z.string(),
    issuerUnitId: z.string(),
    issuerNameTh: z.string().openapi({ example: 'สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา' }),
    signerName: z.string(),
    signerPosition: z.string(),
    issuedOn: ZCivilDate,
    sourceKind: ZCertificateSourceKind,
    sourceId: z.string().uuid(),
    revokedAt: z.string().nullable().openapi({ description: 'ISO instant; null while valid' }),
    revokedReason: z.string().nullable(),
    verifyPath: z.string().openapi({ example: '/verify/7KQ2M9XRB4TD' }),
    pdfPath: z.string(),
  })
  .openapi('Certificate');
export type TCertificate = z.infer<typeof ZCertificate>;

/** What anyone holding the paper may learn from its code: exactly what the certificate shows. */
export const ZPublicCertificate = z
  .object({
    code: z.string(),
    recipientName: z.string(),
    honour: z.string(),
    eventTitle: z.string(),
    issuerNameTh: z.string(),
    signerName: z.string(),
    signerPosition: z.string(),
    issuedOn: ZCivilDate,
    status: z.enum(['valid', 'revoked']),
    revokedOn: ZCivilDate.nullable().openapi({ description: 'Civil date (Asia/Bangkok) of the revocation' }),
  })
  .openapi('PublicCertificate');
export type TPublicCertificate = z.infer<typeof ZPublicCertificate>;

// A missing reason gets the use case's Thai message rather than a generic schema error.
export const ZRevokeCertificateRequest = z
  .object({ reason: z.string().trim().max(500).default('') })
  .strict()
  .openapi('RevokeCertificateRequest');
