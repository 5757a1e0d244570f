import { z } from '@hono/zod-openapi';
import { ZErrorResponse } from './errors.js';
import { jsonContent } from './route.js';

/** The error responses every authenticated route can give. */
export const commonErrors = {
  401: { description: 'Not logged in', ...jsonContent(ZErrorResponse) },
  403: { description: 'Not permitted', ...jsonContent(ZErrorResponse) },
  404: { description: 'Not found or no access', ...jsonContent(ZErrorResponse) },
  422: { description: 'Invalid input', ...jsonContent(ZErrorResponse) },
} as const;

export const conflictError = { 409: { description: 'Conflict', ...jsonContent(ZErrorResponse) } } as const;

/** The Idempotency-Key header every ledger write takes (see src/modules/ledger/ledger-write.ts). */
export const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(200).optional().openapi({
    description:
      'Unique per intended write (8–200 of A–Z a–z 0–9 . _ : -); a retry with the same key returns the first result',
  }),
});

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The 200 response of a download route (a PDF, a workbook, a stored file), as OpenAPI describes it. */
export const download = (description: string, type: string) => ({
  description,
  content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } },
});
