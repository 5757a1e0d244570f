// Certificates (เกียรติบัตร) for award and election winners, each verifiable by anyone through the
// QR code printed on it. The awards and votes modules issue them inside their own transactions.
export type { CertificatesTables } from './certificates.tables.js';
export { certificatesRoutes } from './routes.js';
export { issueCertificates, type CertificateRecipient, type IssueCertificatesInput } from './issue-certificates.js';
export { listCertificates } from './list-certificates.js';
export {
  ZCertificate,
  ZPublicCertificate,
  type TCertificate,
  type TPublicCertificate,
} from './certificates.schemas.js';
