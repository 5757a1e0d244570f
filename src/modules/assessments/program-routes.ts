// Programs: define, read, select targets per province (and clear a province's selection), list targets.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, download, idempotencyHeader, XLSX_TYPE } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import {
  ZProgram,
  ZProgramInput,
  ZRollup,
  ZSelectionInput,
  ZSelectionResult,
  ZTarget,
  ZTargetQuery,
} from './assessments.schemas.js';
import { clearSelection } from './clear-selection.js';
import { createProgram } from './create-program.js';
import { exportRollup } from './export-rollup.js';
import { getProgram, listPrograms } from './get-program.js';
import { listTargets } from './list-targets.js';
import { rollup } from './rollup.js';
import { runSelection } from './run-selection.js';

const tags = ['assessments'];
const idParam = z.object({ id: z.string().uuid() });
const ok = { description: 'Program', ...jsonContent(ZProgram) };

const listRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/assessment-programs',
  tags,
  summary: 'Assessment programs run at, above or below the actor’s offices',
  responses: {
    200: { description: 'Programs', ...jsonContent(z.object({ items: z.array(ZProgram) })) },
    ...commonErrors,
  },
});
const createRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/assessment-programs',
  tags,
  summary: 'Start a program: instruments, target level, quotas per province, support per group, deadlines',
  request: { headers: idempotencyHeader, body: { required: true, ...jsonContent(ZProgramInput) } },
  responses: { 201: ok, ...commonErrors, ...conflictError },
});
const getRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/assessment-programs/{id}',
  tags,
  summary: 'One program',
  request: { params: idParam },
  responses: { 200: ok, ...commonErrors },
});
const selectRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/assessment-programs/{id}/selection',
  tags,
  summary: 'Select targets per province: level-3 fund-centre leaders first, then other level-3 groups, within quota',
  request: { params: idParam, body: { required: true, ...jsonContent(ZSelectionInput) } },
  responses: { 200: { description: 'Per province', ...jsonContent(ZSelectionResult) }, ...commonErrors },
});
const clearRoute = defineRoute('programs:manage', {
  method: 'delete',
  path: '/assessment-programs/{id}/selection/{provinceId}',
  tags,
  summary: "Clear a province's selection to run it again (refused once a forum is recorded there)",
  request: {
    params: idParam.extend({ provinceId: z.string().max(10) }),
    body: { required: true, ...jsonContent(z.object({ reason: z.string().trim().min(1).max(500) }).strict()) },
  },
  responses: {
    200: { description: 'Removed', ...jsonContent(z.object({ removed: z.number() })) },
    ...commonErrors,
    ...conflictError,
  },
});
const targetsRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/assessment-programs/{id}/targets',
  tags,
  summary: 'Targets in scope with the reason each was chosen, forum and plan state and the report deadline',
  request: { params: idParam, query: ZTargetQuery },
  responses: {
    200: { description: 'Targets', ...jsonContent(z.object({ items: z.array(ZTarget) })) },
    ...commonErrors,
  },
});

const rollupRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/assessment-programs/{id}/rollup',
  tags,
  summary:
    'District, province or nation: assessed, levels, most-failed indicators, the 60 % plan indicator, budget, report deadlines',
  request: { params: idParam, query: ZTargetQuery },
  responses: { 200: { description: 'Roll-up', ...jsonContent(ZRollup) }, ...commonErrors },
});

const rollupXlsxRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/assessment-programs/{id}/rollup.xlsx',
  tags,
  summary: 'The roll-up as an Excel workbook: summary, the children, level distribution, most-failed indicators',
  request: { params: idParam, query: ZTargetQuery },
  responses: { 200: download('Workbook', XLSX_TYPE), ...commonErrors },
});

export const programRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listPrograms(useCaseContext(c)), 200))
  .openapi(createRoute, async (c) =>
    c.json(await createProgram(useCaseContext(c), c.req.valid('json'), c.req.valid('header')['idempotency-key']), 201),
  )
  .openapi(getRoute, async (c) => c.json(await getProgram(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(selectRoute, async (c) =>
    c.json(await runSelection(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(clearRoute, async (c) => {
    const { id, provinceId } = c.req.valid('param');
    return c.json(await clearSelection(useCaseContext(c), id, provinceId, c.req.valid('json').reason), 200);
  })
  .openapi(targetsRoute, async (c) =>
    c.json(await listTargets(useCaseContext(c), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(rollupRoute, async (c) =>
    c.json(await rollup(useCaseContext(c), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(rollupXlsxRoute, async (c) => {
    const { fileName, xlsx } = await exportRollup(useCaseContext(c), c.req.valid('param').id, c.req.valid('query'));
    return c.body(xlsx as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="assessment-rollup.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    });
  });
