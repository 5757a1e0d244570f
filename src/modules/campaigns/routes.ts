import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { campaignProgress, listCampaigns } from './campaign-progress.js';
import { ZCampaign, ZCampaignProgress, ZCreateCampaignRequest } from './campaigns.schemas.js';
import { createCampaign } from './create-campaign.js';

const tags = ['campaigns'];
const listRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/campaigns',
  tags,
  summary: 'Savings campaigns covering units in scope',
  responses: {
    200: { description: 'Campaigns', ...jsonContent(z.object({ items: z.array(ZCampaign) })) },
    ...commonErrors,
  },
});
const createRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/campaigns',
  tags,
  summary: 'Define a savings campaign for every group under a unit',
  request: { headers: idempotencyHeader, body: { required: true, ...jsonContent(ZCreateCampaignRequest) } },
  responses: { 201: { description: 'Created', ...jsonContent(ZCampaign) }, ...commonErrors, ...conflictError },
});
const progressRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/campaigns/{id}/progress',
  tags,
  summary: 'Progress computed from the ledger, for the campaign area or a unit inside it, by child unit',
  request: {
    params: z.object({ id: z.string().uuid() }),
    query: z.object({ orgUnitId: z.string().max(40).optional() }),
  },
  responses: { 200: { description: 'Progress', ...jsonContent(ZCampaignProgress) }, ...commonErrors },
});

export const campaignsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listCampaigns(useCaseContext(c)), 200))
  .openapi(createRoute, async (c) =>
    c.json(await createCampaign(useCaseContext(c), c.req.valid('json'), c.req.valid('header')['idempotency-key']), 201),
  )
  .openapi(progressRoute, async (c) =>
    c.json(await campaignProgress(useCaseContext(c), c.req.valid('param').id, c.req.valid('query').orgUnitId), 200),
  );
