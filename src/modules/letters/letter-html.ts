// One copy as an A4 HTML page for Chromium's print to PDF (the one renderer that breaks Thai lines
// at word boundaries; TECH.md), laid out like the DOCX: number top left, office top right, date
// right of centre, labelled parts, indented paragraphs, closing and signature centred on the right
// half, owning unit and phone bottom left.
import { escapeHtml } from '../../server/html.js';
import type { TLetterDocument } from './letters.schemas.js';

const e = escapeHtml;

// Sarabun (bundled, SIL OFL) stands in for TH Sarabun New, which cannot ship here. Its glyphs sit
// in a smaller em box than TH Sarabun's, so 12 pt Sarabun sets about as large as TH Sarabun 16 pt.
const CSS = `
@page { size: A4; margin: 2.5cm 2cm 2cm 3cm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Sarabun', sans-serif; font-size: 12pt; line-height: 1.45; color: #000; }
p { margin: 0; }
.urgency { position: absolute; top: 0.6cm; left: 0; font-weight: 700; font-size: 15pt; }
.garuda { height: 3cm; }
.head { display: flex; justify-content: space-between; align-items: flex-start; }
.office { width: 7cm; }
.date { margin: 0.4cm 0 0.2cm 7.5cm; }
.row { display: grid; grid-template-columns: max-content 1fr; column-gap: 0.3cm; margin-top: 0.15cm; }
.encl { display: grid; grid-template-columns: 2.9cm 1fr auto; column-gap: 0.3cm; margin-top: 0.15cm; }
.body p { text-indent: 2.5cm; margin-top: 0.2cm; }
.body { margin-top: 0.2cm; }
.sign { margin-left: 6cm; text-align: center; }
.sign .closing { margin-top: 0.4cm; }
.sign .name { margin-top: 1.5cm; }
.owner { margin-top: 1cm; }
`;

const lines = (xs: string[]) => xs.map((l) => `<p>${e(l)}</p>`).join('');

export function letterHtml(d: TLetterDocument, fontCss: string): string {
  const enclosures = d.enclosures
    .map((x, i) => {
      const item = d.enclosures.length > 1 ? `${i + 1}. ${x.description}` : x.description;
      return `<div class="encl"><span>${i === 0 ? 'สิ่งที่ส่งมาด้วย' : ''}</span><span>${e(item)}</span><span>จำนวน ${e(x.quantity)}</span></div>`;
    })
    .join('');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${e(d.subject)}</title>
<style>${fontCss}${CSS}</style></head><body>
${d.urgency ? `<p class="urgency">${e(d.urgency)}</p>` : ''}
<!-- The Garuda emblem (3 cm) is not available offline; its space is left blank for letterhead paper. -->
<div class="garuda"></div>
<div class="head"><p>ที่ ${e(d.number)}</p><div class="office">${lines([d.officeName, ...d.officeAddress])}</div></div>
<p class="date">${e(d.date)}</p>
<div class="row"><span>เรื่อง</span><span>${e(d.subject)}</span></div>
<div class="row"><span>เรียน</span><span>${e(d.salutation)}</span></div>
${d.reference ? `<div class="row"><span>อ้างถึง</span><span>${e(d.reference)}</span></div>` : ''}
${enclosures}
<div class="body">${lines(d.body)}</div>
<div class="sign"><p class="closing">${e(d.closing)}</p><p class="name">(${e(d.signerName)})</p>${lines(d.signerPosition)}</div>
<div class="owner">${lines(d.ownerUnit)}<p>โทร. ${e(d.phone)}</p>${d.email ? `<p>อีเมล ${e(d.email)}</p>` : ''}</div>
</body></html>`;
}
