import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { civilDate } from '../../kernel/dates.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { closeMonth } from './close-period.js';
import {
  ZCivilDate,
  ZClosePeriodRequest,
  ZJournalPage,
  ZJournalQuery,
  ZPeriodState,
  ZReverseEntryRequest,
  ZTrialBalance,
} from './ledger.schemas.js';
import { listJournal } from './list-journal.js';
import { reverseEntry } from './reverse-entry.js';
import { trialBalance } from './trial-balance.js';

const groupParam = z.object({ groupId: z.string().uuid() });
const entryParam = groupParam.extend({ entryNo: z.coerce.number().int().positive() });

const journalRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/journal',
  tags: ['ledger'],
  summary: "A page of the group's journal, newest first, with lines and reversal links",
  request: { params: groupParam, query: ZJournalQuery },
  responses: { 200: { description: 'Journal page', ...jsonContent(ZJournalPage) }, ...commonErrors },
});
const trialBalanceRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/trial-balance',
  tags: ['ledger'],
  summary: 'Trial balance as of a posting date (default today), derived from entries',
  request: { params: groupParam, query: z.object({ asOf: ZCivilDate.optional() }) },
  responses: { 200: { description: 'Trial balance', ...jsonContent(ZTrialBalance) }, ...commonErrors },
});
const reverseRoute = defineRoute('savings:post', {
  method: 'post',
  path: '/groups/{groupId}/journal/{entryNo}/reverse',
  tags: ['ledger'],
  summary: 'Reverse a posted entry with a reason (the only way to correct one)',
  request: {
    params: entryParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZReverseEntryRequest) },
  },
  responses: {
    201: {
      description: 'Reversal posted',
      ...jsonContent(z.object({ entryNo: z.number(), reversesEntryNo: z.number() })),
    },
    ...commonErrors,
    ...conflictError,
  },
});
const closeRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/groups/{groupId}/periods/close',
  tags: ['ledger'],
  summary: 'Close the books through the end of a month: earlier posting dates are locked',
  request: {
    params: groupParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZClosePeriodRequest) },
  },
  responses: { 200: { description: 'Closed', ...jsonContent(ZPeriodState) }, ...commonErrors, ...conflictError },
});

export const ledgerRoutes = new OpenAPIHono<AppEnv>()
  .openapi(journalRoute, async (c) =>
    c.json(await listJournal(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('query')), 200),
  )
  .openapi(trialBalanceRoute, async (c) => {
    const { asOf } = c.req.valid('query');
    return c.json(
      await trialBalance(useCaseContext(c), c.req.valid('param').groupId, asOf ? civilDate(asOf) : undefined),
      200,
    );
  })
  .openapi(reverseRoute, async (c) => {
    const { groupId, entryNo } = c.req.valid('param');
    const body = c.req.valid('json');
    const idempotencyKey = c.req.valid('header')['idempotency-key'];
    return c.json(await reverseEntry(useCaseContext(c), { groupId, entryNo, ...body, idempotencyKey }), 201);
  })
  .openapi(closeRoute, async (c) => {
    const { groupId } = c.req.valid('param');
    const idempotencyKey = c.req.valid('header')['idempotency-key'];
    return c.json(
      await closeMonth(useCaseContext(c), { groupId, through: c.req.valid('json').through, idempotencyKey }),
      200,
    );
  });
