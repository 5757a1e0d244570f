import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { ZErrorResponse } from '../../server/errors.js';
import { commonErrors, conflictError, download, idempotencyHeader, XLSX_TYPE } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { fileDownload, ZStoredFile } from '../files/index.js';
import { acceptSubmission } from './accept-submission.js';
import { attachFile } from './attach-file.js';
import { closeRequest } from './close-request.js';
import { createRequest } from './create-request.js';
import { exportMatrix } from './export-matrix.js';
import { getRequest, listRequests } from './get-request.js';
import { getSubmission } from './get-submission.js';
import { grantLockException } from './grant-lock-exception.js';
import { listInbox } from './list-inbox.js';
import { readSubmissionFile } from './read-submission-file.js';
import { removeFile } from './remove-file.js';
import { requestMatrix } from './request-matrix.js';
import {
  ZAnswers,
  ZAttachForm,
  ZCreateRequest,
  ZInbox,
  ZMatrix,
  ZReportRequest,
  ZRequestSummary,
  ZReturnBody,
  ZSendRequest,
  ZSubmission,
  ZSubmitBody,
  ZUpdateRequest,
} from './requests.schemas.js';
import { returnSubmission } from './return-submission.js';
import { saveAnswers } from './save-answers.js';
import { sendRequest } from './send-request.js';
import { submitReport } from './submit-report.js';
import { updateRequest } from './update-request.js';

const tags = ['report requests'];
const idParam = z.object({ id: z.string().uuid() });
const fileParam = z.object({ id: z.string().uuid(), fileId: z.string().uuid() });
const requestOk = { description: 'Report request', ...jsonContent(ZReportRequest) };
const submissionOk = { description: 'Report', ...jsonContent(ZSubmission) };

const listRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/report-requests',
  tags,
  summary: 'Report requests issued by units in scope, with how many units have reported',
  responses: {
    200: { description: 'Requests', ...jsonContent(z.object({ items: z.array(ZRequestSummary) })) },
    ...commonErrors,
  },
});
const createRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/report-requests',
  tags,
  summary: 'Define a report form for offices under the issuing unit, as a draft or sent at once',
  request: { headers: idempotencyHeader, body: { required: true, ...jsonContent(ZCreateRequest) } },
  responses: { 201: requestOk, ...commonErrors, ...conflictError },
});
const getRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/report-requests/{id}',
  tags,
  summary: 'A request: whole for the issuing side; for an addressed unit once sent, listing only its units',
  request: { params: idParam },
  responses: { 200: requestOk, ...commonErrors },
});
const updateRoute = defineRoute('programs:manage', {
  method: 'put',
  path: '/report-requests/{id}',
  tags,
  summary: 'Replace a draft request (form, deadline, addressed units)',
  request: { params: idParam, body: { required: true, ...jsonContent(ZUpdateRequest) } },
  responses: { 200: requestOk, ...commonErrors, ...conflictError },
});
const sendRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/report-requests/{id}/send',
  tags,
  summary: 'Send a draft to its addressed units',
  request: { params: idParam, body: { required: false, ...jsonContent(ZSendRequest) } },
  responses: { 200: requestOk, ...commonErrors, ...conflictError },
});
const closeRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/report-requests/{id}/close',
  tags,
  summary: 'Stop accepting reports',
  request: { params: idParam },
  responses: { 200: requestOk, ...commonErrors, ...conflictError },
});
const matrixRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/report-requests/{id}/matrix',
  tags,
  summary: 'Completeness matrix: status per addressed unit, totals and sums (issuing side only)',
  request: { params: idParam },
  responses: { 200: { description: 'Matrix', ...jsonContent(ZMatrix) }, ...commonErrors },
});
const matrixXlsxRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/report-requests/{id}/matrix.xlsx',
  tags,
  summary: 'The matrix, every submitted report and table rows as an Excel workbook',
  request: { params: idParam },
  responses: { 200: download('Workbook', XLSX_TYPE), ...commonErrors },
});
const inboxRoute = defineRoute('programs:respond', {
  method: 'get',
  path: '/report-inbox',
  tags,
  summary: "Reports the actor's units must send: status, days to the deadline, reminders",
  request: { query: z.object({ orgUnitId: z.string().max(40).optional() }) },
  responses: { 200: { description: 'Inbox', ...jsonContent(ZInbox) }, ...commonErrors },
});
const submissionRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/report-submissions/{id}',
  tags,
  summary: "One unit's report with the form definition and attached files",
  request: { params: idParam },
  responses: { 200: submissionOk, ...commonErrors },
});
const saveRoute = defineRoute('programs:respond', {
  method: 'put',
  path: '/report-submissions/{id}/answers',
  tags,
  summary: 'Save answers as a draft (types checked, required fields not yet)',
  request: { params: idParam, body: { required: true, ...jsonContent(ZAnswers) } },
  responses: { 200: submissionOk, ...commonErrors, ...conflictError },
});
const submitRoute = defineRoute('programs:respond', {
  method: 'post',
  path: '/report-submissions/{id}/submit',
  tags,
  summary: 'Submit the report (late reports are accepted and marked late)',
  request: { params: idParam, body: { required: false, ...jsonContent(ZSubmitBody) } },
  responses: { 200: submissionOk, ...commonErrors, ...conflictError },
});
const returnRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/report-submissions/{id}/return',
  tags,
  summary: 'Send a submitted report back for correction, with a comment',
  request: { params: idParam, body: { required: true, ...jsonContent(ZReturnBody) } },
  responses: { 200: submissionOk, ...commonErrors, ...conflictError },
});
const acceptRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/report-submissions/{id}/accept',
  tags,
  summary: 'Accept a submitted report',
  request: { params: idParam },
  responses: { 200: submissionOk, ...commonErrors, ...conflictError },
});
const exceptionRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/report-submissions/{id}/exception',
  tags,
  summary: 'Let one unit fill a form that locked at its deadline',
  request: { params: idParam },
  responses: { 200: submissionOk, ...commonErrors, ...conflictError },
});
const attachRoute = defineRoute('programs:respond', {
  method: 'post',
  path: '/report-submissions/{id}/files',
  tags,
  summary: 'Attach a file or photo to a field (type decided by content; per-field size limit)',
  request: { params: idParam, body: { required: true, content: { 'multipart/form-data': { schema: ZAttachForm } } } },
  responses: {
    201: { description: 'Stored', ...jsonContent(ZStoredFile) },
    ...commonErrors,
    ...conflictError,
    413: { description: 'Larger than the upload limit', ...jsonContent(ZErrorResponse) },
  },
});
const fileRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/report-submissions/{id}/files/{fileId}',
  tags,
  summary: "Download a report's attachment (images may show inline with ?inline=1)",
  request: { params: fileParam, query: z.object({ inline: z.enum(['0', '1']).optional() }) },
  responses: { 200: download('The file', 'application/octet-stream'), ...commonErrors },
});
const removeFileRoute = defineRoute('programs:respond', {
  method: 'delete',
  path: '/report-submissions/{id}/files/{fileId}',
  tags,
  summary: 'Detach a file from a report that is still editable',
  request: { params: fileParam },
  responses: { 204: { description: 'Removed' }, ...commonErrors, ...conflictError },
});

