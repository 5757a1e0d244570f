import type { UseCaseContext } from '../../server/context.js';
import { embeddedFontCss, htmlToPdf } from '../../server/pdf.js';
import { qrDataUrl } from '../../server/qr.js';
import { ballotLink } from './ballot-link.js';
import { managedElection } from './election-access.js';
import { bangkokDay } from './election-window.js';
import { officeName, rollWithCodes } from './votes.repository.js';
import { slipsHtml } from './slips-html.js';

/** Every voter's slip (name, QR code, link, code), eight to an A4 page, as a PDF to print. */
export async function voterSlipsPdf(ctx: UseCaseContext, id: string, origin: string): Promise<Uint8Array> {
  const e = await managedElection(ctx, id);
  const roll = await rollWithCodes(ctx.db, id);
  const slips = await Promise.all(
    roll.map(async (v) => {
      const link = ballotLink(origin, v.ballotCode);
      return { ...v, link, code: v.ballotCode, qrDataUrl: await qrDataUrl(link) };
    }),
  );
  const html = slipsHtml(
    {
      title: e.title,
      organiserTh: officeName(e.org_kind, e.org_name_th),
      opensOn: bangkokDay(e.opens_at),
      closesOn: bangkokDay(e.closes_at),
    },
    slips,
    embeddedFontCss(),
  );
  return htmlToPdf(html);
}
