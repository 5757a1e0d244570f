// Voter slips to print and hand out: eight to an A4 page, each with the voter's name, a QR code of
// their ballot link, the link and code to type, and the voting days. One self-contained page
// (Sarabun and the QR images embedded) for Chromium to print. Every value is escaped.
import { civilDate, formatThaiDate } from '../../kernel/dates.js';
import { escapeHtml as esc } from '../../server/html.js';

export interface Slip {
  fullName: string;
  positionTh: string | null;
  officeTh: string;
  link: string;
  code: string;
  qrDataUrl: string;
}

/** "ABCDE-FGHJK": easier to read aloud and type; the hyphen is ignored when entered. */
export const groupedCode = (code: string) => code.replace(/^(.{5})(.+)$/, '$1-$2');

function days(opensOn: string, closesOn: string): string {
  const a = formatThaiDate(civilDate(opensOn), { thaiDigits: true });
  const b = formatThaiDate(civilDate(closesOn), { thaiDigits: true });
  return opensOn === closesOn ? `วันที่ ${a}` : `ตั้งแต่วันที่ ${a} ถึงวันที่ ${b}`;
}

function slip(s: Slip, title: string, when: string): string {
  return `<section class="slip">
<p class="title">${esc(title)}</p>
<div class="row"><img src="${s.qrDataUrl}" alt="คิวอาร์โค้ดบัตรลงคะแนน">
<div class="who"><p class="label">บัตรลงคะแนนของ</p><p class="name">${esc(s.fullName)}</p>
<p class="small">${esc([s.positionTh, s.officeTh].filter(Boolean).join(' '))}</p>
<p class="small">ลงคะแนนได้${esc(when)}</p></div></div>
<p class="link">${esc(s.link)}</p>
<p class="small">รหัสบัตร <b class="code">${esc(groupedCode(s.code))}</b> · ใช้ได้เฉพาะท่าน โปรดอย่าให้ผู้อื่น</p>
</section>`;
}

export function slipsHtml(
  e: { title: string; organiserTh: string; opensOn: string; closesOn: string },
  slips: Slip[],
  fontCss: string,
): string {
  const when = days(e.opensOn, e.closesOn);
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${esc(e.title)}</title>
<style>${fontCss}
@page { size: A4; margin: 10mm; }
body { font-family: 'Sarabun', sans-serif; font-size: 10.5pt; line-height: 1.3; color: #000; margin: 0; }
.sheet { display: grid; grid-template-columns: 1fr 1fr; grid-auto-rows: 68mm; gap: 0; }
.slip { border: 1px dashed #777; padding: 3mm 4mm; break-inside: avoid; overflow: hidden; }
.title { font-weight: 700; margin: 0 0 1.5mm; }
.row { display: flex; gap: 3mm; align-items: flex-start; }
img { width: 32mm; height: 32mm; flex: none; }
p { margin: 0 0 0.8mm; }
.label { font-size: 9pt; color: #333; }
.name { font-size: 13pt; font-weight: 700; }
.small { font-size: 9pt; }
.link { font-family: monospace; font-size: 9pt; word-break: break-all; margin-top: 1.5mm; }
.code { font-family: monospace; font-size: 11pt; letter-spacing: 0.5pt; }
</style></head><body>
<div class="sheet">${slips.map((s) => slip(s, e.title, when)).join('')}</div>
</body></html>`;
}
