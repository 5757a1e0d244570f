// The printable summary for the provincial head (seed 000 §3.7–3.8 สรุปและรายงานผล): one
// self-contained A4 page in Thai for Chromium to print — the KPIs against their targets, savings by
// office, the fund's money reconciled, and the households helped by district and kind of help.
// Counts and money only; every value is escaped.
import { civilDate, formatThaiDate } from '../../kernel/dates.js';
import { bahtText, formatBaht, satang } from '../../kernel/money.js';
import { toThaiDigits } from '../../kernel/thai-digits.js';
import { escapeHtml as esc } from '../../server/html.js';
import type { TFundReport } from './report.schemas.js';

const td = (n: number | string) => toThaiDigits(String(n));
const baht = (s: number) => formatBaht(satang(s), { thaiDigits: true });
const date = (d: string) => formatThaiDate(civilDate(d), { thaiDigits: true });

export const HELP_KIND_TH = {
  cash: 'เงินช่วยเหลือ',
  goods: 'สิ่งของเครื่องใช้',
  housing: 'ซ่อมแซมที่อยู่อาศัย',
  occupation: 'ส่งเสริมอาชีพ',
  education: 'การศึกษา',
  health: 'สุขภาพ',
  other: 'อื่น ๆ',
} as const;

function table(head: string[], rows: string[][], foot?: string[]): string {
  const tr = (cells: string[], tag: 'td' | 'th') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  // The total is the body's last row, not a <tfoot>: Chromium repeats a footer on every printed page.
  const total = foot ? `<tr class="total">${foot.map((c) => `<td>${c}</td>`).join('')}</tr>` : '';
  return `<table><thead>${tr(head, 'th')}</thead><tbody>${rows.map((r) => tr(r, 'td')).join('')}${total}</tbody></table>`;
}

export function fundReportHtml(r: TFundReport, fontCss: string): string {
  const rec = r.reconciliation;
  const kpis = table(
    ['ตัวชี้วัด', 'เป้าหมาย', 'ผล', ''],
    r.kpis.map((k) => [
      esc(k.labelTh),
      k.target === null ? '–' : `${td(k.target)} ${esc(k.unitTh)}`,
      `${td(k.actual)} ${esc(k.unitTh)}`,
      k.met === null ? '' : k.met ? 'บรรลุ' : 'ยังไม่บรรลุ',
    ]),
  );
  const units = table(
    ['หน่วยงาน', 'ผู้เข้าร่วม (คน)', 'ออมตามที่ตั้งใจ (คน)', 'เงินออม (บาท)'],
    r.byUnit.map((u) => [esc(u.nameTh), td(u.participants), td(u.keepingPledge), baht(u.saved)]),
    [
      'รวม',
      td(r.byUnit.reduce((n, u) => n + u.participants, 0)),
      td(r.byUnit.reduce((n, u) => n + u.keepingPledge, 0)),
      baht(r.byUnit.reduce((n, u) => n + u.saved, 0)),
    ],
  );
  const money = table(
    ['รายการ', 'จำนวนเงิน (บาท)'],
    [
      ['เงินออมจากการนับกระปุกออมสิน', baht(rec.counted)],
      ['นำฝากธนาคาร (ตามใบนำฝาก)', baht(rec.deposits)],
      ['จ่ายเงินช่วยเหลือครัวเรือน (ตามใบสำคัญรับเงิน)', baht(rec.payouts)],
      ['คงเหลือในบัญชีธนาคาร (ฝาก − จ่าย)', baht(rec.bank)],
      ['เงินสดรอนำฝาก', baht(rec.cashOnHand)],
    ],
  );
  const districts = table(
    ['อำเภอ', 'สำรวจ', 'เสนอ', 'ได้รับความช่วยเหลือ', 'จ่ายแล้ว (บาท)'],
    r.households.byDistrict.map((d) => [esc(d.nameTh), td(d.surveyed), td(d.proposed), td(d.helped), baht(d.paid)]),
    [
      'รวม',
      td(r.households.byDistrict.reduce((n, d) => n + d.surveyed, 0)),
      td(r.households.byDistrict.reduce((n, d) => n + d.proposed, 0)),
      td(r.households.byDistrict.reduce((n, d) => n + d.helped, 0)),
      baht(r.households.byDistrict.reduce((n, d) => n + d.paid, 0)),
    ],
  );
  const kinds = table(
    ['ประเภทความช่วยเหลือ', 'ครัวเรือน', 'จ่ายแล้ว (บาท)'],
    r.households.byKind
      .filter((k) => k.households > 0)
      .map((k) => [HELP_KIND_TH[k.kind], td(k.households), baht(k.paid)]),
  );
  const f = r.households.followUps;
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${esc(r.fund.nameTh)}</title>
<style>${fontCss}
@page { size: A4; margin: 2cm 2cm 2cm 2.5cm; }
body { font-family: 'Sarabun', sans-serif; font-size: 13pt; line-height: 1.4; color: #000; margin: 0; }
h1 { font-size: 16pt; text-align: center; margin: 0; }
.sub { text-align: center; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 5mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 1mm; }
table { width: 100%; border-collapse: collapse; break-inside: auto; }
th, td { border: 0.5pt solid #444; padding: 0.6mm 1.5mm; vertical-align: top; }
td:not(:first-child) { text-align: right; white-space: nowrap; }
.total td { font-weight: bold; }
.total td:first-child { text-align: center; }
th:first-child { width: 45%; }
thead th { background: #eee; }
tr { break-inside: avoid; }
.ok { font-weight: bold; }
</style></head><body>
<h1>สรุปผลการดำเนินงานโครงการ “${esc(r.fund.nameTh)}”</h1>
<p class="sub">${esc(r.fund.orgUnit.nameTh)} · ระหว่างวันที่ ${date(r.fund.startsOn)} ถึงวันที่ ${date(r.fund.endsOn)} · ข้อมูล ณ วันที่ ${date(r.asOf)}</p>
<p>ผู้เข้าร่วมโครงการออมเงินไม่น้อยกว่าวันละ ${baht(r.fund.pledgePerDay)} บาท เงินออมรวม ${baht(rec.counted)} บาท (${esc(bahtText(satang(rec.counted)))})
คงเหลือในบัญชีธนาคาร ${baht(rec.bank)} บาท (${esc(bahtText(satang(rec.bank)))})</p>
<p class="ok">${rec.reconciled ? 'บัญชีกองทุนตรงกับใบนำฝากและใบสำคัญรับเงินทุกรายการ' : 'บัญชีกองทุนไม่ตรงกับใบนำฝากหรือใบสำคัญรับเงิน กรุณาตรวจสอบ'}</p>
<h2>๑. ตัวชี้วัดโครงการ</h2>${kpis}
<h2>๒. ผู้เข้าร่วมและเงินออมตามหน่วยงาน</h2>${units}
<h2>๓. การเงินของกองทุน</h2>${money}
<h2>๔. ครัวเรือนเป้าหมายตามอำเภอ (ครัวเรือน)</h2>${districts}
<h2>๕. ความช่วยเหลือตามประเภท</h2>${kinds}
<p>ผลการติดตามเยี่ยมครัวเรือน: ดีขึ้น ${td(f.improved)} ครั้ง · เท่าเดิม ${td(f.unchanged)} ครั้ง · แย่ลง ${td(f.worse)} ครั้ง</p>
</body></html>`;
}
