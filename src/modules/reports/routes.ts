import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import { zodIssuesToFields } from '../../server/errors.js';
import { dashboard } from './dashboard.js';
import { dashboardXlsx } from './dashboard-xlsx.js';
import { embeddedFontCss, htmlToPdf } from '../../server/pdf.js';
import { activitySummary } from './activity-summary.js';
import { cashBook } from './cash-book.js';
import { financialStatements } from './financial-statements.js';
import { booksReport } from './books-report.js';
import { reportHtml, reportXlsx } from './report-render.js';
import { memberStatement } from './member-statement.js';
import { statementHtml } from './statement-html.js';
import type { AppEnv } from '../../server/context.js';
import type { AppCaches, ReadCache } from '../../server/read-cache.js';
import { todayInBangkok } from '../../kernel/dates.js';
import { commonErrors, download, XLSX_TYPE } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { ZCivilDate } from '../ledger/index.js';
import {
  ZActivitySummary,
  ZDashboard,
  ZDashboardQuery,
  ZCashBook,
  ZFinancialStatements,
  ZMemberStatement,
  ZPeriodQuery,
  ZRollup,
  ZRollupQuery,
  ZStatementQuery,
  ZTrendQuery,
  ZTrends,
  type TDashboard,
  type TDashboardQuery,
} from './reports.schemas.js';
import { rollup } from './rollup.js';
import { trends } from './trends.js';

const rollupRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/reports/rollup',
  tags: ['reports'],
  summary: 'Groups, members, savings, borrowers, amount lent and outstanding for a unit, by child unit',
  request: { query: ZRollupQuery },
  responses: { 200: { description: 'Roll-up', ...jsonContent(ZRollup) }, ...commonErrors },
});

const memberParam = z.object({ groupId: z.string().uuid(), memberNo: z.coerce.number().int().positive() });
const statementRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/members/{memberNo}/statement',
  tags: ['reports'],
  summary: "A member's statement (passbook) over a period with running balances",
  request: { params: memberParam, query: ZStatementQuery },
  responses: { 200: { description: 'Statement', ...jsonContent(ZMemberStatement) }, ...commonErrors },
});
const statementPdfRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/members/{memberNo}/statement.pdf',
  tags: ['reports'],
  summary: 'The same statement as an A4 PDF in Thai',
  request: { params: memberParam, query: ZStatementQuery },
  responses: {
    200: download('PDF', 'application/pdf'),
    ...commonErrors,
    503: { description: 'PDF rendering unavailable' },
  },
});

const groupParam = z.object({ groupId: z.string().uuid() });
const statementsRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/financial-statements',
  tags: ['reports'],
  summary: 'Balance sheet as of `to` and income statement for the period (default: calendar year to date)',
  request: { params: groupParam, query: ZPeriodQuery },
  responses: { 200: { description: 'Statements', ...jsonContent(ZFinancialStatements) }, ...commonErrors },
});
const cashBookRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/cash-book',
  tags: ['reports'],
  summary: 'Cash movements with running balance (default: this month)',
  request: { params: groupParam, query: ZPeriodQuery },
  responses: { 200: { description: 'Cash book', ...jsonContent(ZCashBook) }, ...commonErrors },
});

const booksQuery = z.object({ asOf: ZCivilDate.optional() });
const workbookRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/books.xlsx',
  tags: ['reports'],
  summary: 'Excel workbook: trial balance, balance sheet, income statement, members, loans and arrears',
  request: { params: groupParam, query: booksQuery },
  responses: {
    200: download('Workbook', XLSX_TYPE),
    ...commonErrors,
  },
});
const booksPdfRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/books.pdf',
  tags: ['reports'],
  summary: 'The same books as a Thai A4 PDF, one section per page',
  request: { params: groupParam, query: booksQuery },
  responses: {
    200: download('PDF', 'application/pdf'),
    ...commonErrors,
    503: { description: 'PDF rendering unavailable' },
  },
});

const activityRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/activity-summary',
  tags: ['reports'],
  summary: 'Day-by-day totals (pledges, special savings, loans, fines, cash) for a period (default: this month)',
  request: { params: groupParam, query: ZPeriodQuery },
  responses: { 200: { description: 'Summary', ...jsonContent(ZActivitySummary) }, ...commonErrors },
});

const trendsRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/reports/trends',
  tags: ['reports'],
  summary: 'The five figures at each month end for a unit, and its groups by development level',
  request: { query: ZTrendQuery },
  responses: { 200: { description: 'Trends', ...jsonContent(ZTrends) }, ...commonErrors },
});

