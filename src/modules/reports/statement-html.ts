// The printable member statement: one self-contained HTML page (fonts embedded) for Chromium to
// print as A4 landscape. Every value is escaped; amounts use the one money formatter.
import { civilDate, formatThaiDate, todayInBangkok, type Clock } from '../../kernel/dates.js';
import { formatBaht, satang } from '../../kernel/money.js';
import { escapeHtml as esc } from '../../server/html.js';
import type { TMemberStatement } from './reports.schemas.js';

const baht = (n: number) => (n === 0 ? '' : formatBaht(satang(n)));
const date = (d: string) => formatThaiDate(civilDate(d), { style: 'short' });

export function statementHtml(s: TMemberStatement, fontCss: string, clock: Clock): string {
  const rows = s.rows
    .map(
      (r) => `<tr>
      <td>${date(r.postedOn)}</td><td class="n">${r.entryNo}</td><td>${esc(r.descriptionTh)}</td>
      <td class="n">${baht(r.pledged)}</td><td class="n">${baht(r.special)}</td>
      <td class="n">${baht(r.loanPrincipal)}</td><td class="n">${baht(r.interestPaid)}</td><td class="n">${baht(r.penaltyPaid)}</td>
      <td class="n b">${formatBaht(satang(r.balances.pledged))}</td><td class="n b">${formatBaht(satang(r.balances.special))}</td>
      <td class="n b">${formatBaht(satang(r.balances.loans))}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>รายการบัญชีสมาชิก</title>
<style>${fontCss}
@page { size: A4 landscape; margin: 14mm 12mm; }
body { font-family: 'Sarabun', sans-serif; font-size: 11pt; color: #111; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
.meta { display: grid; grid-template-columns: 1fr 1fr; gap: 1mm 8mm; margin-bottom: 4mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.3mm solid #999; padding: 1mm 1.5mm; vertical-align: top; }
th { background: #eef3f1; font-weight: 700; }
thead { display: table-header-group; }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.b { font-weight: 700; }
tbody td:nth-child(-n + 3) { white-space: nowrap; }
tfoot td { font-weight: 700; background: #f6f6f6; }
footer { margin-top: 4mm; font-size: 9pt; color: #444; }
</style></head><body>
<h1>รายการเคลื่อนไหวบัญชีสมาชิก ${esc(s.groupNameTh)}</h1>
<div class="meta">
  <div>อำเภอ${esc(s.districtNameTh)} จังหวัด${esc(s.provinceNameTh)}</div>
  <div>ตั้งแต่วันที่ ${formatThaiDate(civilDate(s.from))} ถึงวันที่ ${formatThaiDate(civilDate(s.to))}</div>
  <div>สมาชิกเลขที่ ${s.memberNo} ${esc(s.fullName)}</div>
  <div>เลขประจำตัวประชาชน ${esc(s.thaiIdMasked)} · เป็นสมาชิกตั้งแต่ ${formatThaiDate(civilDate(s.joinedOn))}</div>
</div>
<table>
<thead><tr><th>วันที่</th><th>เลขที่</th><th>รายการ</th><th>เงินสัจจะสะสม</th><th>เงินฝากสัจจะพิเศษ</th>
<th>เงินกู้ (รับ + / ชำระ −)</th><th>ดอกเบี้ยจ่าย</th><th>ค่าปรับ</th>
<th>คงเหลือสัจจะสะสม</th><th>คงเหลือสัจจะพิเศษ</th><th>คงเหลือเงินกู้</th></tr></thead>
<tbody><tr><td colspan="8">ยอดยกมา</td><td class="n b">${formatBaht(satang(s.opening.pledged))}</td>
<td class="n b">${formatBaht(satang(s.opening.special))}</td><td class="n b">${formatBaht(satang(s.opening.loans))}</td></tr>${rows}</tbody>
<tfoot><tr><td colspan="6">ยอดคงเหลือ ณ วันที่ ${formatThaiDate(civilDate(s.to))}</td>
<td class="n">${formatBaht(satang(s.totals.interestPaid))}</td><td class="n">${formatBaht(satang(s.totals.penaltyPaid))}</td>
<td class="n">${formatBaht(satang(s.closing.pledged))}</td><td class="n">${formatBaht(satang(s.closing.special))}</td>
<td class="n">${formatBaht(satang(s.closing.loans))}</td></tr></tfoot>
</table>
<footer>ยอดเงินทุกรายการคำนวณจากสมุดรายวันของกลุ่ม (หน่วยเป็นบาท) · พิมพ์เมื่อ ${formatThaiDate(todayInBangkok(clock))}</footer>
</body></html>`;
}
