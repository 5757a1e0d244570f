import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { addPlanKpi } from './add-plan-kpi.js';
import { addPlanStep } from './add-plan-step.js';
import { createPlan } from './create-plan.js';
import { getPlan } from './get-plan.js';
import {
  ZIndicator,
  ZKpiActualInput,
  ZKpiInput,
  ZPlan,
  ZPlanInput,
  ZPlanStepInput,
  ZPlanStepUpdate,
} from './programs.schemas.js';
import { recordKpiActual } from './record-kpi-actual.js';
import { updatePlanStep } from './update-plan-step.js';

const tags = ['programs'];
const idParam = z.object({ id: z.string().uuid() });
const plan = { description: 'The plan, overdue computed for today', ...jsonContent(ZPlan) };

const createRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/projects/{id}/plans',
  tags,
  summary: 'A plan (แผนการดำเนินงาน) of a project with its steps',
  request: { params: idParam, headers: idempotencyHeader, body: { required: true, ...jsonContent(ZPlanInput) } },
  responses: { 201: plan, ...commonErrors, ...conflictError },
});
const getRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/plans/{id}',
  tags,
  summary: 'A plan with its steps (overdue flagged by the server clock, Bangkok day) and KPIs',
  request: { params: idParam },
  responses: { 200: plan, ...commonErrors },
});
const addStepRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/plans/{id}/steps',
  tags,
  summary: 'Append a step to a plan',
  request: { params: idParam, body: { required: true, ...jsonContent(ZPlanStepInput) } },
  responses: { 201: plan, ...commonErrors },
});
const updateStepRoute = defineRoute('programs:manage', {
  method: 'patch',
  path: '/plans/{id}/steps/{stepId}',
  tags,
  summary: "Record a step's status, done date and evidence",
  request: {
    params: z.object({ id: z.string().uuid(), stepId: z.string().uuid() }),
    body: { required: true, ...jsonContent(ZPlanStepUpdate) },
  },
  responses: { 200: plan, ...commonErrors },
});
const addKpiRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/plans/{id}/kpis',
  tags,
  summary:
    "A KPI tracked on a plan: 'manual', or 'report_submissions' (offices that submitted to a report request, counted on read)",
  request: { params: idParam, body: { required: true, ...jsonContent(ZKpiInput) } },
  responses: { 201: plan, ...commonErrors },
});
const actualRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/kpis/{id}/actuals',
  tags,
  summary: "Record a manual KPI's actual with the day it was true (409 for a computed KPI)",
  request: { params: idParam, body: { required: true, ...jsonContent(ZKpiActualInput) } },
  responses: {
    201: { description: 'The KPI with its latest actual', ...jsonContent(ZIndicator) },
    ...commonErrors,
    ...conflictError,
  },
});

export const planRoutes = new OpenAPIHono<AppEnv>()
  .openapi(createRoute, async (c) =>
    c.json(
      await createPlan(
        useCaseContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    ),
  )
  .openapi(getRoute, async (c) => c.json(await getPlan(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(addStepRoute, async (c) =>
    c.json(await addPlanStep(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(updateStepRoute, async (c) => {
    const { id, stepId } = c.req.valid('param');
    return c.json(await updatePlanStep(useCaseContext(c), id, stepId, c.req.valid('json')), 200);
  })
  .openapi(addKpiRoute, async (c) =>
    c.json(await addPlanKpi(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(actualRoute, async (c) =>
    c.json(await recordKpiActual(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
