// The committee's side: own work list and sheets, conflicts, progress, close, results, decision,
// announcement and certificates. Open to any login; membership is checked in each use case.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { ZCertificate } from '../certificates/index.js';
import { announce } from './announce.js';
import {
  ZAnnounceInput,
  ZAnnouncement,
  ZCall,
  ZCloseInput,
  ZConflict,
  ZConflictInput,
  ZDecisionInput,
  ZJudging,
  ZProgress,
  ZResults,
  ZSheet,
  ZSheetInput,
} from './awards.schemas.js';
import { closeScoring } from './close-scoring.js';
import { decide } from './decide.js';
import { declareConflict } from './declare-conflict.js';
import { getAnnouncement } from './get-announcement.js';
import { getJudging } from './get-judging.js';
import { getProgress } from './get-progress.js';
import { getResults } from './get-results.js';
import { getSheet } from './get-sheet.js';
import { issueAwardCertificates } from './issue-award-certificates.js';
import { listConflicts } from './list-conflicts.js';
import { saveSheet } from './save-sheet.js';
import { submitSheet } from './submit-sheet.js';

const tags = ['awards'];
const idParam = z.object({ id: z.string().uuid() });
const sheetOk = { description: 'Score sheet', ...jsonContent(ZSheet) };
const callOk = { description: 'Award call', ...jsonContent(ZCall) };
const conflictsOk = { description: 'Conflicts', ...jsonContent(z.object({ items: z.array(ZConflict) })) };
const certificatesOk = { description: 'Certificates', ...jsonContent(z.object({ items: z.array(ZCertificate) })) };

const judgingRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-calls/{id}/judging',
  tags,
  summary: "A committee member's work list: submitted dossiers with their own sheet's state and conflicts",
  request: { params: idParam },
  responses: { 200: { description: 'Work list', ...jsonContent(ZJudging) }, ...commonErrors },
});
const mySheetRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-nominations/{id}/my-sheet',
  tags,
  summary: "The acting judge's own sheet for a dossier",
  request: { params: idParam },
  responses: { 200: sheetOk, ...commonErrors },
});
const saveSheetRoute = defineRoute('authenticated', {
  method: 'put',
  path: '/award-nominations/{id}/my-sheet',
  tags,
  summary: 'Save points on leaf criteria (0..max, one decimal); refused when conflicted (403) or outside scoring',
  request: { params: idParam, body: { required: true, ...jsonContent(ZSheetInput) } },
  responses: { 200: sheetOk, ...commonErrors, ...conflictError },
});
const submitSheetRoute = defineRoute('authenticated', {
  method: 'post',
  path: '/award-nominations/{id}/my-sheet/submit',
  tags,
  summary: 'Hand in the sheet (every leaf scored); no changes after',
  request: { params: idParam },
  responses: { 200: sheetOk, ...commonErrors, ...conflictError },
});
const sheetRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-nominations/{id}/sheets/{memberId}',
  tags,
  summary: "A judge's sheet: one's own any time, another judge's only after scoring closes (403 before)",
  request: { params: idParam.extend({ memberId: z.string().uuid() }) },
  responses: { 200: sheetOk, ...commonErrors },
});
const conflictsRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-calls/{id}/conflicts',
  tags,
  summary: 'Conflicts of interest (all for the chair, secretary and organiser; a judge their own)',
  request: { params: idParam },
  responses: { 200: conflictsOk, ...commonErrors },
});
const declareRoute = defineRoute('authenticated', {
  method: 'post',
  path: '/award-calls/{id}/conflicts',
  tags,
  summary: 'Declare a conflict (a judge their own, the chair anyone) with a reason, before close',
  request: { params: idParam, body: { required: true, ...jsonContent(ZConflictInput) } },
  responses: { 201: conflictsOk, ...commonErrors, ...conflictError },
});
const progressRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-calls/{id}/progress',
  tags,
  summary: 'Who has submitted which sheet (no points): chair, secretary, organiser',
  request: { params: idParam },
  responses: { 200: { description: 'Progress', ...jsonContent(ZProgress) }, ...commonErrors },
});
const closeRoute = defineRoute('authenticated', {
  method: 'post',
  path: '/award-calls/{id}/close',
  tags,
  summary: 'The chair closes scoring (refused with sheets outstanding unless forced with a reason)',
  request: { params: idParam, body: { required: false, ...jsonContent(ZCloseInput) } },
  responses: { 200: callOk, ...commonErrors, ...conflictError },
});
const resultsRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-calls/{id}/results',
  tags,
  summary: 'All scores, aggregates, spread flags and the ranking (committee after close; 403 before)',
  request: { params: idParam },
  responses: { 200: { description: 'Results', ...jsonContent(ZResults) }, ...commonErrors },
});
const decisionRoute = defineRoute('authenticated', {
  method: 'post',
  path: '/award-calls/{id}/decision',
  tags,
  summary: 'The chair records the winners (default the top of the ranking; otherwise with a reason) and minutes',
  request: { params: idParam, body: { required: true, ...jsonContent(ZDecisionInput) } },
  responses: { 200: callOk, ...commonErrors, ...conflictError },
});
const announceRoute = defineRoute('authenticated', {
  method: 'post',
  path: '/award-calls/{id}/announce',
  tags,
  summary: 'Release the results to the districts and issue the winners their certificates',
  request: { params: idParam, body: { required: false, ...jsonContent(ZAnnounceInput) } },
  responses: {
    200: { description: 'Announced', ...jsonContent(z.object({ call: ZCall, certificates: z.array(ZCertificate) })) },
    ...commonErrors,
    ...conflictError,
  },
});
const certificatesRoute = defineRoute('authenticated', {
  method: 'post',
  path: '/award-calls/{id}/certificates',
  tags,
  summary: "Issue the winners' certificates of an announced call (idempotent per recipient)",
  request: { params: idParam, body: { required: false, ...jsonContent(ZAnnounceInput) } },
  responses: { 200: certificatesOk, ...commonErrors, ...conflictError },
});
const announcementRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-calls/{id}/announcement',
  tags,
  summary: 'The announced winners',
  request: { params: idParam },
  responses: { 200: { description: 'Announcement', ...jsonContent(ZAnnouncement) }, ...commonErrors },
});

