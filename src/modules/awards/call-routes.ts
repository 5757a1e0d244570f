// The organiser's side of a call: define, rubric, committee, open, start scoring.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { addMember } from './add-member.js';
import { ZCall, ZCallInput, ZCallSummary, ZMemberInput, ZRubricInput } from './awards.schemas.js';
import { createCall } from './create-call.js';
import { getCall, listCalls } from './get-call.js';
import { openCall } from './open-call.js';
import { removeMember } from './remove-member.js';
import { setRubric } from './set-rubric.js';
import { startScoring } from './start-scoring.js';
import { updateCall } from './update-call.js';

const tags = ['awards'];
const idParam = z.object({ id: z.string().uuid() });
const callOk = { description: 'Award call', ...jsonContent(ZCall) };

const listRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-calls',
  tags,
  summary: 'Calls the actor organises, may nominate for (once open) or judges',
  responses: {
    200: { description: 'Calls', ...jsonContent(z.object({ items: z.array(ZCallSummary) })) },
    ...commonErrors,
  },
});
const createRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/award-calls',
  tags,
  summary: 'Define a call for nominations as a draft (categories, eligibility, dossier forms, deadlines, aggregation)',
  request: { headers: idempotencyHeader, body: { required: true, ...jsonContent(ZCallInput) } },
  responses: { 201: callOk, ...commonErrors, ...conflictError },
});
const getRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-calls/{id}',
  tags,
  summary: 'A call with its categories, rubrics, committee, winners once visible, and what the viewer may do',
  request: { params: idParam },
  responses: { 200: callOk, ...commonErrors },
});
const updateRoute = defineRoute('programs:manage', {
  method: 'put',
  path: '/award-calls/{id}',
  tags,
  summary: 'Replace a draft call (categories matched by code keep their rubrics)',
  request: { params: idParam, body: { required: true, ...jsonContent(ZCallInput) } },
  responses: { 200: callOk, ...commonErrors, ...conflictError },
});
const rubricRoute = defineRoute('programs:manage', {
  method: 'put',
  path: '/award-calls/{id}/categories/{code}/rubric',
  tags,
  summary: "Set a category's rubric; refused unless every part adds up (each problem named)",
  request: {
    params: idParam.extend({ code: z.string().max(40) }),
    body: { required: true, ...jsonContent(ZRubricInput) },
  },
  responses: { 200: callOk, ...commonErrors, ...conflictError },
});
const addMemberRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/award-calls/{id}/committee',
  tags,
  summary: 'Appoint a committee member (a person; the chair and scorers need an account)',
  request: { params: idParam, body: { required: true, ...jsonContent(ZMemberInput) } },
  responses: { 201: callOk, ...commonErrors, ...conflictError },
});
const removeMemberRoute = defineRoute('programs:manage', {
  method: 'delete',
  path: '/award-calls/{id}/committee/{memberId}',
  tags,
  summary: 'Remove a committee member before scoring',
  request: { params: idParam.extend({ memberId: z.string().uuid() }) },
  responses: { 200: callOk, ...commonErrors, ...conflictError },
});
const openRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/award-calls/{id}/open',
  tags,
  summary: 'Open the call to the districts (needs every rubric, a chair and a scorer)',
  request: { params: idParam },
  responses: { 200: callOk, ...commonErrors, ...conflictError },
});
const startRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/award-calls/{id}/start-scoring',
  tags,
  summary: 'Start scoring now (it also starts by itself after the dossier deadline)',
  request: { params: idParam },
  responses: { 200: callOk, ...commonErrors, ...conflictError },
});

export const callRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listCalls(useCaseContext(c)), 200))
  .openapi(createRoute, async (c) =>
    c.json(await createCall(useCaseContext(c), c.req.valid('json'), c.req.valid('header')['idempotency-key']), 201),
  )
  .openapi(getRoute, async (c) => c.json(await getCall(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(updateRoute, async (c) =>
    c.json(await updateCall(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(rubricRoute, async (c) => {
    const { id, code } = c.req.valid('param');
    return c.json(await setRubric(useCaseContext(c), id, code, c.req.valid('json')), 200);
  })
  .openapi(addMemberRoute, async (c) =>
    c.json(await addMember(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(removeMemberRoute, async (c) => {
    const { id, memberId } = c.req.valid('param');
    return c.json(await removeMember(useCaseContext(c), id, memberId), 200);
  })
  .openapi(openRoute, async (c) => c.json(await openCall(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(startRoute, async (c) => c.json(await startScoring(useCaseContext(c), c.req.valid('param').id), 200));
