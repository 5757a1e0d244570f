import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { validationError } from '../../kernel/errors.js';
import { ZErrorResponse, zodIssuesToFields } from '../../server/errors.js';
import { commonErrors, conflictError } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { ROLES } from '../access/index.js';
import { createPerson } from './create-person.js';
import { getPerson } from './get-person.js';
import { importPeople, importTemplateFor } from './import-people.js';
import { listPeople } from './list-people.js';
import {
  ZCreatePersonRequest,
  ZImportPeopleForm,
  ZImportPeopleResult,
  ZPerson,
  ZPersonList,
  ZPersonListQuery,
  ZReference,
  ZUpdatePersonRequest,
} from './people.schemas.js';
import { NETWORKS, POSITIONS, TITLES } from './reference-data.js';
import { updatePerson } from './update-person.js';

const idParam = z.object({ id: z.string().max(64) });

const referenceRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/reference',
  tags: ['people'],
  summary: 'Titles, positions, networks and roles for forms',
  responses: { 200: { description: 'Reference lists', ...jsonContent(ZReference) }, ...commonErrors },
});
const listRoute = defineRoute('people:read', {
  method: 'get',
  path: '/people',
  tags: ['people'],
  summary: 'People in scope, optionally under one org unit and matching a name or Thai ID',
  request: { query: ZPersonListQuery },
  responses: { 200: { description: 'A page of people', ...jsonContent(ZPersonList) }, ...commonErrors },
});
const getRoute = defineRoute('people:read', {
  method: 'get',
  path: '/people/{id}',
  tags: ['people'],
  summary: 'One person',
  request: { params: idParam },
  responses: { 200: { description: 'Person', ...jsonContent(ZPerson) }, ...commonErrors },
});
const createRoute = defineRoute('people:write', {
  method: 'post',
  path: '/people',
  tags: ['people'],
  summary: 'Register a person (staff member or network partner)',
  request: { body: { required: true, ...jsonContent(ZCreatePersonRequest) } },
  responses: { 201: { description: 'Created', ...jsonContent(ZPerson) }, ...commonErrors, ...conflictError },
});
const updateRoute = defineRoute('people:write', {
  method: 'patch',
  path: '/people/{id}',
  tags: ['people'],
  summary: 'Edit a person (optimistic concurrency on version)',
  request: { params: idParam, body: { required: true, ...jsonContent(ZUpdatePersonRequest) } },
  responses: { 200: { description: 'Updated', ...jsonContent(ZPerson) }, ...commonErrors, ...conflictError },
});
const uploadErrors = {
  413: { description: 'File larger than the upload limit', ...jsonContent(ZErrorResponse) },
  415: { description: 'Not a .xlsx or UTF-8 .csv file (decided by content)', ...jsonContent(ZErrorResponse) },
} as const;
const importRoute = defineRoute('people:import', {
  method: 'post',
  path: '/people/import',
  tags: ['people'],
  summary: 'Import people from .xlsx/.csv: every row valid or nothing written; issues name "row N, column KEY"',
  request: { body: { required: true, content: { 'multipart/form-data': { schema: ZImportPeopleForm } } } },
  responses: {
    200: { description: 'All rows imported', ...jsonContent(ZImportPeopleResult) },
    ...commonErrors,
    ...uploadErrors,
  },
});
const importTemplateRoute = defineRoute('people:import', {
  method: 'get',
  path: '/people/import/template.csv',
  tags: ['people'],
  summary: 'CSV template (UTF-8 with BOM) with the Thai header row and one example row',
  responses: {
    200: { description: 'Template', content: { 'text/csv': { schema: z.string() } } },
    ...commonErrors,
  },
});

export const peopleRoutes = new OpenAPIHono<AppEnv>()
  .openapi(referenceRoute, (c) =>
    c.json(
      {
        titles: TITLES,
        positions: POSITIONS.map((p) => ({ code: p.code, nameTh: p.name_th, isStaff: p.is_staff })),
        networks: NETWORKS.map((n) => ({ code: n.code, abbrTh: n.abbr_th, nameTh: n.name_th })),
        roles: Object.entries(ROLES).map(([role, r]) => ({ role, nameTh: r.nameTh })),
      },
      200,
    ),
  )
  .openapi(listRoute, async (c) => c.json(await listPeople(useCaseContext(c), c.req.valid('query')), 200))
  .openapi(getRoute, async (c) => c.json(await getPerson(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(createRoute, async (c) => c.json(await createPerson(useCaseContext(c), c.req.valid('json')), 201))
  .openapi(updateRoute, async (c) =>
    c.json(await updatePerson(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    importRoute,
    async (c) => {
      const { file, orgUnitId } = c.req.valid('form');
      const bytes = new Uint8Array(await file.arrayBuffer());
      return c.json(await importPeople(useCaseContext(c), { fileName: file.name, bytes, orgUnitId }), 200);
    },
    // A missing file is the one likely form mistake; it deserves words, not "invalid value".
    (result) => {
      if (result.success) return undefined;
      const issues = zodIssuesToFields(result.error.issues).map((i) =>
        i.path === 'file'
          ? { path: 'file', messageTh: 'กรุณาแนบไฟล์ .xlsx หรือ .csv', messageEn: 'Attach one .xlsx or .csv file' }
          : i,
      );
      throw validationError(issues);
    },
  )
  .openapi(importTemplateRoute, (c) => {
    const csv = importTemplateFor(useCaseContext(c).actor);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      // ASCII name for old clients, the Thai one (RFC 6266 filename*) for the rest.
      'Content-Disposition': `attachment; filename="people-import-template.csv"; filename*=UTF-8''${encodeURIComponent('แบบฟอร์มนำเข้าบุคคล.csv')}`,
    });
  });
