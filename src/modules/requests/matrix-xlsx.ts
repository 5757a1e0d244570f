// The matrix as an Excel workbook: สรุปการส่งรายงาน (one row per unit, totals, sums), ข้อมูลที่ส่ง
// (every submitted report's answers, one row each) and one sheet per table field with its rows
// flattened. Headers are Thai; money is baht as a number with two decimals, so it sums in Excel.
import ExcelJS from 'exceljs';
import { formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import type { SubmissionRow } from './requests.repository.js';
import type { MatrixStatus, TColumnField, TFormField, TMatrix } from './requests.schemas.js';
import { bangkokDate } from './timeliness.js';

export const STATUS_TH: Record<MatrixStatus, string> = {
  missing: 'ยังไม่ส่ง',
  on_time: 'ส่งตรงเวลา',
  late: 'ส่งล่าช้า',
  returned: 'ส่งกลับแก้ไข',
  accepted: 'รับแล้ว',
};
const MONEY = '#,##0.00';
const BANGKOK_MS = 7 * 3600 * 1000;

export function thaiMoment(iso: string | Date | null): string {
  if (!iso) return '';
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const t = new Date(d.getTime() + BANGKOK_MS).toISOString().slice(11, 16);
  return `${formatThaiDate(bangkokDate(d), { style: 'short' })} ${t} น.`;
}

export interface WorkbookInput {
  matrix: TMatrix;
  submissions: SubmissionRow[];
  /** Person id → display name, for person fields. */
  people: Map<string, string>;
  /** Submission id → field key → file names. */
  files: Map<string, Map<string, string[]>>;
}

type Cell = string | number | null;

function header(ws: ExcelJS.Worksheet, cells: string[]) {
  const row = ws.addRow(cells);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
}

/** A value as the cell shows it; money columns are marked for the baht number format. */
function cellOf(f: TColumnField | TFormField, v: unknown, people: Map<string, string>, files: string[]): Cell {
  if (f.type === 'file' || f.type === 'photo') return files.join(', ');
  if (v === undefined || v === null) return null;
  switch (f.type) {
    case 'money':
      return (v as number) / 100;
    case 'number':
      return v as number;
    case 'date':
      return formatThaiDate(v as CivilDate);
    case 'choice': {
      const labels = new Map(f.options.map((o) => [o.value, o.labelTh]));
      return (Array.isArray(v) ? v : [v]).map((x) => labels.get(x as string) ?? String(x)).join(', ');
    }
    case 'person':
      return people.get(v as string) ?? '';
    default:
      return String(v);
  }
}

function addRow(ws: ExcelJS.Worksheet, cells: Cell[], moneyColumns: number[]) {
  const row = ws.addRow(cells);
  for (const c of moneyColumns) row.getCell(c).numFmt = MONEY;
}

const labelOf = (f: { labelTh: string; type: string }) => (f.type === 'money' ? `${f.labelTh} (บาท)` : f.labelTh);

export async function matrixXlsx(input: WorkbookInput): Promise<Uint8Array> {
  const { matrix: m } = input;
  const fields = m.request.fields;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chumchon';

  const sheet = wb.addWorksheet('สรุปการส่งรายงาน');
  sheet.addRow([m.request.title]).font = { bold: true, size: 14 };
  sheet.addRow([
    `${m.request.issuingUnit.nameTh} — กำหนดส่ง ${formatThaiDate(m.request.deadline as CivilDate)} ณ ${thaiMoment(m.asOf)}`,
  ]);
  sheet.addRow([]);
  const fixed = ['รหัส', 'หน่วยงาน', 'สถานะ', 'ส่งครั้งแรก', 'ปรับปรุงล่าสุด'];
  header(sheet, [...fixed, ...m.sumFields.map(labelOf)]);
  const sumMoney = m.sumFields.flatMap((s, i) => (s.type === 'money' ? [fixed.length + i + 1] : []));
  const sumCell = (s: TMatrix['sumFields'][number], v: number | undefined) =>
    v === undefined ? null : s.type === 'money' ? v / 100 : v;
  for (const r of m.rows) {
    addRow(
      sheet,
      [
        r.unit.id,
        r.unit.nameTh,
        STATUS_TH[r.status],
        thaiMoment(r.firstSubmittedAt),
        thaiMoment(r.updatedAt),
        ...m.sumFields.map((s) => sumCell(s, r.sums[s.key])),
      ],
      sumMoney,
    );
  }
  addRow(sheet, ['', 'รวม', '', '', '', ...m.sumFields.map((s) => sumCell(s, m.sums[s.key]))], sumMoney);
  sheet.lastRow!.font = { bold: true };
  sheet.addRow([]);
  const t = m.totals;
  for (const [label, n] of [
    ['หน่วยงานที่ต้องส่ง', t.expected],
    ['ส่งตรงเวลา', t.onTime],
    ['ส่งล่าช้า', t.late],
    ['ยังไม่ส่ง', t.missing],
    ['ส่งกลับแก้ไข', t.returned],
    ['รับแล้ว', t.accepted],
  ] as const) {
    sheet.addRow(['', label, n]);
  }
  sheet.columns.forEach((c, i) => (c.width = i === 1 ? 28 : 18));

  const reported = input.submissions.filter((s) => s.first_submitted_at !== null);
  const flat = fields.filter((f) => f.type !== 'table');
  const values = wb.addWorksheet('ข้อมูลที่ส่ง');
  const lead = ['รหัส', 'หน่วยงาน', 'สถานะ', 'ส่งครั้งแรก'];
  header(values, [...lead, ...flat.map(labelOf)]);
  const flatMoney = flat.flatMap((f, i) => (f.type === 'money' ? [lead.length + i + 1] : []));
  const status = (s: SubmissionRow) => STATUS_TH[m.rows.find((r) => r.submissionId === s.id)!.status];
  for (const s of reported) {
    const a = s.answers as Record<string, unknown>;
    const files = input.files.get(s.id);
    addRow(
      values,
      [
        s.org_unit_id,
        s.unit_name_th,
        status(s),
        thaiMoment(s.first_submitted_at),
        ...flat.map((f) => cellOf(f, a[f.key], input.people, files?.get(f.key) ?? [])),
      ],
      flatMoney,
    );
  }
  values.columns.forEach((c, i) => (c.width = i === 1 ? 28 : 20));

  const used = new Set(wb.worksheets.map((w) => w.name));
  for (const f of fields) {
    if (f.type !== 'table') continue;
    const ws = wb.addWorksheet(sheetName(f.labelTh, used));
    const cols = ['รหัส', 'หน่วยงาน', 'แถวที่'];
    header(ws, [...cols, ...f.columns.map(labelOf)]);
    const money = f.columns.flatMap((c, i) => (c.type === 'money' ? [cols.length + i + 1] : []));
    for (const s of reported) {
      const rows = ((s.answers as Record<string, unknown>)[f.key] as Record<string, unknown>[] | undefined) ?? [];
      rows.forEach((row, i) =>
        addRow(
          ws,
          [s.org_unit_id, s.unit_name_th, i + 1, ...f.columns.map((c) => cellOf(c, row[c.key], input.people, []))],
          money,
        ),
      );
    }
    ws.columns.forEach((c, i) => (c.width = i === 1 ? 28 : 18));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(label: string, used: Set<string>): string {
  const base =
    label
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 28) || 'ตาราง';
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} ${n}`;
  used.add(name);
  return name;
}
