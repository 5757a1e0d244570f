import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { ZRollup, ZRollupQuery } from './reports.schemas.js';
import { rollup } from './rollup.js';

const rollupRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/reports/rollup',
  tags: ['reports'],
  summary: 'Groups, members, savings, borrowers, amount lent and outstanding for a unit, by child unit',
  request: { query: ZRollupQuery },
  responses: { 200: { description: 'Roll-up', ...jsonContent(ZRollup) }, ...commonErrors },
});

export const reportsRoutes = new OpenAPIHono<AppEnv>().openapi(rollupRoute, async (c) =>
  c.json(await rollup(useCaseContext(c), c.req.valid('query')), 200),
);
