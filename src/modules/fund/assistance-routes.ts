// Help for households: the proposal request to the districts, their proposals, the assistance plan
// and its sign-off, payouts from the fund with receipts and photos, and follow-up visits.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { ZErrorResponse } from '../../server/errors.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { fileDownload, ZStoredFile } from '../files/index.js';
import {
  ZAttachPayoutForm,
  ZFollowUpInput,
  ZPayout,
  ZPayoutInput,
  ZPlan,
  ZPlanInput,
  ZPlanSigner,
  ZProposal,
  ZProposalInput,
  ZProposalList,
  ZProposalRequestInput,
  ZReturnInput,
  ZSignInput,
} from './assistance.schemas.js';
import { createPlan } from './create-plan.js';
import { ZFund } from './fund.schemas.js';
import { getPlan, listPlans } from './get-plan.js';
import { listPayouts } from './list-payouts.js';
import { listPlanSigners } from './list-plan-signers.js';
import { listProposals } from './list-proposals.js';
import { openProposals } from './open-proposals.js';
import { attachPayoutFile, readPayoutFile } from './payout-files.js';
import { returnPlan, signPlan, submitPlan } from './plan-signoff.js';
import { recordFollowUp } from './record-follow-up.js';
import { recordPayout } from './record-payout.js';
import { submitProposal } from './submit-proposal.js';

const tags = ['fund'];
const idParam = z.object({ id: z.string().uuid() });
const payoutParam = idParam.extend({ no: z.coerce.number().int().min(1) });
const planOk = { description: 'Assistance plan', ...jsonContent(ZPlan) };
const payoutOk = { description: 'Payout', ...jsonContent(ZPayout) };
const items = <T extends z.ZodType>(schema: T) => jsonContent(z.object({ items: z.array(schema) }));

const openRoute = defineRoute('fund:manage', {
  method: 'post',
  path: '/funds/{id}/proposal-request',
  tags,
  summary: 'Ask every district office for its assistance proposal through a report request',
  request: {
    params: idParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZProposalRequestInput) },
  },
  responses: { 201: { description: 'Fund', ...jsonContent(ZFund) }, ...commonErrors, ...conflictError },
});
const proposalsRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}/proposals',
  tags,
  summary: 'District proposals the viewer may read (own district, or all for the fund officers)',
  request: { params: idParam },
  responses: { 200: { description: 'Proposals', ...jsonContent(ZProposalList) }, ...commonErrors },
});
const proposeRoute = defineRoute('fund:survey', {
  method: 'post',
  path: '/funds/{id}/proposals',
  tags,
  summary: 'A district proposes help for its households and submits its report to the province',
  request: { params: idParam, body: { required: true, ...jsonContent(ZProposalInput) } },
  responses: { 201: { description: 'Proposal', ...jsonContent(ZProposal) }, ...commonErrors, ...conflictError },
});
const plansRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}/plans',
  tags,
  summary: 'Assistance plans of the fund',
  request: { params: idParam },
  responses: { 200: { description: 'Plans', ...items(ZPlan) }, ...commonErrors },
});
const createPlanRoute = defineRoute('fund:manage', {
  method: 'post',
  path: '/funds/{id}/plans',
  tags,
  summary: 'Draft an assistance plan from proposed items, with its sign-off chain',
  request: { params: idParam, headers: idempotencyHeader, body: { required: true, ...jsonContent(ZPlanInput) } },
  responses: { 201: planOk, ...commonErrors, ...conflictError },
});
const signersRoute = defineRoute('fund:manage', {
  method: 'get',
  path: '/funds/{id}/plan-signers',
  tags,
  summary: 'Accounts that may sign the fund’s assistance plan (reading the fund from its office or above)',
  request: { params: idParam },
  responses: { 200: { description: 'Signers', ...items(ZPlanSigner) }, ...commonErrors },
});
const getPlanRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/fund-plans/{id}',
  tags,
  summary: 'One plan (fund readers and the plan’s signers)',
  request: { params: idParam },
  responses: { 200: planOk, ...commonErrors },
});
const submitPlanRoute = defineRoute('fund:read', {
  method: 'post',
  path: '/fund-plans/{id}/submit',
  tags,
  summary: 'The proposer sends the plan for sign-off',
  request: { params: idParam },
  responses: { 200: planOk, ...commonErrors, ...conflictError },
});
const signPlanRoute = defineRoute('fund:read', {
  method: 'post',
  path: '/fund-plans/{id}/sign',
  tags,
  summary: 'The signer on turn signs; the last signer approves',
  request: { params: idParam, body: { required: false, ...jsonContent(ZSignInput) } },
  responses: { 200: planOk, ...commonErrors, ...conflictError },
});
const returnPlanRoute = defineRoute('fund:read', {
  method: 'post',
  path: '/fund-plans/{id}/return',
  tags,
  summary: 'The signer on turn sends the plan back to a draft, saying why',
  request: { params: idParam, body: { required: true, ...jsonContent(ZReturnInput) } },
  responses: { 200: planOk, ...commonErrors, ...conflictError },
});
const payoutsRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}/payouts',
  tags,
  summary: 'Payouts of the households the viewer may read, with files and follow-ups',
  request: { params: idParam },
  responses: { 200: { description: 'Payouts', ...items(ZPayout) }, ...commonErrors },
});
const payRoute = defineRoute('fund:manage', {
  method: 'post',
  path: '/funds/{id}/payouts',
  tags,
  summary: 'Pay a planned item from the fund’s bank account (never more than the fund’s balance)',
  request: { params: idParam, headers: idempotencyHeader, body: { required: true, ...jsonContent(ZPayoutInput) } },
  responses: { 201: payoutOk, ...commonErrors, ...conflictError },
});
const attachRoute = defineRoute('fund:manage', {
  method: 'post',
  path: '/funds/{id}/payouts/{no}/files',
  tags,
  summary: 'Attach a receipt (image or PDF) or a photo to a payout (type decided by content)',
  request: {
    params: payoutParam,
    body: { required: true, content: { 'multipart/form-data': { schema: ZAttachPayoutForm } } },
  },
  responses: {
    201: { description: 'Stored', ...jsonContent(ZStoredFile) },
    ...commonErrors,
    413: { description: 'Larger than the upload limit', ...jsonContent(ZErrorResponse) },
  },
});
const fileRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}/payouts/{no}/files/{fileId}',
  tags,
  summary: 'A payout’s receipt or photo (images inline with ?inline=1)',
  request: {
    params: payoutParam.extend({ fileId: z.string().uuid() }),
    query: z.object({ inline: z.enum(['0', '1']).optional() }),
  },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...commonErrors,
  },
});
const followUpRoute = defineRoute('fund:read', {
  method: 'post',
  path: '/funds/{id}/payouts/{no}/follow-ups',
  tags,
  summary: 'Record a follow-up visit (owning district or fund officers)',
  request: { params: payoutParam, body: { required: true, ...jsonContent(ZFollowUpInput) } },
  responses: { 201: payoutOk, ...commonErrors },
});

