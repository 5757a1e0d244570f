// Renders a ReportDoc. Excel gets baht as numbers with a 2-decimal format (what spreadsheet users
// sum and sort; exact for display at these magnitudes); the PDF gets the one money formatter's text.
import ExcelJS from 'exceljs';
import { formatThaiDate, todayInBangkok, type Clock } from '../../kernel/dates.js';
import { formatBaht } from '../../kernel/money.js';
import { escapeHtml as esc } from '../../server/html.js';
import type { Cell, ReportDoc } from './books-report.js';

export async function reportXlsx(doc: ReportDoc): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chumchon';
  for (const s of doc.sections) {
    const ws = wb.addWorksheet(s.name);
    ws.addRow([`${s.title} — ${doc.title}`]).font = { bold: true, size: 14 };
    ws.addRow([doc.subtitle]);
    ws.addRow(s.header).font = { bold: true };
    s.rows.forEach((r, i) => {
      const row = ws.addRow(r.map((c) => (typeof c === 'object' ? c.money / 100 : c)));
      r.forEach((c, j) => {
        if (typeof c === 'object') row.getCell(j + 1).numFmt = '#,##0.00';
      });
      if (s.totals?.includes(i)) row.font = { bold: true };
    });
    ws.columns.forEach((col, i) => (col.width = i === 1 ? 36 : 16));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const cellHtml = (c: Cell) =>
  typeof c === 'object'
    ? `<td class="n">${formatBaht(c.money)}</td>`
    : typeof c === 'number'
      ? `<td class="n">${c}</td>`
      : `<td>${esc(c)}</td>`;

export function reportHtml(doc: ReportDoc, fontCss: string, clock: Clock): string {
  const sections = doc.sections
    .map(
      (
        s,
      ) => `<section><h2>${esc(s.title)}</h2><table><thead><tr>${s.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${s.rows.map((r, i) => `<tr${s.totals?.includes(i) ? ' class="total"' : ''}>${r.map(cellHtml).join('')}</tr>`).join('') || `<tr><td colspan="${s.header.length}">ไม่มีรายการ</td></tr>`}</tbody></table></section>`,
    )
    .join('');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>${fontCss}
@page { size: A4; margin: 15mm 14mm; }
body { font-family: 'Sarabun', sans-serif; font-size: 11pt; color: #111; margin: 0; }
h1 { font-size: 16pt; margin: 0; } h2 { font-size: 13pt; margin: 6mm 0 2mm; }
section { break-inside: auto; } section + section { break-before: page; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.3mm solid #999; padding: 1mm 1.5mm; }
th { background: #eef3f1; } thead { display: table-header-group; }
.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 700; background: #f6f6f6; }
footer { margin-top: 4mm; font-size: 9pt; color: #444; }
</style></head><body><h1>${esc(doc.title)}</h1><div>${esc(doc.subtitle)}</div>${sections}
<footer>คำนวณจากสมุดรายวันของกลุ่ม · หน่วยเป็นบาท · พิมพ์เมื่อ ${formatThaiDate(todayInBangkok(clock))}</footer></body></html>`;
}
