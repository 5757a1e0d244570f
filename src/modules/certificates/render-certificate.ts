import type { UseCaseContext } from '../../server/context.js';
import { embeddedFontCss, htmlToPdf } from '../../server/pdf.js';
import { qrDataUrl } from '../../server/qr.js';
import { readableCertificate } from './certificate-access.js';
import { certificateHtml } from './certificate-html.js';
import { revokedOn, toCertificate, verifyPath } from './certificates.mappers.js';

/**
 * One certificate as an A4 landscape PDF. `origin` is where the public verification page is served
 * (scheme, host and port, no trailing slash); the QR code must carry an absolute address, as a phone
 * camera has no page to resolve a relative one against.
 */
export async function renderCertificate(
  ctx: UseCaseContext,
  id: string,
  origin: string,
): Promise<{ bytes: Uint8Array; asciiName: string; thaiName: string }> {
  const row = await readableCertificate(ctx.db, ctx.actor, id);
  const cert = toCertificate(row);
  const verifyUrl = origin + verifyPath(cert.code);
  const html = certificateHtml(
    cert,
    { verifyUrl, qrDataUrl: await qrDataUrl(verifyUrl), revokedOn: revokedOn(row.revoked_at) },
    embeddedFontCss(),
  );
  return {
    bytes: await htmlToPdf(html),
    asciiName: `certificate-${cert.code}.pdf`,
    thaiName: `เกียรติบัตร ${cert.recipientName}.pdf`,
  };
}
