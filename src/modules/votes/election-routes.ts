import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { publicOrigin } from '../../server/public-origin.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { announceElection } from './announce-election.js';
import { castMyBallot } from './cast-my-ballot.js';
import { closeElection } from './close-election.js';
import { createElection } from './create-election.js';
import { exportResults } from './export-results.js';
import { getElection } from './get-election.js';
import { getMyBallot } from './get-my-ballot.js';
import { getResults } from './get-results.js';
import { listElections } from './list-elections.js';
import { listMyBallots } from './list-my-ballots.js';
import { listVoters } from './list-voters.js';
import { openElection } from './open-election.js';
import { updateElection } from './update-election.js';
import { voterQrPng } from './voter-qr.js';
import { voterSlipsPdf } from './voter-slips.js';
import {
  ZAnnounceInput,
  ZAnnounceResult,
  ZBallot,
  ZCastInput,
  ZElection,
  ZElectionInput,
  ZElectionSummary,
  ZElectionUpdate,
  ZMyBallot,
  ZResults,
  ZVoterSlip,
} from './votes.schemas.js';

const tags = ['votes'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = { schema: z.string().openapi({ format: 'binary' }) };
const idParam = z.object({ id: z.string().uuid() });
const election = { description: 'Election', ...jsonContent(ZElection) };
const ballot = { description: 'Ballot', ...jsonContent(ZBallot) };

const listRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/elections',
  tags,
  summary: 'Elections organised by offices in scope',
  responses: {
    200: { description: 'Elections', ...jsonContent(z.object({ items: z.array(ZElectionSummary) })) },
    ...commonErrors,
  },
});
const createRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/elections',
  tags,
  summary: 'A draft election: categories, voting days, candidate rule',
  request: { headers: idempotencyHeader, body: { required: true, ...jsonContent(ZElectionInput) } },
  responses: { 201: election, ...commonErrors, ...conflictError },
});
const getRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/elections/{id}',
  tags,
  summary: 'An election with its categories and turnout so far',
  request: { params: idParam },
  responses: { 200: election, ...commonErrors },
});
const updateRoute = defineRoute('programs:manage', {
  method: 'put',
  path: '/elections/{id}',
  tags,
  summary: 'Replace a draft election’s definition',
  request: { params: idParam, body: { required: true, ...jsonContent(ZElectionUpdate) } },
  responses: { 200: election, ...commonErrors, ...conflictError },
});
const openRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/elections/{id}/open',
  tags,
  summary: "Open voting: the roll is fixed to the organiser's staff, each with a ballot code",
  request: { params: idParam },
  responses: { 200: election, ...commonErrors, ...conflictError },
});
const closeRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/elections/{id}/close',
  tags,
  summary: 'Close voting after the last day and seal the ballots; results become readable',
  request: { params: idParam },
  responses: { 200: election, ...commonErrors, ...conflictError },
});
const announceRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/elections/{id}/announce',
  tags,
  summary: 'Announce the winners (ties settled by a recorded decision) and issue their certificates',
  request: { params: idParam, headers: idempotencyHeader, body: { required: true, ...jsonContent(ZAnnounceInput) } },
  responses: {
    200: { description: 'Results with winners, and the certificates issued', ...jsonContent(ZAnnounceResult) },
    ...commonErrors,
    ...conflictError,
  },
});
const resultsRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/elections/{id}/results',
  tags,
  summary: 'Votes per candidate and turnout per category (403 until closed, unless live results)',
  request: { params: idParam },
  responses: { 200: { description: 'Results', ...jsonContent(ZResults) }, ...commonErrors },
});
const resultsXlsxRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/elections/{id}/results.xlsx',
  tags,
  summary: 'The results and turnout as an Excel workbook',
  request: { params: idParam },
  responses: { 200: { description: 'Workbook', content: { [XLSX_TYPE]: binary } }, ...commonErrors },
});
const votersRoute = defineRoute('programs:manage', {
  method: 'get',
  path: '/elections/{id}/voters',
  tags,
  summary: 'The roll with each voter’s ballot code and link (organisers only)',
  request: { params: idParam },
  responses: {
    200: { description: 'Roll', ...jsonContent(z.object({ items: z.array(ZVoterSlip) })) },
    ...commonErrors,
  },
});
const slipsRoute = defineRoute('programs:manage', {
  method: 'get',
  path: '/elections/{id}/slips.pdf',
  tags,
  summary: 'Printable voter slips: name, QR code, link and code, eight to an A4 page',
  request: { params: idParam },
  responses: { 200: { description: 'PDF', content: { 'application/pdf': binary } }, ...commonErrors },
});
const qrRoute = defineRoute('programs:manage', {
  method: 'get',
  path: '/elections/{id}/voters/{personId}/qr.png',
  tags,
  summary: 'One voter’s QR code: their ballot link',
  request: { params: z.object({ id: z.string().uuid(), personId: z.string().uuid() }) },
  responses: { 200: { description: 'PNG', content: { 'image/png': binary } }, ...commonErrors },
});
const myBallotsRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/my-ballots',
  tags,
  summary: 'Open elections whose roll the logged-in user is on',
  responses: {
    200: { description: 'Ballots', ...jsonContent(z.object({ items: z.array(ZMyBallot) })) },
    ...commonErrors,
  },
});
const myBallotRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/elections/{id}/my-ballot',
  tags,
  summary: 'The logged-in user’s ballot (403 when not on the roll)',
  request: { params: idParam },
  responses: { 200: ballot, ...commonErrors, ...conflictError },
});
const castMyRoute = defineRoute('authenticated', {
  method: 'post',
  path: '/elections/{id}/my-ballot',
  tags,
  summary: 'Cast as the logged-in user, who must be on the roll; all choices or none',
  request: { params: idParam, body: { required: true, ...jsonContent(ZCastInput) } },
  responses: { 200: ballot, ...commonErrors, ...conflictError },
});