export const requestsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listRequests(useCaseContext(c)), 200))
  .openapi(createRoute, async (c) =>
    c.json(await createRequest(useCaseContext(c), c.req.valid('json'), c.req.valid('header')['idempotency-key']), 201),
  )
  .openapi(getRoute, async (c) => c.json(await getRequest(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(updateRoute, async (c) =>
    c.json(await updateRequest(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(sendRoute, async (c) => {
    const body = c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {};
    return c.json(await sendRequest(useCaseContext(c), c.req.valid('param').id, body), 200);
  })
  .openapi(closeRoute, async (c) => c.json(await closeRequest(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(matrixRoute, async (c) => c.json(await requestMatrix(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(matrixXlsxRoute, async (c) => {
    const { title, xlsx } = await exportMatrix(useCaseContext(c), c.req.valid('param').id);
    return c.body(xlsx as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="report-matrix.xlsx"; filename*=UTF-8''${encodeURIComponent(`${title.slice(0, 80)}.xlsx`)}`,
    });
  })
  .openapi(inboxRoute, async (c) => c.json(await listInbox(useCaseContext(c), c.req.valid('query').orgUnitId), 200))
  .openapi(submissionRoute, async (c) => c.json(await getSubmission(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(saveRoute, async (c) =>
    c.json(await saveAnswers(useCaseContext(c), c.req.valid('param').id, c.req.valid('json').answers), 200),
  )
  .openapi(submitRoute, async (c) => {
    const body = c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {};
    return c.json(await submitReport(useCaseContext(c), c.req.valid('param').id, body.answers), 200);
  })
  .openapi(returnRoute, async (c) =>
    c.json(await returnSubmission(useCaseContext(c), c.req.valid('param').id, c.req.valid('json').comment), 200),
  )
  .openapi(acceptRoute, async (c) => c.json(await acceptSubmission(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(exceptionRoute, async (c) =>
    c.json(await grantLockException(useCaseContext(c), c.req.valid('param').id), 200),
  )
  .openapi(attachRoute, async (c) => {
    const { field, file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const stored = await attachFile(useCaseContext(c), c.req.valid('param').id, { field, fileName: file.name, bytes });
    return c.json(stored, 201);
  })
  .openapi(fileRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    const file = await readSubmissionFile(useCaseContext(c), id, fileId);
    return fileDownload(file, { inline: c.req.valid('query').inline === '1' }) as never;
  })
  .openapi(removeFileRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    await removeFile(useCaseContext(c), id, fileId);
    return c.body(null, 204);
  });