const optionalJson = <T>(c: { req: { header(name: string): string | undefined } }, read: () => T, empty: T): T =>
  c.req.header('content-type')?.includes('json') ? read() : empty;

export const judgingRoutes = new OpenAPIHono<AppEnv>()
  .openapi(judgingRoute, async (c) => c.json(await getJudging(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(mySheetRoute, async (c) => c.json(await getSheet(useCaseContext(c), c.req.valid('param').id, null), 200))
  .openapi(saveSheetRoute, async (c) =>
    c.json(await saveSheet(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(submitSheetRoute, async (c) => c.json(await submitSheet(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(sheetRoute, async (c) => {
    const { id, memberId } = c.req.valid('param');
    return c.json(await getSheet(useCaseContext(c), id, memberId), 200);
  })
  .openapi(conflictsRoute, async (c) => c.json(await listConflicts(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(declareRoute, async (c) =>
    c.json(await declareConflict(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(progressRoute, async (c) => c.json(await getProgress(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(closeRoute, async (c) => {
    const body = optionalJson(c, () => c.req.valid('json'), { force: false });
    return c.json(await closeScoring(useCaseContext(c), c.req.valid('param').id, body), 200);
  })
  .openapi(resultsRoute, async (c) => c.json(await getResults(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(decisionRoute, async (c) =>
    c.json(await decide(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(announceRoute, async (c) => {
    const body = optionalJson(c, () => c.req.valid('json'), {});
    return c.json(await announce(useCaseContext(c), c.req.valid('param').id, body), 200);
  })
  .openapi(certificatesRoute, async (c) => {
    const body = optionalJson(c, () => c.req.valid('json'), {});
    return c.json(await issueAwardCertificates(useCaseContext(c), c.req.valid('param').id, body), 200);
  })
  .openapi(announcementRoute, async (c) =>
    c.json(await getAnnouncement(useCaseContext(c), c.req.valid('param').id), 200),
  );