const badQuery = {
  400: {
    description: 'Invalid query (Thai message in error.messageTh)',
    ...jsonContent(z.object({ error: z.object({ code: z.string(), messageTh: z.string() }).passthrough() })),
  },
};
const dashboardRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/reports/dashboard',
  tags: ['reports'],
  summary:
    'Dashboard for the nation, a province, district or subdistrict: the five figures now and by month, groups by level, arrears, children, campaigns',
  request: { query: ZDashboardQuery },
  responses: { 200: { description: 'Dashboard', ...jsonContent(ZDashboard) }, ...badQuery, ...commonErrors },
});
const dashboardXlsxRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/reports/dashboard.xlsx',
  tags: ['reports'],
  summary: 'The same dashboard as an Excel workbook: สรุป, รายเดือน and one sheet of child units or groups',
  request: { query: ZDashboardQuery },
  responses: {
    200: download('Workbook', XLSX_TYPE),
    ...badQuery,
    ...commonErrors,
  },
});

// Many officers open the same dashboard; its figures change only with a write, which clears the
// cache (server/read-cache.ts). Keyed per user: the campaigns shown depend on what they may see.
// The serialised body is what is kept, so a hit costs no JSON.stringify (measurable at 200
// connections: bench d).
const dashboardCaches = new WeakMap<AppCaches, ReadCache<string>>();
async function cachedDashboardJson(c: Context<AppEnv>, q: TDashboardQuery): Promise<string> {
  const ctx = useCaseContext(c);
  const caches = c.get('caches');
  const cache = dashboardCaches.get(caches) ?? caches.create<string>(10_000, 1_000);
  dashboardCaches.set(caches, cache);
  const now = ctx.clock.now().getTime();
  const key = `${ctx.actor.userId}|${q.orgUnitId}|${q.asOf ?? todayInBangkok(ctx.clock)}|${todayInBangkok(ctx.clock)}`;
  const hit = cache.get(key, now);
  if (hit) return hit;
  const generation = caches.generation;
  const fresh = JSON.stringify((await dashboard(ctx, q)) satisfies TDashboard);
  cache.set(key, fresh, now, generation);
  return fresh;
}

/** The dashboard's query errors are 400 (a malformed link), with the same body as every error. */
function queryHook(
  result: { success: true } | { success: false; error: { issues: z.core.$ZodIssue[] } },
  c: Context,
): undefined {
  if (result.success) return undefined;
  const issues = zodIssuesToFields(result.error.issues);
  // An error body is not one of the route's typed success responses; the hook may return any Response.
  return c.json(
    {
      error: {
        code: 'invalid_query',
        message: 'Invalid query parameters',
        messageTh: `คำขอไม่ถูกต้อง: ${issues.map((i) => `${i.path} ${i.messageTh}`).join(', ')}`,
        issues,
      },
    },
    400,
  ) as never;
}

export const reportsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    dashboardRoute,
    async (c) =>
      // The text is a serialised TDashboard (above), so it is this route's typed JSON response.
      c.body(await cachedDashboardJson(c, c.req.valid('query')), 200, {
        'content-type': 'application/json',
      }) as unknown as TypedResponse<TDashboard, 200, 'json'>,
    queryHook,
  )
  .openapi(
    dashboardXlsxRoute,
    async (c) => {
      const d = await dashboard(useCaseContext(c), c.req.valid('query'));
      const xlsx = await dashboardXlsx(d);
      return c.body(xlsx as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename="dashboard-${d.unit.id}-${d.asOf}.xlsx"`,
      });
    },
    queryHook,
  )
  .openapi(trendsRoute, async (c) => c.json(await trends(useCaseContext(c), c.req.valid('query')), 200))
  .openapi(activityRoute, async (c) =>
    c.json(await activitySummary(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('query')), 200),
  )
  .openapi(booksPdfRoute, async (c) => {
    const ctx = useCaseContext(c);
    const doc = await booksReport(ctx, c.req.valid('param').groupId, c.req.valid('query').asOf);
    const pdf = await htmlToPdf(reportHtml(doc, embeddedFontCss(), ctx.clock));
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'inline; filename="books.pdf"',
    });
  })
  .openapi(workbookRoute, async (c) => {
    const xlsx = await reportXlsx(
      await booksReport(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('query').asOf),
    );
    return c.body(xlsx as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="books.xlsx"; filename*=UTF-8''${encodeURIComponent('บัญชีกลุ่มออมทรัพย์.xlsx')}`,
    });
  })
  .openapi(statementsRoute, async (c) =>
    c.json(await financialStatements(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('query')), 200),
  )
  .openapi(cashBookRoute, async (c) =>
    c.json(await cashBook(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('query')), 200),
  )
  .openapi(rollupRoute, async (c) => c.json(await rollup(useCaseContext(c), c.req.valid('query')), 200))
  .openapi(statementRoute, async (c) => {
    const { groupId, memberNo } = c.req.valid('param');
    return c.json(await memberStatement(useCaseContext(c), groupId, memberNo, c.req.valid('query')), 200);
  })
  .openapi(statementPdfRoute, async (c) => {
    const { groupId, memberNo } = c.req.valid('param');
    const ctx = useCaseContext(c);
    const statement = await memberStatement(ctx, groupId, memberNo, c.req.valid('query'));
    const pdf = await htmlToPdf(statementHtml(statement, embeddedFontCss(), ctx.clock));
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="statement-${memberNo}.pdf"`,
    });
  });