const key = (c: { req: { valid(t: 'header'): { 'idempotency-key'?: string | undefined } } }) =>
  c.req.valid('header')['idempotency-key'];

export const assistanceRoutes = new OpenAPIHono<AppEnv>()
  .openapi(openRoute, async (c) =>
    c.json(await openProposals(useCaseContext(c), c.req.valid('param').id, c.req.valid('json'), key(c)), 201),
  )
  .openapi(proposalsRoute, async (c) => c.json(await listProposals(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(proposeRoute, async (c) =>
    c.json(await submitProposal(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(plansRoute, async (c) => c.json(await listPlans(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(createPlanRoute, async (c) =>
    c.json(await createPlan(useCaseContext(c), c.req.valid('param').id, c.req.valid('json'), key(c)), 201),
  )
  .openapi(signersRoute, async (c) => c.json(await listPlanSigners(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(getPlanRoute, async (c) => c.json(await getPlan(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(submitPlanRoute, async (c) => c.json(await submitPlan(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(signPlanRoute, async (c) => {
    const body = c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {};
    return c.json(await signPlan(useCaseContext(c), c.req.valid('param').id, body.comment), 200);
  })
  .openapi(returnPlanRoute, async (c) =>
    c.json(await returnPlan(useCaseContext(c), c.req.valid('param').id, c.req.valid('json').comment), 200),
  )
  .openapi(payoutsRoute, async (c) => c.json(await listPayouts(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(payRoute, async (c) =>
    c.json(await recordPayout(useCaseContext(c), c.req.valid('param').id, c.req.valid('json'), key(c)), 201),
  )
  .openapi(attachRoute, async (c) => {
    const { id, no } = c.req.valid('param');
    const { kind, file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    return c.json(await attachPayoutFile(useCaseContext(c), id, no, { kind, fileName: file.name, bytes }), 201);
  })
  .openapi(fileRoute, async (c) => {
    const { id, no, fileId } = c.req.valid('param');
    const file = await readPayoutFile(useCaseContext(c), id, no, fileId);
    return fileDownload(file, { inline: c.req.valid('query').inline === '1' }) as never;
  })
  .openapi(followUpRoute, async (c) => {
    const { id, no } = c.req.valid('param');
    return c.json(await recordFollowUp(useCaseContext(c), id, no, c.req.valid('json')), 201);
  });
