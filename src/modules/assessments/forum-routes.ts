// A target's forum and plan, addressed by program and group: the district records the forum,
// answers, evidence and sign-off; then the plan, its adoption, follow-up and spending; then the
// report to the province.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { ZErrorResponse } from '../../server/errors.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { fileDownload, ZStoredFile, ZUploadedFile } from '../files/index.js';
import { adoptPlan } from './adopt-plan.js';
import {
  ZAnswersInput,
  ZFollowUpInput,
  ZForum,
  ZForumInput,
  ZPlanItemsInput,
  ZReasonInput,
  ZSpendingInput,
} from './assessments.schemas.js';
import { attachEvidence, readEvidence, removeEvidence } from './evidence.js';
import { followUpItem } from './follow-up-item.js';
import { getForum } from './get-forum.js';
import { recordSpending } from './record-spending.js';
import { reportForum } from './report-forum.js';
import { saveAnswers } from './save-answers.js';
import { saveForum } from './save-forum.js';
import { savePlanItems } from './save-plan-items.js';
import { signForum } from './sign-forum.js';
import { withdrawPlan } from './withdraw-plan.js';

const tags = ['assessments'];
const base = '/assessment-programs/{id}/forums/{groupId}';
const params = z.object({ id: z.string().uuid(), groupId: z.string().uuid() });
const ok = { description: 'Forum', ...jsonContent(ZForum) };
const getRoute = defineRoute('programs:read', {
  method: 'get',
  path: base,
  tags,
  summary: "A target's forum: answers, ledger-derived values (computed now until sign-off), results, plan, deadline",
  request: { params },
  responses: { 200: ok, ...commonErrors },
});
const saveRoute = defineRoute('programs:respond', {
  method: 'put',
  path: base,
  tags,
  summary: 'Record or edit the forum (date, place, participants and count, review)',
  request: { params, body: { required: true, ...jsonContent(ZForumInput) } },
  responses: { 200: ok, ...commonErrors, ...conflictError },
});
const answersRoute = defineRoute('programs:respond', {
  method: 'put',
  path: `${base}/answers`,
  tags,
  summary: 'Save answers (an entry over a ledger value needs a reason)',
  request: { params, body: { required: true, ...jsonContent(ZAnswersInput) } },
  responses: { 200: ok, ...commonErrors, ...conflictError },
});
const signRoute = defineRoute('programs:respond', {
  method: 'post',
  path: `${base}/sign`,
  tags,
  summary: 'Sign off: results frozen, a plan item per failed indicator',
  request: { params },
  responses: { 200: ok, ...commonErrors, ...conflictError },
});
const itemsRoute = defineRoute('programs:respond', {
  method: 'put',
  path: `${base}/plan/items`,
  tags,
  summary: "Plan items' action, owner, due date, cost",
  request: { params, body: { required: true, ...jsonContent(ZPlanItemsInput) } },
  responses: { 200: ok, ...commonErrors, ...conflictError },
});
const adoptRoute = defineRoute('programs:respond', {
  method: 'post',
  path: `${base}/plan/adopt`,
  tags,
  summary: 'Adopt the plan (complete items within the support budget)',
  request: { params },
  responses: { 200: ok, ...commonErrors, ...conflictError },
});
const withdrawRoute = defineRoute('programs:respond', {
  method: 'post',
  path: `${base}/plan/withdraw`,
  tags,
  summary: 'Withdraw an adopted plan, with the reason',
  request: { params, body: { required: true, ...jsonContent(ZReasonInput) } },
  responses: { 200: ok, ...commonErrors, ...conflictError },
});
const reportRoute = defineRoute('programs:respond', {
  method: 'post',
  path: `${base}/report`,
  tags,
  summary: 'Report to the province (due reportDays after the forum)',
  request: { params },
  responses: { 200: ok, ...commonErrors, ...conflictError },
});
const followUpRoute = defineRoute('programs:respond', {
  method: 'patch',
  path: `${base}/plan/items/{itemNo}`,
  tags,
  summary: "Follow-up of an adopted plan's item",
  request: {
    params: params.extend({ itemNo: z.coerce.number().int().positive() }),
    body: { required: true, ...jsonContent(ZFollowUpInput) },
  },
  responses: { 200: ok, ...commonErrors, ...conflictError },
});
const spendRoute = defineRoute('programs:respond', {
  method: 'post',
  path: `${base}/plan/spending`,
  tags,
  summary: 'Record spending of the support budget (append-only; within the budget)',
  request: { params, headers: idempotencyHeader, body: { required: true, ...jsonContent(ZSpendingInput) } },
  responses: { 201: ok, ...commonErrors, ...conflictError },
});
const ZEvidenceForm = z.object({
  instrumentId: z.string().uuid(),
  indicatorCode: z.string().trim().min(1).max(20),
  file: ZUploadedFile,
});
const attachRoute = defineRoute('programs:respond', {
  method: 'post',
  path: `${base}/evidence`,
  tags,
  summary: 'Attach evidence to an indicator (image, PDF, Word or Excel, by content)',
  request: { params, body: { required: true, content: { 'multipart/form-data': { schema: ZEvidenceForm } } } },
  responses: {
    201: { description: 'Stored', ...jsonContent(ZStoredFile) },
    ...commonErrors,
    ...conflictError,
    413: { description: 'Larger than the upload limit', ...jsonContent(ZErrorResponse) },
  },
});
const fileParams = params.extend({ fileId: z.string().uuid() });
const fileRoute = defineRoute('programs:read', {
  method: 'get',
  path: `${base}/evidence/{fileId}`,
  tags,
  summary: 'Download an evidence file (images inline with ?inline=1)',
  request: { params: fileParams, query: z.object({ inline: z.enum(['0', '1']).optional() }) },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...commonErrors,
  },
});
const removeFileRoute = defineRoute('programs:respond', {
  method: 'delete',
  path: `${base}/evidence/{fileId}`,
  tags,
  summary: 'Detach an evidence file while the forum is a draft',
  request: { params: fileParams },
  responses: { 204: { description: 'Removed' }, ...commonErrors, ...conflictError },
});

