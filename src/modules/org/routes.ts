import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { createVillage } from './create-village.js';
import { getOrgUnit } from './get-org-unit.js';
import { listOrgUnits, listScopeRoots } from './list-org-units.js';
import { ZCreateVillageRequest, ZOrgUnit, ZOrgUnitDetail, ZOrgUnitList, ZOrgUnitQuery } from './org.schemas.js';

const scopeRoute = defineRoute('org:read', {
  method: 'get',
  path: '/org-units/scope',
  tags: ['org'],
  summary: 'The org units at the top of the caller’s scope',
  responses: { 200: { description: 'Scope roots', ...jsonContent(ZOrgUnitList) }, ...commonErrors },
});
const listRoute = defineRoute('org:read', {
  method: 'get',
  path: '/org-units',
  tags: ['org'],
  summary: 'Children of a unit (parentId) or a name search within scope (q)',
  request: { query: ZOrgUnitQuery },
  responses: { 200: { description: 'Units', ...jsonContent(ZOrgUnitList) }, ...commonErrors },
});
const getRoute = defineRoute('org:read', {
  method: 'get',
  path: '/org-units/{id}',
  tags: ['org'],
  summary: 'One unit with its ancestors',
  request: { params: z.object({ id: z.string().max(40) }) },
  responses: { 200: { description: 'Unit', ...jsonContent(ZOrgUnitDetail) }, ...commonErrors },
});
const createRoute = defineRoute('org:write', {
  method: 'post',
  path: '/org-units',
  tags: ['org'],
  summary: 'Create a village (หมู่บ้าน) under a subdistrict',
  request: { body: { required: true, ...jsonContent(ZCreateVillageRequest) } },
  responses: { 201: { description: 'Created', ...jsonContent(ZOrgUnit) }, ...commonErrors, ...conflictError },
});

export const orgRoutes = new OpenAPIHono<AppEnv>()
  .openapi(scopeRoute, async (c) => {
    const ctx = useCaseContext(c);
    return c.json({ items: await listScopeRoots(ctx.db, ctx.actor) }, 200);
  })
  .openapi(listRoute, async (c) => {
    const ctx = useCaseContext(c);
    return c.json({ items: await listOrgUnits(ctx.db, ctx.actor, c.req.valid('query')) }, 200);
  })
  .openapi(getRoute, async (c) => {
    const ctx = useCaseContext(c);
    return c.json(await getOrgUnit(ctx.db, ctx.actor, c.req.valid('param').id), 200);
  })
  .openapi(createRoute, async (c) => c.json(await createVillage(useCaseContext(c), c.req.valid('json')), 201));
