import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import {
  ZMeetingDayResult,
  ZMeetingDaysResult,
  ZPostMeetingDayRequest,
  ZPostMeetingDaysRequest,
} from './meetings.schemas.js';
import { postMeetingDay, postMeetingDays } from './post-meeting-day.js';

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

const postManyRoute = defineRoute('savings:post', {
  method: 'post',
  path: '/meeting-days',
  tags: ['meetings'],
  summary:
    "Post several groups' meeting days at once (a district's upload): the same rules per group, all days or none; one Idempotency-Key covers the upload",
  request: {
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZPostMeetingDaysRequest) },
  },
  responses: { 201: { description: 'Posted', ...jsonContent(ZMeetingDaysResult) }, ...commonErrors, ...conflictError },
});

export const meetingsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(postRoute, async (c) =>
    c.json(
      await postMeetingDay(
        useCaseContext(c),
        c.req.valid('param').groupId,
        c.req.valid('json'),
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    ),
  )
  .openapi(postManyRoute, async (c) =>
    c.json(
      await postMeetingDays(useCaseContext(c), c.req.valid('json'), c.req.valid('header')['idempotency-key']),
      201,
    ),
  );
