// Turns an uploaded .xlsx or .csv into rows of trimmed text cells. The type is decided by the bytes,
// not the name: a renamed picture or an old .xls must be refused before any parser sees it, and
// every number a spreadsheet stored (Thai IDs typed as numbers) must come back with all its digits.
import ExcelJS from 'exceljs';
import { AppError, type FieldIssue } from '../kernel/errors.js';

export interface SheetRow {
  /** The row number the user sees in Excel (the header is row 1). */
  rowNumber: number;
  cells: string[];
}

/** Honest ZIP bombs declare their size; anything this big is no import list (5,000 rows is ~2 MB). */
const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

export const unsupportedFile = (detail?: FieldIssue) =>
  new AppError({
    code: 'unsupported_file_type',
    kind: 'unsupported',
    messageTh: 'รองรับเฉพาะไฟล์ .xlsx หรือ .csv',
    messageEn: 'Only .xlsx or .csv files are supported',
    issues: detail ? [detail] : [],
  });

export const emptyFile = () =>
  new AppError({
    code: 'import_empty',
    kind: 'validation',
    messageTh: 'ไฟล์ว่างเปล่า ไม่มีข้อมูลให้นำเข้า',
    messageEn: 'The file is empty',
  });

export async function readSheetFile(bytes: Uint8Array, fileName: string): Promise<SheetRow[]> {
  if (bytes.length === 0) throw emptyFile();
  const ext = /\.(xlsx|csv)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (ext === 'xlsx' && isZip) return readXlsx(bytes);
  if (ext === 'csv' && !isZip) return parseCsv(decodeCsv(bytes));
  const isOldExcel = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  throw unsupportedFile(
    isOldExcel
      ? {
          path: 'file',
          messageTh: 'ไฟล์ Excel รุ่นเก่า (.xls) กรุณาบันทึกเป็น .xlsx ก่อน',
          messageEn: 'Legacy .xls; save as .xlsx first',
        }
      : undefined,
  );
}

function decodeCsv(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw unsupportedFile(); // binary (a picture, a PDF), not text in any 8-bit encoding
  let text: string;
  try {
    // fatal: a Windows-874 (TIS-620) export must be refused, not turned into mojibake names.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a leading BOM
  } catch {
    throw unsupportedFile({
      path: 'file',
      messageTh: 'ไฟล์ CSV ต้องบันทึกเป็น UTF-8 (ใน Excel เลือกชนิดไฟล์ "CSV UTF-8")',
      messageEn: 'CSV must be UTF-8 encoded',
    });
  }
  return text;
}

/** RFC 4180 records; CRLF, LF or CR line ends; `""` inside quotes is one quote. */
export function parseCsv(text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    cells.push(cleanText(field));
    field = '';
  };
  const endRecord = () => {
    endField();
    rows.push({ rowNumber: rows.length + 1, cells });
    cells = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      const start = rows.length + 1;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw csvError(start);
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // After a closing quote only a separator may follow; anything else means the quoting is broken.
      if (i < text.length && !',\r\n'.includes(text[i]!)) throw csvError(start);
      continue;
    }
    if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || cells.length) endRecord();
  return rows;
}

const csvError = (row: number) =>
  new AppError({
    code: 'csv_malformed',
    kind: 'validation',
    messageTh: 'รูปแบบไฟล์ CSV ไม่ถูกต้อง',
    messageEn: 'Malformed CSV',
    issues: [{ path: `row ${row}`, messageTh: 'เครื่องหมายคำพูด (") ไม่ครบคู่', messageEn: 'Unbalanced double quote' }],
  });

/** Trims spaces, no-break and zero-width spaces that copy-paste from Thai web pages leaves around names. */
function cleanText(s: string): string {
  return s.replace(/^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g, '');
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (declaredUnzippedSize(bytes) > MAX_UNZIPPED_BYTES) throw unsupportedFile();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer); // exceljs types its input as an ArrayBuffer
  } catch {
    throw unsupportedFile(); // a ZIP that is not a workbook (.docx, corrupt download, …)
  }
  return workbook;
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cleanText(cellText(row.getCell(c).value)));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const sheet = (await loadWorkbook(bytes)).worksheets[0];
  if (!sheet) throw unsupportedFile();
  return sheetRows(sheet);
}

/** Every sheet of an .xlsx by name (for workbooks that hold several tables), with the same checks. */
export async function readWorkbookSheets(bytes: Uint8Array, fileName: string): Promise<Map<string, SheetRow[]>> {
  if (bytes.length === 0) throw emptyFile();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!/\.xlsx$/i.test(fileName.trim()) || !isZip) {
    throw unsupportedFile({ path: 'file', messageTh: 'รองรับเฉพาะไฟล์ .xlsx', messageEn: 'Only .xlsx is supported' });
  }
  const workbook = await loadWorkbook(bytes);
  return new Map(workbook.worksheets.map((ws) => [ws.name, sheetRows(ws)]));
}

/** The text a person sees in the cell, for every shape exceljs returns. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  // Integers via BigInt: never "1.1e+21", never "…708.0"; 13-digit IDs are exact in a double.
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      formula?: unknown;
      error?: string;
    };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('formula' in o || 'sharedFormula' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text); // hyperlink; its text may itself be rich text
    if (typeof o.error === 'string') return o.error;
  }
  return String(v);
}

/**
 * Sum of the uncompressed sizes the ZIP central directory declares, read before inflating anything.
 * Unreadable directories count as infinite: they are not files Excel wrote.
 */
function declaredUnzippedSize(b: Uint8Array): number {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let eocd = b.length - 22; eocd >= Math.max(0, b.length - 22 - 0xffff); eocd--) {
    if (view.getUint32(eocd, true) !== 0x06054b50) continue;
    const entries = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (p + 46 > b.length || view.getUint32(p, true) !== 0x02014b50) return Infinity;
      const size = view.getUint32(p + 24, true);
      if (size === 0xffffffff) return Infinity; // ZIP64: far beyond any people list
      total += size;
      p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    return total;
  }
  return Infinity;
}
