import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { ZCivilDate } from '../ledger/index.js';
import { closeYear } from './close-year.js';
import { getMemberStatement } from './get-member-statement.js';
import { listYearEnds } from './list-year-ends.js';
import { previewYearEnd } from './preview-year-end.js';
import {
  ZMemberStatement,
  ZYearEndClose,
  ZYearEndComputation,
  ZYearEndList,
  ZYearEndRequest,
} from './year-end.schemas.js';

const groupParam = z.object({ groupId: z.string().uuid() });
const tags = ['year-end'];

const previewRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/year-end/preview',
  tags,
  summary: 'What closing the year through a date would post: net profit, pools and every member, with reasons',
  request: { params: groupParam, query: z.object({ through: ZCivilDate }) },
  responses: {
    200: { description: 'Computation', ...jsonContent(ZYearEndComputation) },
    ...commonErrors,
    ...conflictError,
  },
});
const closeRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/groups/{groupId}/year-end',
  tags,
  summary: 'Close the year: post interest, closing and allocation entries exactly as previewed, lock the books',
  request: {
    params: groupParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZYearEndRequest) },
  },
  responses: { 201: { description: 'Closed', ...jsonContent(ZYearEndClose) }, ...commonErrors, ...conflictError },
});
const listRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/year-end',
  tags,
  summary: "The group's year-end closes, latest first",
  request: { params: groupParam },
  responses: { 200: { description: 'Closes', ...jsonContent(ZYearEndList) }, ...commonErrors },
});
const statementRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/year-end/{through}/members/{memberNo}',
  tags,
  summary: "One member's year-end statement as it was computed and posted",
  request: { params: groupParam.extend({ through: ZCivilDate, memberNo: z.coerce.number().int().positive() }) },
  responses: { 200: { description: 'Statement', ...jsonContent(ZMemberStatement) }, ...commonErrors },
});

export const yearEndRoutes = new OpenAPIHono<AppEnv>()
  .openapi(previewRoute, async (c) =>
    c.json(await previewYearEnd(useCaseContext(c), { ...c.req.valid('param'), ...c.req.valid('query') }), 200),
  )
  .openapi(closeRoute, async (c) =>
    c.json(
      await closeYear(useCaseContext(c), {
        ...c.req.valid('param'),
        ...c.req.valid('json'),
        idempotencyKey: c.req.valid('header')['idempotency-key'],
      }),
      201,
    ),
  )
  .openapi(listRoute, async (c) => c.json(await listYearEnds(useCaseContext(c), c.req.valid('param').groupId), 200))
  .openapi(statementRoute, async (c) => c.json(await getMemberStatement(useCaseContext(c), c.req.valid('param')), 200));
