import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, download } from '../../server/openapi-common.js';
import { embeddedFontCss, htmlToPdf } from '../../server/pdf.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { fundReport } from './fund-report.js';
import { fundReportHtml } from './fund-report-html.js';
import { ZFundReport } from './report.schemas.js';

const tags = ['fund'];
const idParam = z.object({ id: z.string().uuid() });

const reportRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}/report',
  tags,
  summary: 'KPIs, savings by office, the books reconciled, households helped by district and kind',
  request: { params: idParam },
  responses: { 200: { description: 'Report', ...jsonContent(ZFundReport) }, ...commonErrors },
});
const pdfRoute = defineRoute('fund:read', {
  method: 'get',
  path: '/funds/{id}/report.pdf',
  tags,
  summary: 'The printable summary for the provincial head (A4, Thai)',
  request: { params: idParam },
  responses: { 200: download('PDF', 'application/pdf'), ...commonErrors },
});

export const reportRoutes = new OpenAPIHono<AppEnv>()
  .openapi(reportRoute, async (c) => c.json(await fundReport(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(pdfRoute, async (c) => {
    const report = await fundReport(useCaseContext(c), c.req.valid('param').id);
    const pdf = await htmlToPdf(fundReportHtml(report, embeddedFontCss()));
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="fund-report-${report.fund.id}.pdf"`,
    });
  });
