import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, download, idempotencyHeader } from '../../server/openapi-common.js';
import { embeddedFontCss, htmlToPdf } from '../../server/pdf.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { createProject } from './create-project.js';
import { getProject } from './get-project.js';
import { listProjects } from './list-projects.js';
import { listSigners } from './list-signers.js';
import { projectHtml } from './project-html.js';
import {
  ZProject,
  ZProjectInput,
  ZProjectListQuery,
  ZProjectSummary,
  ZSigner,
  ZSignoffComment,
} from './programs.schemas.js';
import { returnProject } from './return-project.js';
import { signProject } from './sign-project.js';
import { submitProject } from './submit-project.js';
import { PROGRAM_TAGS } from './tags.js';
import { updateProject } from './update-project.js';

const tags = ['programs'];
const idParam = z.object({ id: z.string().uuid() });
const json = (schema: typeof ZProject) => ({ description: 'The project', ...jsonContent(schema) });

const listRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/projects',
  tags,
  summary: 'Projects of units in scope and projects the caller is asked to sign',
  request: { query: ZProjectListQuery },
  responses: {
    200: { description: 'Projects', ...jsonContent(z.object({ items: z.array(ZProjectSummary) })) },
    ...commonErrors,
  },
});
const createRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/projects',
  tags,
  summary: 'Draft a project (แบบเสนอโครงการ) with its sign-off chain',
  request: { headers: idempotencyHeader, body: { required: true, ...jsonContent(ZProjectInput) } },
  responses: { 201: json(ZProject), ...commonErrors, ...conflictError },
});
const getRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/projects/{id}',
  tags,
  summary: 'A project with its chain, history and the actions open to the caller',
  request: { params: idParam },
  responses: { 200: json(ZProject), ...commonErrors },
});
const updateRoute = defineRoute('programs:manage', {
  method: 'patch',
  path: '/projects/{id}',
  tags,
  summary: 'Replace a draft (creator or the unit’s managers); approved projects are refused (409)',
  request: { params: idParam, body: { required: true, ...jsonContent(ZProjectInput) } },
  responses: { 200: json(ZProject), ...commonErrors, ...conflictError },
});
const action = (path: string, summary: string) =>
  defineRoute('programs:read', {
    method: 'post',
    path: `/projects/{id}/${path}`,
    tags,
    summary,
    request: { params: idParam, body: { required: false, ...jsonContent(ZSignoffComment) } },
    responses: { 200: json(ZProject), ...commonErrors, ...conflictError },
  });
const submitRoute = action('submit', 'The proposer signs and sends the draft up the chain');
const signRoute = action('sign', 'The current step signs; the last step approves and the register number is assigned');
const returnRoute = action('return', 'The current step returns the project to draft with a required comment');
const pdfRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/projects/{id}/form.pdf',
  tags,
  summary: 'The project form as an A4 PDF in the official layout',
  request: { params: idParam },
  responses: {
    200: download('PDF', 'application/pdf'),
    ...commonErrors,
    503: { description: 'PDF rendering unavailable' },
  },
});
const signersRoute = defineRoute('programs:manage', {
  method: 'get',
  path: '/programs/signers',
  tags,
  summary: 'Accounts that can be named in a sign-off chain',
  request: { query: z.object({ q: z.string().trim().max(100).optional() }) },
  responses: {
    200: { description: 'Signers', ...jsonContent(z.object({ items: z.array(ZSigner) })) },
    ...commonErrors,
  },
});
const tagsRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/programs/tags',
  tags,
  summary: 'The programs a project can be filed under (ใสสะอาด dimensions)',
  responses: {
    200: {
      description: 'Tags',
      ...jsonContent(z.object({ items: z.array(z.object({ code: z.string(), nameTh: z.string() })) })),
    },
    ...commonErrors,
  },
});

const comment = (body: unknown) => (body as { comment?: string } | undefined)?.comment;

export const projectRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listProjects(useCaseContext(c), c.req.valid('query')), 200))
  .openapi(createRoute, async (c) =>
    c.json(await createProject(useCaseContext(c), c.req.valid('json'), c.req.valid('header')['idempotency-key']), 201),
  )
  .openapi(pdfRoute, async (c) => {
    const project = await getProject(useCaseContext(c), c.req.valid('param').id);
    const pdf = await htmlToPdf(projectHtml(project, embeddedFontCss()));
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="project-${project.id}.pdf"`,
    });
  })
  .openapi(getRoute, async (c) => c.json(await getProject(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(updateRoute, async (c) =>
    c.json(await updateProject(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(submitRoute, async (c) =>
    c.json(await submitProject(useCaseContext(c), c.req.valid('param').id, comment(c.req.valid('json'))), 200),
  )
  .openapi(signRoute, async (c) =>
    c.json(await signProject(useCaseContext(c), c.req.valid('param').id, comment(c.req.valid('json'))), 200),
  )
  .openapi(returnRoute, async (c) =>
    c.json(await returnProject(useCaseContext(c), c.req.valid('param').id, comment(c.req.valid('json'))), 200),
  )
  .openapi(signersRoute, async (c) => c.json(await listSigners(useCaseContext(c), c.req.valid('query').q), 200))
  .openapi(tagsRoute, (c) => c.json({ items: PROGRAM_TAGS.map((t) => ({ code: t.code, nameTh: t.nameTh })) }, 200));
