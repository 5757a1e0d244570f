import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { ZAnomaly, ZAnomalyList, ZAreaAnomaliesQuery, ZResolveAnomalyRequest } from './anomalies.schemas.js';
import { listAreaAnomalies, listGroupAnomalies } from './list-anomalies.js';
import { resolveAnomaly } from './resolve-anomaly.js';

const groupParam = z.object({ groupId: z.string().uuid() });

const groupRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/anomalies',
  tags: ['anomalies'],
  summary: "Anomaly flags raised by the group's books, each explained, with its resolution if any",
  request: { params: groupParam },
  responses: { 200: { description: 'Flags', ...jsonContent(ZAnomalyList) }, ...commonErrors },
});
const areaRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/anomalies',
  tags: ['anomalies'],
  summary: 'Anomaly flags of every group under an org unit the reader may see (a district, a province)',
  request: { query: ZAreaAnomaliesQuery },
  responses: { 200: { description: 'Flags', ...jsonContent(ZAnomalyList) }, ...commonErrors },
});
const resolveRoute = defineRoute('savings:approve', {
  method: 'post',
  path: '/groups/{groupId}/anomalies/resolutions',
  tags: ['anomalies'],
  summary: 'Resolve a flag with a note of what the audit committee or district found (audited)',
  request: { params: groupParam, body: { required: true, ...jsonContent(ZResolveAnomalyRequest) } },
  responses: { 201: { description: 'Resolved', ...jsonContent(ZAnomaly) }, ...commonErrors, ...conflictError },
});

export const anomalyRoutes = new OpenAPIHono<AppEnv>()
  .openapi(groupRoute, async (c) =>
    c.json({ items: await listGroupAnomalies(useCaseContext(c), c.req.valid('param').groupId) }, 200),
  )
  .openapi(areaRoute, async (c) =>
    c.json({ items: await listAreaAnomalies(useCaseContext(c), c.req.valid('query')) }, 200),
  )
  .openapi(resolveRoute, async (c) =>
    c.json(await resolveAnomaly(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('json')), 201),
  );
