// The import file's columns: which header means which field, how a cell becomes a field value, and
// the template users fill in. People type Thai names, not codes, so positions and networks are
// accepted either way and translated here; unknown values pass through for the normal checks.
import type { FieldIssue } from '../../kernel/errors.js';
import type { SheetRow } from '../../server/spreadsheet.js';
import { NETWORKS, POSITIONS } from './reference-data.js';

export const COLUMNS = [
  { key: 'title', th: 'คำนำหน้า', required: true },
  { key: 'firstName', th: 'ชื่อ', required: true },
  { key: 'lastName', th: 'นามสกุล', required: true },
  { key: 'thaiId', th: 'เลขประจำตัวประชาชน', required: false },
  { key: 'positionCode', th: 'ตำแหน่ง', required: false },
  { key: 'orgUnitId', th: 'รหัสหน่วยงาน', required: true },
  { key: 'phone', th: 'โทรศัพท์', required: false },
  { key: 'email', th: 'อีเมล', required: false },
  { key: 'networks', th: 'เครือข่าย', required: false },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const COLUMN_KEYS: readonly string[] = COLUMNS.map((c) => c.key);

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toLowerCase();
const BY_HEADER = new Map<string, ColumnKey>(
  COLUMNS.flatMap((c) => [
    [norm(c.key), c.key],
    [norm(c.th), c.key],
  ]),
);

function headerKey(text: string): ColumnKey | undefined {
  // Also "ชื่อ (firstName)" and a trailing "*" some templates use for required columns.
  const bare = text.replace(/\*+$/, '');
  const paren = /^(.*?)\s*\((.*)\)$/.exec(bare);
  const candidates = paren ? [paren[1]!, paren[2]!] : [bare];
  for (const c of candidates) {
    const key = BY_HEADER.get(norm(c));
    if (key) return key;
  }
  return undefined;
}

const colLetter = (i: number): string =>
  (i >= 26 ? colLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
/** Column index → field; problems with the header make every row meaningless, so they come alone. */
export function mapHeader(header: SheetRow, data: readonly SheetRow[], hasDefaultUnit: boolean) {
  const columns: (ColumnKey | undefined)[] = [];
  const issues: FieldIssue[] = [];
  const headerIssue = (messageTh: string, messageEn: string) =>
    issues.push({ path: `row ${header.rowNumber}`, messageTh, messageEn });
  const width = data.reduce((w, r) => Math.max(w, r.cells.length), header.cells.length);
  for (let i = 0; i < width; i++) {
    const text = header.cells[i] ?? '';
    const key = text ? headerKey(text) : undefined;
    columns.push(key);
    const where = `คอลัมน์ ${colLetter(i)}`;
    if (!text) {
      // A blank, unused column (Excel keeps formatted ones) is harmless; data without a header is not.
      if (data.some((r) => r.cells[i]))
        headerIssue(`${where} มีข้อมูลแต่ไม่มีหัวคอลัมน์`, `Column ${colLetter(i)} has data but no header`);
    } else if (!key) {
      headerIssue(`ไม่รู้จักหัวคอลัมน์ "${text}" (${where})`, `Unknown column header "${text}" (column ${colLetter(i)})`);
    } else if (columns.indexOf(key) < i) {
      headerIssue(`หัวคอลัมน์ "${text}" ซ้ำ (${where})`, `Duplicate column "${key}" (column ${colLetter(i)})`);
    }
  }
  for (const c of COLUMNS) {
    if (c.required && !columns.includes(c.key) && !(c.key === 'orgUnitId' && hasDefaultUnit)) {
      headerIssue(`ไม่พบคอลัมน์ "${c.th}" ซึ่งจำเป็นต้องมี`, `Required column "${c.key}" is missing`);
    }
  }
  return { columns, issues };
}

const POSITION_BY_TEXT = new Map<string, string>(
  POSITIONS.flatMap((p) => [
    [norm(p.code), p.code],
    [norm(p.name_th), p.code],
  ]),
);
const NETWORK_BY_TEXT = new Map<string, string>(
  NETWORKS.flatMap((n) => [
    [norm(n.code), n.code],
    [norm(n.abbr_th), n.code],
    [norm(n.name_th), n.code],
  ]),
);

/** The row as the JSON create body would carry it, before ZPersonInput and the domain checks. */
export function rowToRawInput(
  row: SheetRow,
  columns: readonly (ColumnKey | undefined)[],
  defaultOrgUnitId: string | undefined,
) {
  const raw: Record<ColumnKey, string> = {
    title: '',
    firstName: '',
    lastName: '',
    thaiId: '',
    positionCode: '',
    orgUnitId: '',
    phone: '',
    email: '',
    networks: '',
  };
  columns.forEach((key, i) => {
    if (key) raw[key] = row.cells[i] ?? '';
  });
  return {
    ...raw,
    positionCode: raw.positionCode && (POSITION_BY_TEXT.get(norm(raw.positionCode)) ?? raw.positionCode),
    orgUnitId: raw.orgUnitId || defaultOrgUnitId || '',
    networks: raw.networks
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => NETWORK_BY_TEXT.get(norm(s)) ?? s),
  };
}

/** One CSV line, quoting only where RFC 4180 needs it. */
export const csvLine = (cells: readonly string[]) =>
  cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + '\r\n';

/** The example row: obviously not a real person, and refused if imported unchanged. */
export const TEMPLATE_EXAMPLE = { firstName: 'ตัวอย่าง', lastName: 'ลบแถวนี้ก่อนนำเข้า' } as const;

/** Thai header row and one example row; the BOM makes Excel read the file as UTF-8, not Windows-874. */
export function templateCsv(exampleOrgUnitId: string): string {
  const example: Record<ColumnKey, string> = {
    title: 'นาย',
    ...TEMPLATE_EXAMPLE,
    thaiId: '1100100000018',
    positionCode: 'พัฒนากร',
    orgUnitId: exampleOrgUnitId,
    phone: '081-234-5678',
    email: 'example@example.com',
    networks: 'กพสม., ศอช.ต.',
  };
  return '\ufeff' + csvLine(COLUMNS.map((c) => c.th)) + csvLine(COLUMNS.map((c) => example[c.key]));
}
