import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { ZAuditList, ZAuditQuery } from './audit.schemas.js';
import { listAudit } from './list-audit.js';

const listRoute = defineRoute('audit:read', {
  method: 'get',
  path: '/audit',
  tags: ['audit'],
  summary: 'Audit trail within scope, newest first (filter by entity or org unit)',
  request: { query: ZAuditQuery },
  responses: { 200: { description: 'Entries', ...jsonContent(ZAuditList) }, ...commonErrors },
});

export const auditRoutes = new OpenAPIHono<AppEnv>().openapi(listRoute, async (c) =>
  c.json({ items: await listAudit(useCaseContext(c), c.req.valid('query')) }, 200),
);
