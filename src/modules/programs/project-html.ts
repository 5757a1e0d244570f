// The printable แบบเสนอโครงการ: one self-contained HTML page (Sarabun embedded) for Chromium to print
// on A4, laid out like the seed forms: numbered sections in Thai digits, then one signature block per
// step of the chain. Every value is escaped.
import { civilDate, formatThaiDate } from '../../kernel/dates.js';
import { formatBaht, satang } from '../../kernel/money.js';
import { toThaiDigits } from '../../kernel/thai-digits.js';
import { escapeHtml as esc } from '../../server/html.js';
import type { TProject, TSignoffStep } from './programs.schemas.js';
import { ROLE_TH } from './signoff.js';
import { PROGRAM_TAGS } from './tags.js';

const td = (n: number | string) => toThaiDigits(String(n));
const date = (d: string) => formatThaiDate(civilDate(d), { thaiDigits: true });
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .filter((p) => p.trim())
    .map((p) => `<p class="indent">${esc(p.trim())}</p>`)
    .join('');
const numbered = (section: number, items: string[]) =>
  items.map((item, i) => `<p class="item">${td(`${section}.${i + 1}`)} ${esc(item)}</p>`).join('');

function section(no: number, title: string, body: string): string {
  return `<section><h2>${td(no)}. ${title}</h2>${body}</section>`;
}

function budget(p: TProject): string {
  if (p.budgetSatang === null) return '<p class="indent">ไม่ใช้งบประมาณจากทางราชการ</p>';
  const amount = formatBaht(satang(p.budgetSatang), { thaiDigits: true });
  const source = p.budgetSource ? `<p class="indent">แหล่งงบประมาณ ${esc(p.budgetSource)}</p>` : '';
  return `<p class="indent">จำนวน ${amount} บาท (${esc(p.budgetText ?? '')})</p>${source}`;
}

function indicators(p: TProject): string {
  const quantity = p.indicators
    .filter((k) => k.kind === 'quantitative')
    .map((k) => `<p class="item">${esc(k.textTh)} เป้าหมาย ${td(k.target ?? 0)} ${esc(k.unit ?? '')}</p>`);
  const quality = p.indicators
    .filter((k) => k.kind === 'qualitative')
    .map((k) => `<p class="item">${esc(k.textTh)}</p>`);
  return (
    (quantity.length ? `<p class="indent"><b>เชิงปริมาณ</b></p>${quantity.join('')}` : '') +
    (quality.length ? `<p class="indent"><b>เชิงคุณภาพ</b></p>${quality.join('')}` : '')
  );
}

function signature(no: number, step: TSignoffStep, title: string): string {
  const signed = step.signedOn !== null;
  const line = signed
    ? `(ลงชื่อ) <span class="signed">${esc(step.signer.fullName)}</span></p><p class="note">ลงนามผ่านระบบ`
    : '(ลงชื่อ) ..................................................';
  const approve =
    step.role === 'approver' ? `<p>${signed ? '☑ อนุมัติ' : '☐ อนุมัติ ☐ ไม่อนุมัติ เพราะ ..................'}</p>` : '';
  const comment = step.comment ? `<p class="note">ความเห็น: ${esc(step.comment)}</p>` : '';
  const position = step.positionLine
    .split('\n')
    .map((l) => `<p>${esc(l)}</p>`)
    .join('');
  return `<section class="sign"><h2>${td(no)}. ${ROLE_TH[step.role]} ${esc(title)}</h2>
  <div class="block">${approve}<p>${line}</p><p>(${esc(step.signer.fullName)})</p>${position}
  <p>วันที่ ${signed ? date(step.signedOn!) : '..................................'}</p>${comment}</div></section>`;
}

export function projectHtml(p: TProject, fontCss: string): string {
  const tags = PROGRAM_TAGS.filter((t) => p.tags.includes(t.code)).map((t) => esc(t.nameTh));
  const number = p.projectNo === null ? `........../${td(p.fiscalYear)}` : td(`${p.projectNo}/${p.fiscalYear}`);
  const period =
    p.startsOn === p.endsOn ? `วันที่ ${date(p.startsOn)}` : `ระหว่างวันที่ ${date(p.startsOn)} ถึงวันที่ ${date(p.endsOn)}`;
  const sections = [
    ['หลักการและเหตุผล', paragraphs(p.rationale)],
    ['วัตถุประสงค์', null, p.objectives],
    ['วิธีดำเนินการ', null, p.methods],
    ['ระยะเวลาดำเนินการ', `<p class="indent">${period}</p>`],
    ['กลุ่มเป้าหมาย', paragraphs(p.targetGroup)],
    ['สถานที่ดำเนินการ', paragraphs(p.location)],
    ['งบประมาณ', budget(p)],
    ['ผลที่คาดว่าจะได้รับ', null, p.expectedResults],
    ['ตัวชี้วัด', indicators(p)],
  ] as const;
  const body = sections
    .map(([title, html, items], i) => section(i + 1, title, html ?? numbered(i + 1, items ?? [])))
    .join('');
  const signatures = p.chain.map((s, i) => signature(sections.length + 1 + i, s, `“${p.titleTh}”`)).join('');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${esc(p.titleTh)}</title>
<style>${fontCss}
@page { size: A4; margin: 2cm 2cm 2cm 3cm; }
body { font-family: 'Sarabun', sans-serif; font-size: 15pt; line-height: 1.45; color: #000; margin: 0; }
h1 { font-size: 17pt; text-align: center; margin: 0; }
.sub { text-align: center; margin: 0 0 4mm; }
.head p { margin: 0; }
h2 { font-size: 15pt; margin: 4mm 0 1mm; break-after: avoid; break-inside: avoid; }
p { margin: 0 0 1mm; }
.indent { text-indent: 2.5em; }
.item { padding-left: 2.5em; }
.sign { break-inside: avoid; }
.block { margin-left: 35%; text-align: center; }
.signed { font-style: italic; }
.note { font-size: 12pt; color: #333; }
</style></head><body>
<h1>แบบเสนอโครงการ${p.budgetSatang === null ? ' (ไม่ใช้งบประมาณของทางราชการ)' : ''}</h1>
<p class="sub">ประจำปีงบประมาณ พ.ศ. ${td(p.fiscalYear)}</p>
<div class="head">
<p><b>เลขที่โครงการ</b> : ${number}</p>
<p><b>ชื่อโครงการ</b> : “${esc(p.titleTh)}”</p>
<p><b>หน่วยงานที่รับผิดชอบ</b> : ${esc(p.responsibleUnitTh)}</p>
${tags.length ? `<p><b>ภายใต้</b> : ${tags.join(', ')}</p>` : ''}
</div>
${body}${signatures}
</body></html>`;
}