export const electionRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listElections(useCaseContext(c)), 200))
  .openapi(createRoute, async (c) =>
    c.json(await createElection(useCaseContext(c), c.req.valid('json'), c.req.valid('header')['idempotency-key']), 201),
  )
  .openapi(getRoute, async (c) => c.json(await getElection(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(updateRoute, async (c) =>
    c.json(await updateElection(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(openRoute, async (c) => c.json(await openElection(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(closeRoute, async (c) => c.json(await closeElection(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(announceRoute, async (c) =>
    c.json(
      await announceElection(
        useCaseContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.req.valid('header')['idempotency-key'],
      ),
      200,
    ),
  )
  .openapi(resultsRoute, async (c) => c.json(await getResults(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(resultsXlsxRoute, async (c) => {
    const id = c.req.valid('param').id;
    const bytes = await exportResults(useCaseContext(c), id);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="election-${id}-results.xlsx"`,
    });
  })
  .openapi(votersRoute, async (c) =>
    c.json(await listVoters(useCaseContext(c), c.req.valid('param').id, publicOrigin(c)), 200),
  )
  .openapi(slipsRoute, async (c) => {
    const id = c.req.valid('param').id;
    const pdf = await voterSlipsPdf(useCaseContext(c), id, publicOrigin(c));
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="election-${id}-slips.pdf"`,
      'Cache-Control': 'no-store',
    });
  })
  .openapi(qrRoute, async (c) => {
    const { id, personId } = c.req.valid('param');
    const png = await voterQrPng(useCaseContext(c), id, personId, publicOrigin(c));
    return c.body(new Uint8Array(png) as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'image/png',
      'Cache-Control': 'no-store',
    });
  })
  .openapi(myBallotsRoute, async (c) => c.json(await listMyBallots(useCaseContext(c)), 200))
  .openapi(myBallotRoute, async (c) => c.json(await getMyBallot(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(castMyRoute, async (c) =>
    c.json(await castMyBallot(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
