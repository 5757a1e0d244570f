import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { leaveMember } from './leave-member.js';
import { ZLeaveRequest, ZLeaveResult } from './membership.schemas.js';

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

export const membershipRoutes = new OpenAPIHono<AppEnv>().openapi(leaveRoute, async (c) =>
  c.json(
    await leaveMember(
      useCaseContext(c),
      { ...c.req.valid('param'), ...c.req.valid('json') },
      c.req.valid('header')['idempotency-key'],
    ),
    201,
  ),
);
