// Surveyed households: a district registers and corrects its own; the owning district and the
// province's fund officers read them; lists and exports never carry an unmasked citizen ID.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, download, idempotencyHeader, XLSX_TYPE } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { exportHouseholds, getHousehold, listHouseholds } from './get-households.js';
import { ZHousehold, ZHouseholdInput, ZHouseholdSummary } from './household.schemas.js';
import { registerHousehold } from './register-household.js';
import { updateHousehold } from './update-household.js';

const tags = ['fund'];
const idParam = z.object({ id: z.string().uuid() });
const householdOk = { description: 'Household', ...jsonContent(ZHousehold) };

const listRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}/households',
  tags,
  summary: 'Households the viewer may read (own district, or all for the fund officers); IDs masked',
  request: { params: idParam, query: z.object({ districtId: z.string().max(40).optional() }) },
  responses: {
    200: { description: 'Households', ...jsonContent(z.object({ items: z.array(ZHouseholdSummary) })) },
    ...commonErrors,
  },
});
const exportRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}/households.xlsx',
  tags,
  summary: 'The same list as a workbook; IDs masked',
  request: { params: idParam },
  responses: { 200: download('Workbook', XLSX_TYPE), ...commonErrors },
});
const registerRoute = defineRoute('fund:survey', {
  method: 'post',
  path: '/funds/{id}/households',
  tags,
  summary: 'Register a surveyed household in a village of the actor’s own district',
  request: { params: idParam, headers: idempotencyHeader, body: { required: true, ...jsonContent(ZHouseholdInput) } },
  responses: { 201: householdOk, ...commonErrors, ...conflictError },
});
const getRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/fund-households/{id}',
  tags,
  summary: 'One household (404 outside the owning district and the fund officers)',
  request: { params: idParam },
  responses: { 200: householdOk, ...commonErrors },
});
const updateRoute = defineRoute('fund:survey', {
  method: 'put',
  path: '/fund-households/{id}',
  tags,
  summary: 'Correct a household’s survey record (owning district; version must match)',
  request: {
    params: idParam,
    body: { required: true, ...jsonContent(ZHouseholdInput.extend({ version: z.int().min(1) })) },
  },
  responses: { 200: householdOk, ...commonErrors, ...conflictError },
});

export const householdRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) =>
    c.json(await listHouseholds(useCaseContext(c), c.req.valid('param').id, c.req.valid('query').districtId), 200),
  )
  .openapi(exportRoute, async (c) => {
    const xlsx = await exportHouseholds(useCaseContext(c), c.req.valid('param').id);
    return c.body(xlsx as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="households.xlsx"; filename*=UTF-8''${encodeURIComponent('ครัวเรือนเป้าหมาย.xlsx')}`,
    });
  })
  .openapi(registerRoute, async (c) =>
    c.json(
      await registerHousehold(
        useCaseContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    ),
  )
  .openapi(getRoute, async (c) => c.json(await getHousehold(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(updateRoute, async (c) =>
    c.json(await updateHousehold(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