export const forumRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getRoute, async (c) => {
    const { id, groupId } = c.req.valid('param');
    return c.json(await getForum(useCaseContext(c), id, groupId), 200);
  })
  .openapi(saveRoute, async (c) => {
    const { id, groupId } = c.req.valid('param');
    return c.json(await saveForum(useCaseContext(c), id, groupId, c.req.valid('json')), 200);
  })
  .openapi(answersRoute, async (c) => {
    const { id, groupId } = c.req.valid('param');
    return c.json(await saveAnswers(useCaseContext(c), id, groupId, c.req.valid('json').answers), 200);
  })
  .openapi(signRoute, async (c) => {
    const { id, groupId } = c.req.valid('param');
    return c.json(await signForum(useCaseContext(c), id, groupId), 200);
  })
  .openapi(itemsRoute, async (c) => {
    const { id, groupId } = c.req.valid('param');
    return c.json(await savePlanItems(useCaseContext(c), id, groupId, c.req.valid('json')), 200);
  })
  .openapi(adoptRoute, async (c) => {
    const { id, groupId } = c.req.valid('param');
    return c.json(await adoptPlan(useCaseContext(c), id, groupId), 200);
  })
  .openapi(withdrawRoute, async (c) => {
    const { id, groupId } = c.req.valid('param');
    return c.json(await withdrawPlan(useCaseContext(c), id, groupId, c.req.valid('json').reason), 200);
  })
  .openapi(reportRoute, async (c) => {
    const { id, groupId } = c.req.valid('param');
    return c.json(await reportForum(useCaseContext(c), id, groupId), 200);
  })
  .openapi(followUpRoute, async (c) => {
    const { id, groupId, itemNo } = c.req.valid('param');
    return c.json(await followUpItem(useCaseContext(c), id, groupId, itemNo, c.req.valid('json')), 200);
  })
  .openapi(spendRoute, async (c) => {
    const { id, groupId } = c.req.valid('param');
    const key = c.req.valid('header')['idempotency-key'];
    return c.json(await recordSpending(useCaseContext(c), id, groupId, c.req.valid('json'), key), 201);
  })
  .openapi(attachRoute, async (c) => {
    const { id, groupId } = c.req.valid('param');
    const { instrumentId, indicatorCode, file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    return c.json(
      await attachEvidence(useCaseContext(c), id, groupId, { instrumentId, indicatorCode, fileName: file.name, bytes }),
      201,
    );
  })
  .openapi(fileRoute, async (c) => {
    const { id, groupId, fileId } = c.req.valid('param');
    const file = await readEvidence(useCaseContext(c), id, groupId, fileId);
    return fileDownload(file, { inline: c.req.valid('query').inline === '1' }) as never;
  })
  .openapi(removeFileRoute, async (c) => {
    const { id, groupId, fileId } = c.req.valid('param');
    await removeEvidence(useCaseContext(c), id, groupId, fileId);
    return c.body(null, 204);
  });
