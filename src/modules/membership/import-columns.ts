// The opening-balance import sheet: one row per member, Thai headers (or the English keys).
import type { FieldIssue } from '../../kernel/errors.js';
import type { SheetRow } from '../../server/spreadsheet.js';

export const OPENING_COLUMNS = [
  { key: 'thaiId', th: 'เลขประจำตัวประชาชน', required: true },
  { key: 'title', th: 'คำนำหน้า', required: true },
  { key: 'firstName', th: 'ชื่อ', required: true },
  { key: 'lastName', th: 'นามสกุล', required: true },
  { key: 'joinedOn', th: 'วันที่สมัคร', required: true },
  { key: 'monthlyPledge', th: 'เงินสัจจะรายเดือน', required: true },
  { key: 'pledged', th: 'ยอดเงินสัจจะสะสม', required: true },
  { key: 'special', th: 'ยอดเงินฝากสัจจะพิเศษ', required: false },
  { key: 'loanOutstanding', th: 'ยอดเงินกู้คงค้าง', required: false },
  { key: 'loanType', th: 'ประเภทเงินกู้', required: false },
  { key: 'remainingInstallments', th: 'จำนวนงวดที่เหลือ', required: false },
  { key: 'nextDueOn', th: 'วันครบกำหนดงวดถัดไป', required: false },
] as const;
export type OpeningKey = (typeof OPENING_COLUMNS)[number]['key'];
export type OpeningRow = Partial<Record<OpeningKey, string>> & { rowNumber: number };

const norm = (s: string) => s.normalize('NFC').replace(/[\s*]/g, '').toLowerCase();
const BY_HEADER = new Map<string, OpeningKey>(
  OPENING_COLUMNS.flatMap((c) => [
    [norm(c.key), c.key],
    [norm(c.th), c.key],
  ]),
);

/** Maps the header row; unknown or missing required headers come back as issues on row 1. */
export function readOpeningRows(rows: SheetRow[]): { rows: OpeningRow[]; issues: FieldIssue[] } {
  const [header, ...data] = rows;
  if (!header) return { rows: [], issues: [] };
  const keys = header.cells.map((c) => (c ? BY_HEADER.get(norm(c)) : undefined));
  const issues: FieldIssue[] = [];
  header.cells.forEach((c, i) => {
    if (c && !keys[i]) {
      issues.push({
        path: `row ${header.rowNumber}`,
        messageTh: `ไม่รู้จักหัวคอลัมน์ "${c}"`,
        messageEn: `Unknown header ${c}`,
      });
    }
  });
  for (const col of OPENING_COLUMNS.filter((c) => c.required)) {
    if (!keys.includes(col.key)) {
      issues.push({
        path: `row ${header.rowNumber}`,
        messageTh: `ไม่มีคอลัมน์ "${col.th}"`,
        messageEn: `Missing column ${col.key}`,
      });
    }
  }
  const out = data
    .filter((r) => r.cells.some((c) => c))
    .map((r) => {
      const row: OpeningRow = { rowNumber: r.rowNumber };
      keys.forEach((k, i) => {
        if (k && r.cells[i]) row[k] = r.cells[i];
      });
      return row;
    });
  return { rows: out, issues };
}

export function openingTemplateCsv(): string {
  const line = (cells: readonly string[]) =>
    cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
  return (
    '\uFEFF' +
    [
      line(OPENING_COLUMNS.map((c) => c.th)),
      line([
        'ลบแถวนี้ก่อนนำเข้า',
        'นาง',
        'ตัวอย่าง',
        'ใจดี',
        '05/01/2566',
        '100',
        '3,600.00',
        '500.00',
        '2,000.00',
        'emergency',
        '4',
        '05/12/2569',
      ]),
    ].join('\r\n') +
    '\r\n'
  );
}
