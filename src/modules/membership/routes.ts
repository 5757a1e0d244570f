import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { openingTemplateCsv } from './import-columns.js';
import { importOpeningBalances } from './import-members.js';
import { leaveMember } from './leave-member.js';
import { ZImportOpeningForm, ZImportOpeningResult, ZLeaveRequest, ZLeaveResult } from './membership.schemas.js';

const leaveRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/groups/{groupId}/members/{memberNo}/leave',
  tags: ['savings'],
  summary: 'A member leaves: savings paid out minus debts, in one posted entry',
  request: {
    params: z.object({ groupId: z.string().uuid(), memberNo: z.coerce.number().int().positive() }),
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZLeaveRequest) },
  },
  responses: { 201: { description: 'Left', ...jsonContent(ZLeaveResult) }, ...commonErrors, ...conflictError },
});

const groupParam = z.object({ groupId: z.string().uuid() });
const importRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/groups/{groupId}/opening-balances',
  tags: ['savings'],
  summary: "Import an existing group's members, savings and loans from .xlsx/.csv with one balancing opening entry",
  request: {
    params: groupParam,
    headers: idempotencyHeader,
    body: { required: true, content: { 'multipart/form-data': { schema: ZImportOpeningForm } } },
  },
  responses: {
    201: { description: 'Imported', ...jsonContent(ZImportOpeningResult) },
    ...commonErrors,
    ...conflictError,
    413: { description: 'File too large' },
    415: { description: 'Not .xlsx or .csv' },
  },
});
const templateRoute = defineRoute('savings:manage', {
  method: 'get',
  path: '/opening-balances/template.csv',
  tags: ['savings'],
  summary: 'CSV template (UTF-8 with BOM) for the opening-balance import',
  responses: { 200: { description: 'Template', content: { 'text/csv': { schema: z.string() } } }, ...commonErrors },
});

export const membershipRoutes = new OpenAPIHono<AppEnv>()
  .openapi(importRoute, async (c) => {
    const { file, asOf, cash, bank } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    return c.json(
      await importOpeningBalances(
        useCaseContext(c),
        { groupId: c.req.valid('param').groupId, bytes, fileName: file.name, asOf, cash, bank },
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    );
  })
  .openapi(templateRoute, (c) =>
    c.body(openingTemplateCsv(), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="opening-balances-template.csv"; filename*=UTF-8''${encodeURIComponent('แบบฟอร์มยอดยกมา.csv')}`,
    }),
  )
  .openapi(leaveRoute, async (c) =>
    c.json(
      await leaveMember(
        useCaseContext(c),
        { ...c.req.valid('param'), ...c.req.valid('json') },
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    ),
  );
