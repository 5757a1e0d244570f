// The public ballot behind a slip's QR code: no login, reached only by the one-time code. Unknown
// codes count towards a per-address limit (ballot-limiter.ts).
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../kernel/errors.js';
import type { AppEnv } from '../../server/context.js';
import { ZErrorResponse } from '../../server/errors.js';
import { conflictError } from '../../server/openapi-common.js';
import { clientAddress } from '../../server/public-origin.js';
import { defineRoute, jsonContent } from '../../server/route.js';
import { limiterFor } from './ballot-limiter.js';
import { castByCode } from './cast-by-code.js';
import { getBallot } from './get-ballot.js';
import { BALLOT_NOT_FOUND, type PublicContext } from './voter-lookup.js';
import { ZBallot, ZCastInput } from './votes.schemas.js';

const tags = ['votes'];
const codeParam = z.object({ code: z.string().min(1).max(40).openapi({ description: "The slip's ballot code" }) });
const errors = {
  404: { description: 'No ballot with this code', ...jsonContent(ZErrorResponse) },
  422: { description: 'Invalid choice', ...jsonContent(ZErrorResponse) },
  429: { description: 'Too many unknown codes from this address', ...jsonContent(ZErrorResponse) },
};

const getRoute = defineRoute('public', {
  method: 'get',
  path: '/ballots/{code}',
  tags,
  summary: 'A voter’s ballot by slip code: categories, candidates (name, office, position) and what is done',
  request: { params: codeParam },
  responses: { 200: { description: 'Ballot', ...jsonContent(ZBallot) }, ...errors },
});
const castRoute = defineRoute('public', {
  method: 'post',
  path: '/ballots/{code}',
  tags,
  summary: 'Cast one choice in each of one or more categories, all or none (409 if already voted)',
  request: { params: codeParam, body: { required: true, ...jsonContent(ZCastInput) } },
  responses: {
    200: { description: 'The ballot as it now stands', ...jsonContent(ZBallot) },
    ...errors,
    ...conflictError,
  },
});

function publicContext(c: Context<AppEnv>): PublicContext {
  const { db, clock } = c.get('deps');
  return { db, clock, requestId: c.get('requestId') };
}

/** Runs a code lookup under the limiter: refused while blocked, and an unknown code counts. */
async function limited<T>(c: Context<AppEnv>, run: () => Promise<T>): Promise<T> {
  // A ballot is one voter's page: never kept by a shared cache.
  c.header('Cache-Control', 'no-store');
  const limiter = limiterFor(c.get('deps'));
  const address = clientAddress(c);
  limiter.requireAllowed(address);
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError && err.code === BALLOT_NOT_FOUND) limiter.recordFailure(address);
    throw err;
  }
}

export const ballotRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getRoute, async (c) =>
    c.json(await limited(c, () => getBallot(publicContext(c), c.req.valid('param').code)), 200),
  )
  .openapi(castRoute, async (c) =>
    c.json(await limited(c, () => castByCode(publicContext(c), c.req.valid('param').code, c.req.valid('json'))), 200),
  );
