// The fund itself, its participants and its books: set up, enrol, count piggy banks, deposit,
// reverse, read statements.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { addParticipants } from './add-participants.js';
import { createFund } from './create-fund.js';
import { fundJournal } from './fund-journal.js';
import {
  ZCollection,
  ZCollectionInput,
  ZDeposit,
  ZDepositInput,
  ZFund,
  ZFundEntry,
  ZFundInput,
  ZParticipant,
  ZParticipantsInput,
  ZParticipantStatement,
  ZReverseInput,
} from './fund.schemas.js';
import { getCollection, listCollections } from './get-collections.js';
import { getFund, listFunds } from './get-fund.js';
import { listParticipants, participantStatement } from './list-participants.js';
import { recordCollection } from './record-collection.js';
import { listDeposits, recordDeposit } from './record-deposit.js';
import { reverseFundEntry } from './reverse-fund-entry.js';

const tags = ['fund'];
const idParam = z.object({ id: z.string().uuid() });
const noParam = idParam.extend({ no: z.coerce.number().int().min(1) });
const entryParam = idParam.extend({ entryNo: z.coerce.number().int().min(1) });
const fundOk = { description: 'Staff fund', ...jsonContent(ZFund) };
const items = <T extends z.ZodType>(schema: T) => jsonContent(z.object({ items: z.array(schema) }));

const listRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds',
  tags,
  summary: 'Staff funds run at, above or below the viewer’s offices',
  responses: { 200: { description: 'Funds', ...items(ZFund) }, ...commonErrors },
});
const createRoute = defineRoute('fund:manage', {
  method: 'post',
  path: '/funds',
  tags,
  summary: 'Set up a province office’s staff fund (period, pledge per day ≥ 1 baht, target, bank account)',
  request: { headers: idempotencyHeader, body: { required: true, ...jsonContent(ZFundInput) } },
  responses: { 201: fundOk, ...commonErrors, ...conflictError },
});
const getRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}',
  tags,
  summary: 'A fund with its balances (savings, cash awaiting deposit, bank, assistance paid)',
  request: { params: idParam },
  responses: { 200: fundOk, ...commonErrors },
});
const participantsRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}/participants',
  tags,
  summary: 'Participants the viewer may see, with what each has saved against the pledge',
  request: { params: idParam },
  responses: { 200: { description: 'Participants', ...items(ZParticipant) }, ...commonErrors },
});
const addParticipantsRoute = defineRoute('fund:manage', {
  method: 'post',
  path: '/funds/{id}/participants',
  tags,
  summary: 'Enrol staff of the fund’s area (people on record, each once)',
  request: {
    params: idParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZParticipantsInput) },
  },
  responses: { 201: { description: 'Added', ...items(ZParticipant) }, ...commonErrors, ...conflictError },
});
const statementRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}/participants/{no}/statement',
  tags,
  summary: 'One participant’s counts with witnesses and a running total',
  request: { params: noParam },
  responses: { 200: { description: 'Statement', ...jsonContent(ZParticipantStatement) }, ...commonErrors },
});
const collectionsRoute = defineRoute('fund:manage', {
  method: 'get',
  path: '/funds/{id}/collections',
  tags,
  summary: 'Collection events with every count and its two witnesses',
  request: { params: idParam },
  responses: { 200: { description: 'Collections', ...items(ZCollection) }, ...commonErrors },
});
const collectionRoute = defineRoute('fund:manage', {
  method: 'get',
  path: '/funds/{id}/collections/{no}',
  tags,
  summary: 'One collection event',
  request: { params: noParam },
  responses: { 200: { description: 'Collection', ...jsonContent(ZCollection) }, ...commonErrors },
});
const recordCollectionRoute = defineRoute('fund:manage', {
  method: 'post',
  path: '/funds/{id}/collections',
  tags,
  summary: 'Record a collection event: each piggy bank counted before two named witnesses, booked as one entry',
  request: { params: idParam, headers: idempotencyHeader, body: { required: true, ...jsonContent(ZCollectionInput) } },
  responses: { 201: { description: 'Recorded', ...jsonContent(ZCollection) }, ...commonErrors, ...conflictError },
});
const depositsRoute = defineRoute('fund:manage', {
  method: 'get',
  path: '/funds/{id}/deposits',
  tags,
  summary: 'Bank deposits with their slip references',
  request: { params: idParam },
  responses: { 200: { description: 'Deposits', ...items(ZDeposit) }, ...commonErrors },
});
const recordDepositRoute = defineRoute('fund:manage', {
  method: 'post',
  path: '/funds/{id}/deposits',
  tags,
  summary: 'Deposit counted cash in the fund’s bank account (slip reference and date)',
  request: { params: idParam, headers: idempotencyHeader, body: { required: true, ...jsonContent(ZDepositInput) } },
  responses: { 201: { description: 'Recorded', ...jsonContent(ZDeposit) }, ...commonErrors, ...conflictError },
});
const journalRoute = defineRoute('fund:manage', {
  method: 'get',
  path: '/funds/{id}/journal',
  tags,
  summary: 'The fund’s double-entry books',
  request: { params: idParam },
  responses: { 200: { description: 'Entries', ...items(ZFundEntry) }, ...commonErrors },
});
const reverseRoute = defineRoute('fund:manage', {
  method: 'post',
  path: '/funds/{id}/journal/{entryNo}/reverse',
  tags,
  summary: 'Correct an entry by a reversal that says why',
  request: {
    params: entryParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZReverseInput) },
  },
  responses: {
    201: { description: 'Reversed', ...jsonContent(z.object({ entryNo: z.number(), reversesEntryNo: z.number() })) },
    ...commonErrors,
    ...conflictError,
  },
});

const key = (c: { req: { valid(t: 'header'): { 'idempotency-key'?: string | undefined } } }) =>
  c.req.valid('header')['idempotency-key'];

export const fundBookRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listFunds(useCaseContext(c)), 200))
  .openapi(createRoute, async (c) => c.json(await createFund(useCaseContext(c), c.req.valid('json'), key(c)), 201))
  .openapi(getRoute, async (c) => c.json(await getFund(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(participantsRoute, async (c) =>
    c.json(await listParticipants(useCaseContext(c), c.req.valid('param').id), 200),
  )
  .openapi(addParticipantsRoute, async (c) =>
    c.json(await addParticipants(useCaseContext(c), c.req.valid('param').id, c.req.valid('json'), key(c)), 201),
  )
  .openapi(statementRoute, async (c) => {
    const { id, no } = c.req.valid('param');
    return c.json(await participantStatement(useCaseContext(c), id, no), 200);
  })
  .openapi(collectionsRoute, async (c) =>
    c.json(await listCollections(useCaseContext(c), c.req.valid('param').id), 200),
  )
  .openapi(collectionRoute, async (c) => {
    const { id, no } = c.req.valid('param');
    return c.json(await getCollection(useCaseContext(c), id, no), 200);
  })
  .openapi(recordCollectionRoute, async (c) =>
    c.json(await recordCollection(useCaseContext(c), c.req.valid('param').id, c.req.valid('json'), key(c)), 201),
  )
  .openapi(depositsRoute, async (c) => c.json(await listDeposits(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(recordDepositRoute, async (c) =>
    c.json(await recordDeposit(useCaseContext(c), c.req.valid('param').id, c.req.valid('json'), key(c)), 201),
  )
  .openapi(journalRoute, async (c) => c.json(await fundJournal(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(reverseRoute, async (c) => {
    const { id, entryNo } = c.req.valid('param');
    return c.json(await reverseFundEntry(useCaseContext(c), id, entryNo, c.req.valid('json'), key(c)), 201);
  });
