import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { ZErrorResponse } from '../../server/errors.js';
import { commonErrors } from '../../server/openapi-common.js';
import { publicOrigin } from '../../server/public-origin.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { issuePassbookLink } from './issue-passbook-link.js';
import { openPassbook } from './open-passbook.js';
import { ZOpenPassbookRequest, ZPassbook, ZPassbookLink } from './passbook.schemas.js';

const issueRoute = defineRoute('savings:post', {
  method: 'post',
  path: '/groups/{groupId}/members/{memberNo}/passbook-link',
  tags: ['passbook'],
  summary: "Issue the member's passbook QR (a new link; the previous one stops working)",
  request: { params: z.object({ groupId: z.string().uuid(), memberNo: z.coerce.number().int().min(1).max(100_000) }) },
  responses: { 201: { description: 'The link and its QR code', ...jsonContent(ZPassbookLink) }, ...commonErrors },
});
const openRoute = defineRoute('public', {
  method: 'post',
  path: '/public/passbook/{token}',
  tags: ['passbook'],
  summary: "A member's own balances and last entries, opened with their citizen ID (rate limited per link)",
  request: {
    params: z.object({
      token: z
        .string()
        .min(16)
        .max(64)
        .regex(/^[A-Za-z0-9_-]+$/),
    }),
    body: { required: true, ...jsonContent(ZOpenPassbookRequest) },
  },
  responses: {
    200: { description: 'The passbook', ...jsonContent(ZPassbook) },
    403: { description: 'The citizen ID does not match', ...jsonContent(ZErrorResponse) },
    404: { description: 'No such link', ...jsonContent(ZErrorResponse) },
    422: { description: 'Not a citizen ID', ...jsonContent(ZErrorResponse) },
    429: { description: 'Too many wrong IDs', ...jsonContent(ZErrorResponse) },
  },
});

export const passbookRoutes = new OpenAPIHono<AppEnv>()
  .openapi(issueRoute, async (c) => {
    const { groupId, memberNo } = c.req.valid('param');
    return c.json(await issuePassbookLink(useCaseContext(c), groupId, memberNo, publicOrigin(c)), 201);
  })
  .openapi(openRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await openPassbook({ db, clock }, c.req.valid('param').token, c.req.valid('json').thaiId), 200);
  });
