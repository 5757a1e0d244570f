// The roll-up as an Excel workbook, the figures the page shows and nothing computed anew: สรุป (the
// 60 % plan indicator against its target, groups assessed, report deadlines, the support budget,
// planned and spent), a sheet of the children (provinces, districts or groups) with the same
// figures and a total row, the level distribution per instrument and the indicators most often
// failed. Headers are Thai; money is baht as a number with two decimals (what spreadsheet users sum),
// shares are per cent with two decimals, counts are numbers — the dashboard workbook's conventions.
import ExcelJS from 'exceljs';
import { formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import type { TRollup, TRollupFigures } from './assessments.schemas.js';

const MONEY = '#,##0.00';
const PERCENT = '0.00';
const baht = (satang: number) => satang / 100;
const pct = (bp: number) => bp / 100;

export const ROLLUP_SHEETS = {
  summary: 'สรุป',
  children: { province: 'รายจังหวัด', district: 'รายอำเภอ', group: 'รายกลุ่ม' },
  levels: 'ระดับผลการประเมิน',
  mostFailed: 'ตัวชี้วัดที่ไม่ผ่าน',
} as const;

/** The figures' columns, in order, with their Thai headers and formats. */
export const FIGURE_COLUMNS: {
  key: keyof TRollupFigures;
  th: string;
  format?: string;
  scale?: (n: number) => number;
}[] = [
  { key: 'targets', th: 'กลุ่มเป้าหมาย' },
  { key: 'forums', th: 'จัดเวทีแล้ว' },
  { key: 'assessed', th: 'ประเมินแล้ว' },
  { key: 'withPlan', th: 'มีแผนที่รับรองแล้ว' },
  { key: 'planPercentBp', th: 'ร้อยละที่มีแผน', format: PERCENT, scale: pct },
  { key: 'reportsOnTime', th: 'รายงานตรงเวลา' },
  { key: 'reportsLate', th: 'รายงานล่าช้า' },
  { key: 'reportsOverdue', th: 'เลยกำหนด ยังไม่รายงาน' },
  { key: 'reportsDue', th: 'ยังไม่ถึงกำหนดรายงาน' },
  { key: 'budget', th: 'งบสนับสนุน (บาท)', format: MONEY, scale: baht },
  { key: 'planned', th: 'ค่าใช้จ่ายตามแผน (บาท)', format: MONEY, scale: baht },
  { key: 'spent', th: 'ใช้จ่ายแล้ว (บาท)', format: MONEY, scale: baht },
];

function header(ws: ExcelJS.Worksheet, cells: string[]) {
  const row = ws.addRow(cells);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
}

function figureRow(ws: ExcelJS.Worksheet, lead: (string | number)[], f: TRollupFigures): ExcelJS.Row {
  const row = ws.addRow([...lead, ...FIGURE_COLUMNS.map((c) => (c.scale ? c.scale(f[c.key]) : f[c.key]))]);
  FIGURE_COLUMNS.forEach((c, i) => {
    if (c.format) row.getCell(lead.length + i + 1).numFmt = c.format;
  });
  return row;
}

export async function rollupXlsx(r: TRollup): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chumchon';
  const title = `${r.program.titleTh} — ${r.unit.nameTh} ณ วันที่ ${formatThaiDate(r.asOf as CivilDate)}`;

  const summary = wb.addWorksheet(ROLLUP_SHEETS.summary);
  summary.addRow([title]).font = { bold: true, size: 14 };
  summary.addRow([]);
  header(summary, ['ตัวชี้วัดกิจกรรม', 'ค่า']);
  const p = r.planIndicator;
  summary.addRow(['กลุ่มเป้าหมาย', p.targets]);
  summary.addRow(['มีแผนการบริหารจัดการตามมาตรฐาน SSG (รับรองแล้ว)', p.withPlan]);
  summary.addRow(['ร้อยละที่มีแผน', pct(p.percentBp)]).getCell(2).numFmt = PERCENT;
  summary.addRow(['เป้าหมาย (ร้อยละ)', pct(p.targetBp)]).getCell(2).numFmt = PERCENT;
  summary.addRow(['ผล', p.met ? 'บรรลุเป้าหมาย' : 'ยังไม่บรรลุเป้าหมาย']);
  summary.addRow([]);
  header(summary, ['รายการ', 'จำนวน']);
  for (const c of FIGURE_COLUMNS) {
    const v = r.totals[c.key];
    const row = summary.addRow([c.th, c.scale ? c.scale(v) : v]);
    if (c.format) row.getCell(2).numFmt = c.format;
  }
  summary.getColumn(1).width = 48;
  summary.getColumn(2).width = 20;

  const kind =
    r.children[0]?.kind ??
    (r.unit.kind === 'department' ? 'province' : r.unit.kind === 'province' ? 'district' : 'group');
  const children = wb.addWorksheet(ROLLUP_SHEETS.children[kind]);
  children.addRow([`${ROLLUP_SHEETS.children[kind]} — ${title}`]).font = { bold: true, size: 14 };
  header(children, ['รหัส', 'ชื่อ', ...FIGURE_COLUMNS.map((c) => c.th)]);
  for (const c of r.children) figureRow(children, [c.id, c.nameTh], c.figures);
  figureRow(children, ['', 'รวม'], r.totals).font = { bold: true };
  children.columns.forEach((c, i) => (c.width = i === 1 ? 36 : 14));

  const levels = wb.addWorksheet(ROLLUP_SHEETS.levels);
  header(levels, ['แบบประเมิน', 'ระดับ', 'ผลการประเมิน', 'จำนวนกลุ่ม']);
  for (const l of r.levels) {
    for (const d of l.distribution) levels.addRow([l.instrument.titleTh, d.level ?? '', d.levelTh, d.groups]);
  }
  levels.columns.forEach((c, i) => (c.width = i === 0 ? 56 : 18));

  const failed = wb.addWorksheet(ROLLUP_SHEETS.mostFailed);
  header(failed, ['ลำดับ', 'แบบประเมิน', 'รหัส', 'ตัวชี้วัด', 'ไม่ผ่าน (กลุ่ม)', 'ประเมินแล้ว (กลุ่ม)']);
  r.mostFailed.forEach((m, i) =>
    failed.addRow([i + 1, m.instrumentTitleTh, m.indicatorCode, m.textTh, m.failed, m.assessed]),
  );
  failed.columns.forEach((c, i) => (c.width = i === 1 || i === 3 ? 48 : 12));

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
