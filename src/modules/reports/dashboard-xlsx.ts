// The dashboard as an Excel workbook: สรุป (totals, arrears, levels), รายเดือน (the trend) and one
// sheet of children named by their kind. Money is baht as numbers with two decimals (what
// spreadsheet users sum and sort), counts are numbers, headers are Thai.
import ExcelJS from 'exceljs';
import { formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import type { TDashboard, TFigures } from './reports.schemas.js';

const MONEY = '#,##0.00';
const baht = (satang: number) => satang / 100;
const CHILD_SHEET = { province: 'รายจังหวัด', district: 'รายอำเภอ', group: 'รายกลุ่ม' } as const;
const FIGURE_HEADERS = [
  'จำนวนกลุ่ม',
  'สมาชิก (คน)',
  'เงินออมสะสม (บาท)',
  'เงินสัจจะสะสม (บาท)',
  'เงินฝากสัจจะพิเศษ (บาท)',
  'ผู้กู้ (คน)',
  'เงินให้กู้สะสม (บาท)',
  'เงินกู้คงค้าง (บาท)',
];
const MONEY_COLUMNS = [2, 3, 4, 6, 7];
const figureCells = (f: TFigures) => [
  f.groups,
  f.members,
  baht(f.savings),
  baht(f.pledgedSavings),
  baht(f.specialSavings),
  f.borrowers,
  baht(f.lent),
  baht(f.outstanding),
];

function table(ws: ExcelJS.Worksheet, header: string[], rows: (string | number)[][], money: number[]) {
  ws.addRow(header).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(r);
    for (const j of money) row.getCell(j + 1).numFmt = MONEY;
  }
}

export async function dashboardXlsx(d: TDashboard): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chumchon';
  const title = `${d.unit.nameTh} ณ วันที่ ${formatThaiDate(d.asOf as CivilDate)}`;

  const summary = wb.addWorksheet('สรุป');
  summary.addRow([`สรุปกลุ่มออมทรัพย์เพื่อการผลิต — ${title}`]).font = { bold: true, size: 14 };
  summary.addRow([]);
  table(
    summary,
    ['รายการ', 'จำนวน'],
    FIGURE_HEADERS.map((h, i) => [h, figureCells(d.totals)[i]!]),
    [],
  );
  for (const i of MONEY_COLUMNS) summary.getRow(4 + i).getCell(2).numFmt = MONEY;
  summary.addRow([]);
  summary.addRow([`เงินกู้ค้างชำระ ณ วันที่ ${formatThaiDate(d.arrears.asOf as CivilDate)}`]).font = { bold: true };
  table(
    summary,
    ['ระยะเวลาค้างชำระ (วัน)', 'สัญญา', 'เงินต้นคงค้าง (บาท)'],
    [
      ...d.arrears.buckets.map((b) => [b.bucket, b.loans, baht(b.outstanding)]),
      ['รวม', d.arrears.loans, baht(d.arrears.outstanding)],
    ],
    [2],
  );
  summary.addRow(['ผู้กู้ที่ค้างชำระ (คน)', d.arrears.borrowers]);
  summary.addRow([]);
  summary.addRow(['กลุ่มตามระดับการพัฒนา']).font = { bold: true };
  table(
    summary,
    ['ระดับ', 'จำนวนกลุ่ม'],
    d.groupsByLevel.map((l) => [l.level === null ? 'ไม่ระบุ' : `ระดับ ${l.level}`, l.groups]),
    [],
  );
  summary.getColumn(1).width = 30;
  summary.getColumn(2).width = 20;
  summary.getColumn(3).width = 20;

  const trend = wb.addWorksheet('รายเดือน');
  trend.addRow([`ตัวเลขสิ้นเดือน — ${d.unit.nameTh}`]).font = { bold: true, size: 14 };
  table(
    trend,
    ['เดือน', ...FIGURE_HEADERS],
    d.trend.map((m) => [m.month.slice(0, 7), ...figureCells(m)]),
    MONEY_COLUMNS.map((i) => i + 1),
  );
  trend.columns.forEach((c) => (c.width = 18));

  const kind =
    d.children[0]?.kind ??
    (d.unit.kind === 'department' ? 'province' : d.unit.kind === 'province' ? 'district' : 'group');
  const children = wb.addWorksheet(CHILD_SHEET[kind]);
  children.addRow([`${CHILD_SHEET[kind]} — ${title}`]).font = { bold: true, size: 14 };
  const withLevel = kind === 'group';
  table(
    children,
    ['รหัส', 'ชื่อ', ...FIGURE_HEADERS, 'สัญญาค้างชำระ', 'เงินต้นค้างชำระ (บาท)', ...(withLevel ? ['ระดับ'] : [])],
    d.children.map((c) => [
      c.id,
      c.nameTh,
      ...figureCells(c.figures),
      c.arrears.loans,
      baht(c.arrears.outstanding),
      ...(withLevel ? [c.level ?? '-'] : []),
    ]),
    [...MONEY_COLUMNS.map((i) => i + 2), 11],
  );
  children.columns.forEach((c, i) => (c.width = i === 1 ? 36 : 18));

  if (d.reports.requests.length > 0) {
    const reports = wb.addWorksheet('การส่งรายงาน');
    reports.addRow([`การส่งรายงานที่เปิดอยู่ — ${title}`]).font = { bold: true, size: 14 };
    table(
      reports,
      ['เรื่อง', 'หน่วยงานที่ขอ', 'กำหนดส่ง', 'หน่วยที่ต้องส่ง', 'ส่งตรงเวลา', 'ส่งล่าช้า', 'ยังไม่ส่ง'],
      d.reports.requests.map((r) => [
        r.title,
        r.issuerNameTh,
        formatThaiDate(r.deadline as CivilDate),
        r.expected,
        r.onTime,
        r.late,
        r.missing,
      ]),
      [],
    );
    reports.columns.forEach((c, i) => (c.width = i === 0 ? 48 : 16));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
