// The department's instruments: define (JSON) or import (.xlsx), list, read, export (.xlsx).
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { ZErrorResponse } from '../../server/errors.js';
import { commonErrors, conflictError, download, idempotencyHeader, XLSX_TYPE } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { createInstrument } from './create-instrument.js';
import { exportInstrument } from './export-instrument.js';
import { getInstrument, listInstruments } from './get-instrument.js';
import { importInstrument } from './import-instrument.js';
import { ZInstrument, ZInstrumentInput, ZInstrumentSummary } from './instrument.schemas.js';

const tags = ['assessments'];
const idParam = z.object({ id: z.string().uuid() });
const ok = { description: 'Instrument version', ...jsonContent(ZInstrument) };
const ZUploadForm = z.object({
  file: z.custom<File>((v) => v instanceof File).openapi({ type: 'string', format: 'binary' }),
});

const listRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/assessment-instruments',
  tags,
  summary: 'Every instrument version (samples flagged), newest version first within a code',
  responses: {
    200: { description: 'Instruments', ...jsonContent(z.object({ items: z.array(ZInstrumentSummary) })) },
    ...commonErrors,
  },
});
const createRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/assessment-instruments',
  tags,
  summary: 'Add the next version of an instrument; refused unless its content matches its declared shape',
  request: { headers: idempotencyHeader, body: { required: true, ...jsonContent(ZInstrumentInput) } },
  responses: { 201: ok, ...commonErrors, ...conflictError },
});
const importRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/assessment-instruments/import',
  tags,
  summary: 'Import an instrument from an .xlsx laid out as the export (the next version of its code)',
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { 'multipart/form-data': { schema: ZUploadForm } } },
  },
  responses: {
    201: ok,
    ...commonErrors,
    ...conflictError,
    413: { description: 'Larger than the upload limit', ...jsonContent(ZErrorResponse) },
    415: { description: 'Not an .xlsx workbook', ...jsonContent(ZErrorResponse) },
  },
});
const getRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/assessment-instruments/{id}',
  tags,
  summary: 'One instrument version with its dimensions, indicators and result rule',
  request: { params: idParam },
  responses: { 200: ok, ...commonErrors },
});
const exportRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/assessment-instruments/{id}/instrument.xlsx',
  tags,
  summary: 'The instrument as a workbook that imports back unchanged',
  request: { params: idParam },
  responses: { 200: download('Workbook', XLSX_TYPE), ...commonErrors },
});

export const instrumentRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listInstruments(useCaseContext(c)), 200))
  .openapi(createRoute, async (c) =>
    c.json(
      await createInstrument(useCaseContext(c), c.req.valid('json'), c.req.valid('header')['idempotency-key']),
      201,
    ),
  )
  .openapi(importRoute, async (c) => {
    const { file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const key = c.req.valid('header')['idempotency-key'];
    return c.json(await importInstrument(useCaseContext(c), { bytes, fileName: file.name }, key), 201);
  })
  .openapi(getRoute, async (c) => c.json(await getInstrument(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(exportRoute, async (c) => {
    const { fileName, xlsx } = await exportInstrument(useCaseContext(c), c.req.valid('param').id);
    return c.body(xlsx as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="instrument.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    });
  });
