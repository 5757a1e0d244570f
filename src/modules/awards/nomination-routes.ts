// The nominating office's side: name nominees, fill the dossier, attach evidence, endorse, submit.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { ZErrorResponse } from '../../server/errors.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { fileDownload, ZStoredFile } from '../files/index.js';
import { attachFile } from './attach-file.js';
import {
  ZAnswersInput,
  ZAttachForm,
  ZEndorseInput,
  ZNominateInput,
  ZNomination,
  ZNominationSummary,
  ZReasonInput,
} from './awards.schemas.js';
import { endorseDossier } from './endorse-dossier.js';
import { getNomination, listNominations } from './get-nomination.js';
import { nominate } from './nominate.js';
import { readNominationFile } from './read-nomination-file.js';
import { removeFile } from './remove-file.js';
import { saveAnswers } from './save-answers.js';
import { submitDossier } from './submit-dossier.js';
import { withdrawNomination } from './withdraw-nomination.js';

const tags = ['awards'];
const idParam = z.object({ id: z.string().uuid() });
const fileParam = idParam.extend({ fileId: z.string().uuid() });
const binary = { schema: z.string().openapi({ format: 'binary' }) };
const nominationOk = { description: 'Nomination', ...jsonContent(ZNomination) };

const listRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-calls/{id}/nominations',
  tags,
  summary: "Nominations: all for the organiser, a district's own, submitted ones for the committee",
  request: { params: idParam },
  responses: {
    200: { description: 'Nominations', ...jsonContent(z.object({ items: z.array(ZNominationSummary) })) },
    ...commonErrors,
  },
});
const nominateRoute = defineRoute('programs:respond', {
  method: 'post',
  path: '/award-calls/{id}/nominations',
  tags,
  summary: 'Name nominees by the names deadline (eligibility and the per-office quota are checked)',
  request: { params: idParam, headers: idempotencyHeader, body: { required: true, ...jsonContent(ZNominateInput) } },
  responses: { 201: nominationOk, ...commonErrors, ...conflictError },
});
const getRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-nominations/{id}',
  tags,
  summary: 'A dossier with its form, answers, files, endorsement, allowed actions and (once announced) result',
  request: { params: idParam },
  responses: { 200: nominationOk, ...commonErrors },
});
const answersRoute = defineRoute('programs:respond', {
  method: 'put',
  path: '/award-nominations/{id}/answers',
  tags,
  summary: 'Save the dossier as a draft (a change withdraws an endorsement)',
  request: { params: idParam, body: { required: true, ...jsonContent(ZAnswersInput) } },
  responses: { 200: nominationOk, ...commonErrors, ...conflictError },
});
const attachRoute = defineRoute('programs:respond', {
  method: 'post',
  path: '/award-nominations/{id}/files',
  tags,
  summary: 'Attach evidence to a file or photo field (type decided by content; per-field limits)',
  request: { params: idParam, body: { required: true, content: { 'multipart/form-data': { schema: ZAttachForm } } } },
  responses: {
    201: { description: 'Stored', ...jsonContent(ZStoredFile) },
    ...commonErrors,
    ...conflictError,
    413: { description: 'Larger than the upload limit', ...jsonContent(ZErrorResponse) },
  },
});
const fileRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/award-nominations/{id}/files/{fileId}',
  tags,
  summary: "Download a dossier's attachment (images inline with ?inline=1)",
  request: { params: fileParam, query: z.object({ inline: z.enum(['0', '1']).optional() }) },
  responses: { 200: { description: 'The file', content: { 'application/octet-stream': binary } }, ...commonErrors },
});
const removeFileRoute = defineRoute('programs:respond', {
  method: 'delete',
  path: '/award-nominations/{id}/files/{fileId}',
  tags,
  summary: 'Detach a file from a dossier that is still editable',
  request: { params: fileParam },
  responses: { 204: { description: 'Removed' }, ...commonErrors, ...conflictError },
});
const endorseRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/award-nominations/{id}/endorse',
  tags,
  summary: 'ผู้รับรอง: the district head endorses a complete dossier (name and position recorded)',
  request: { params: idParam, body: { required: false, ...jsonContent(ZEndorseInput) } },
  responses: { 200: nominationOk, ...commonErrors, ...conflictError },
});
const submitRoute = defineRoute('programs:respond', {
  method: 'post',
  path: '/award-nominations/{id}/submit',
  tags,
  summary: 'Submit the endorsed dossier by the dossier deadline; it is locked from then on',
  request: { params: idParam },
  responses: { 200: nominationOk, ...commonErrors, ...conflictError },
});
const withdrawRoute = defineRoute('programs:respond', {
  method: 'post',
  path: '/award-nominations/{id}/withdraw',
  tags,
  summary: 'Withdraw before the dossier deadline (frees the quota)',
  request: { params: idParam, body: { required: true, ...jsonContent(ZReasonInput) } },
  responses: { 200: nominationOk, ...commonErrors, ...conflictError },
});

export const nominationRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listNominations(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(nominateRoute, async (c) =>
    c.json(
      await nominate(
        useCaseContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    ),
  )
  .openapi(getRoute, async (c) => c.json(await getNomination(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(answersRoute, async (c) =>
    c.json(await saveAnswers(useCaseContext(c), c.req.valid('param').id, c.req.valid('json').answers), 200),
  )
  .openapi(attachRoute, async (c) => {
    const { field, file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    return c.json(
      await attachFile(useCaseContext(c), c.req.valid('param').id, { field, fileName: file.name, bytes }),
      201,
    );
  })
  .openapi(fileRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    const file = await readNominationFile(useCaseContext(c), id, fileId);
    return fileDownload(file, { inline: c.req.valid('query').inline === '1' }) as never;
  })
  .openapi(removeFileRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    await removeFile(useCaseContext(c), id, fileId);
    return c.body(null, 204);
  })
  .openapi(endorseRoute, async (c) => {
    const body = c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {};
    return c.json(await endorseDossier(useCaseContext(c), c.req.valid('param').id, body), 200);
  })
  .openapi(submitRoute, async (c) => c.json(await submitDossier(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(withdrawRoute, async (c) =>
    c.json(await withdrawNomination(useCaseContext(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  );
