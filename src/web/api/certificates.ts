// Certificates: the public check behind the QR code printed on each one (no login needed).
import { request } from './client.js';
import type { PublicCertificate } from './certificates-types.js';

export const certificatesApi = {
  verify: (code: string, signal?: AbortSignal) =>
    request<PublicCertificate>(`/public/certificates/${encodeURIComponent(code)}`, { signal }),
};
