import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { ZErrorResponse } from '../../server/errors.js';
import { commonErrors, conflictError } from '../../server/openapi-common.js';
import { publicOrigin } from '../../server/public-origin.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { ZCertificate, ZPublicCertificate, ZRevokeCertificateRequest } from './certificates.schemas.js';
import { renderCertificate } from './render-certificate.js';
import { revokeCertificate } from './revoke-certificate.js';
import { verifyCertificate } from './verify-certificate.js';

const tags = ['certificates'];
const idParam = z.object({ id: z.string().uuid() });

const pdfRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/certificates/{id}/pdf',
  tags,
  summary: 'The certificate (เกียรติบัตร) as an A4 landscape PDF with its verification QR code',
  request: { params: idParam },
  responses: {
    200: { description: 'PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...commonErrors,
    503: { description: 'PDF rendering unavailable', ...jsonContent(ZErrorResponse) },
  },
});
const revokeRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/certificates/{id}/revoke',
  tags,
  summary: 'Revoke a certificate with a reason; its code then verifies as revoked',
  request: { params: idParam, body: { required: true, ...jsonContent(ZRevokeCertificateRequest) } },
  responses: {
    200: { description: 'The revoked certificate', ...jsonContent(ZCertificate) },
    ...commonErrors,
    ...conflictError,
  },
});
const verifyRoute = defineRoute('public', {
  method: 'get',
  path: '/public/certificates/{code}',
  tags,
  summary: 'Public check of a certificate by the code on its QR (no login): what the paper shows, valid or revoked',
  request: { params: z.object({ code: z.string().max(40) }) },
  responses: {
    200: { description: 'The certificate as printed', ...jsonContent(ZPublicCertificate) },
    404: { description: 'No certificate has this code', ...jsonContent(ZErrorResponse) },
  },
});

export const certificatesRoutes = new OpenAPIHono<AppEnv>()
  .openapi(pdfRoute, async (c) => {
    const f = await renderCertificate(useCaseContext(c), c.req.valid('param').id, publicOrigin(c));
    return new Response(f.bytes as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${f.asciiName}"; filename*=UTF-8''${encodeURIComponent(f.thaiName)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      },
    }) as never;
  })
  .openapi(revokeRoute, async (c) =>
    c.json(await revokeCertificate(useCaseContext(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  )
  .openapi(verifyRoute, async (c) => c.json(await verifyCertificate(c.get('deps').db, c.req.valid('param').code), 200));
