// The printable เกียรติบัตร: one self-contained A4 landscape page (Sarabun embedded) for Chromium to
// print, laid out like the certificates provincial offices hand out: the office, the recipient's
// name large, the honour and the programme, the date in Thai digits and the Buddhist era, the
// signer's name in brackets with the position. A QR code in the corner carries the absolute
// verification address, with the code and the address printed under it for typing by hand.
// Every value is escaped.
import { civilDate, dateParts, THAI_MONTHS, toBuddhistYear } from '../../kernel/dates.js';
import { toThaiDigits } from '../../kernel/thai-digits.js';
import { escapeHtml as esc } from '../../server/html.js';
import type { TCertificate } from './certificates.schemas.js';

/** "๓๐ พฤษภาคม พ.ศ. ๒๕๖๘": the form certificates and letters print after "ให้ไว้ ณ วันที่". */
export function thaiLongDate(iso: string): string {
  const { year, month, day } = dateParts(civilDate(iso));
  return toThaiDigits(`${day} ${THAI_MONTHS[month - 1]} พ.ศ. ${toBuddhistYear(year)}`);
}

/** "ABCD-EFGH-JKMN": groups of four are easier to read aloud and type; lookups drop the hyphens. */
export const groupCode = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

// Sarabun's glyphs sit in a smaller em box than TH Sarabun's (see letter-html.ts), so sizes here are
// about three quarters of what the same certificate would use in TH Sarabun.
const CSS = `
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Sarabun', sans-serif; color: #1a1a1a; }
p { margin: 0; }
.page { position: relative; width: 297mm; height: 210mm; padding: 9mm; overflow: hidden; }
.frame { position: relative; height: 100%; border: 2.2mm double #a8832f; padding: 2.2mm; }
.inner { position: relative; height: 100%; border: 0.4mm solid #a8832f; display: flex; flex-direction: column;
  align-items: center; justify-content: center; text-align: center; padding: 8mm 28mm 10mm; }
.title { font-size: 36pt; font-weight: 700; color: #7a5b14; letter-spacing: 0.06em; line-height: 1.2; }
.rule { width: 70mm; border-top: 0.5mm solid #a8832f; margin: 2mm 0 3mm; }
.office { font-size: 19pt; font-weight: 700; color: #1f2d5a; }
.lead { font-size: 14pt; margin-top: 5mm; }
.name { font-size: 30pt; font-weight: 700; color: #1f2d5a; margin-top: 3mm; line-height: 1.35; }
.honour { font-size: 18pt; font-weight: 700; margin-top: 2mm; line-height: 1.4; text-wrap: balance; }
.event { font-size: 14pt; margin-top: 2mm; line-height: 1.45; max-width: 210mm; text-wrap: balance; }
.wish { font-size: 14pt; margin-top: 4mm; }
.date { font-size: 14pt; margin-top: 1.5mm; }
.sign { margin-top: 3mm; font-size: 14pt; line-height: 1.45; }
.sign .space { height: 16mm; }
.verify { position: absolute; left: 6mm; bottom: 5mm; width: 40mm; text-align: center; font-size: 7pt;
  line-height: 1.3; color: #333; }
.verify img { width: 30mm; height: 30mm; display: block; margin: 0 auto 1mm; image-rendering: pixelated; }
.verify .code { font-size: 9pt; font-weight: 700; letter-spacing: 0.04em; color: #1a1a1a; }
.verify .url { overflow-wrap: anywhere; }
.revoked-note { position: absolute; top: 4mm; left: 0; right: 0; text-align: center; color: #b3261e;
  font-size: 13pt; font-weight: 700; }
.stamp { position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%) rotate(-18deg);
  border: 1.6mm solid rgba(179, 38, 30, 0.75); color: rgba(179, 38, 30, 0.75); border-radius: 4mm;
  padding: 5mm 12mm 2mm; font-size: 60pt; font-weight: 700; line-height: 1.3; white-space: nowrap; }
`;

export interface CertificatePrint {
  /** Absolute verification address, the text inside the QR code. */
  verifyUrl: string;
  /** The QR code as a data: URL. */
  qrDataUrl: string;
  /** Civil date of revocation, or null while valid. */
  revokedOn: string | null;
}

export function certificateHtml(c: TCertificate, print: CertificatePrint, fontCss: string): string {
  const revoked = print.revokedOn
    ? `<p class="revoked-note">เกียรติบัตรฉบับนี้ยกเลิกแล้ว เมื่อวันที่ ${thaiLongDate(print.revokedOn)}</p>
<div class="stamp">ยกเลิกแล้ว</div>`
    : '';
  // Break the printed address after the host, never inside the code someone may have to type.
  const at = print.verifyUrl.lastIndexOf('/verify/');
  const url =
    at > 0 ? `${esc(print.verifyUrl.slice(0, at))}<wbr>${esc(print.verifyUrl.slice(at))}` : esc(print.verifyUrl);
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>เกียรติบัตร ${esc(c.recipientName)}</title>
<style>${fontCss}
${CSS}</style></head><body>
<div class="page"><div class="frame"><div class="inner">
<p class="title">เกียรติบัตร</p>
<div class="rule"></div>
<p class="office">${esc(c.issuerNameTh)}</p>
<p class="lead">มอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า</p>
<p class="name">${esc(c.recipientName)}</p>
<p class="honour">${esc(c.honour)}</p>
<p class="event">${esc(c.eventTitle)}</p>
<p class="wish">ขอให้มีความสุข ความเจริญ และประสบความสำเร็จสืบไป</p>
<p class="date">ให้ไว้ ณ วันที่ ${thaiLongDate(c.issuedOn)}</p>
<div class="sign"><div class="space"></div><p>(${esc(c.signerName)})</p><p>${esc(c.signerPosition)}</p></div>
<div class="verify"><img src="${esc(print.qrDataUrl)}" alt="QR">
<p>ตรวจสอบเกียรติบัตร</p><p class="code">${esc(groupCode(c.code))}</p><p class="url">${url}</p></div>
${revoked}
</div></div></div>
</body></html>`;
}
