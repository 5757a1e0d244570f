import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { ZMeetingDayResult, ZPostMeetingDayRequest } from './meetings.schemas.js';
import { postMeetingDay } from './post-meeting-day.js';

const postRoute = defineRoute('savings:post', {
  method: 'post',
  path: '/groups/{groupId}/meeting-days',
  tags: ['meetings'],
  summary: "Post a meeting day's money for every member atomically: all rows or none",
  request: {
    params: z.object({ groupId: z.string().uuid() }),
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZPostMeetingDayRequest) },
  },
  responses: { 201: { description: 'Posted', ...jsonContent(ZMeetingDayResult) }, ...commonErrors, ...conflictError },
});

export const meetingsRoutes = new OpenAPIHono<AppEnv>().openapi(postRoute, async (c) =>
  c.json(
    await postMeetingDay(
      useCaseContext(c),
      c.req.valid('param').groupId,
      c.req.valid('json'),
      c.req.valid('header')['idempotency-key'],
    ),
    201,
  ),
);
