// An instrument as an Excel workbook the department can fill with its real texts: แบบประเมิน (the
// instrument's own fields), ตัวชี้วัด (one row per indicator, its dimension repeated on each row)
// and ระดับผล (the result levels). Export then import gives back the same instrument, field for
// field (instrument-xlsx.db.test.ts); every value is written as text or a plain number so nothing
// is reformatted by Excel on the way.
import ExcelJS from 'exceljs';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import { fromThaiDigits } from '../../kernel/thai-digits.js';
import { readWorkbookSheets, type SheetRow } from '../../server/spreadsheet.js';
import {
  LEDGER_SOURCE_TH,
  LEDGER_SOURCES,
  ZInstrumentInput,
  shapeTh,
  type TAnswerSpec,
  type TInstrumentInput,
} from './instrument.schemas.js';

export const SHEETS = { meta: 'แบบประเมิน', indicators: 'ตัวชี้วัด', levels: 'ระดับผล' } as const;

const META = {
  code: 'รหัสแบบประเมิน',
  title: 'ชื่อแบบประเมิน',
  sample: 'เป็นตัวอย่าง (ไม่ใช่ฉบับทางการ)',
  shape: 'จำนวนด้านและตัวชี้วัด',
  description: 'คำอธิบาย',
  rule: 'เกณฑ์ผลการประเมิน',
  passPercent: 'ร้อยละที่ถือว่าผ่าน',
  version: 'ฉบับที่ (ส่งออกจากระบบ ไม่ใช้เมื่อนำเข้า)',
} as const;

const COLUMNS = [
  'รหัสด้าน',
  'ชื่อด้าน',
  'รหัสตัวชี้วัด',
  'ตัวชี้วัด',
  'คำแนะนำ',
  'หลักฐาน',
  'ต้องแนบหลักฐาน',
  'ชนิดคำตอบ',
  'ผ่านเมื่อตอบ',
  'ระดับสูงสุด',
  'ผ่านตั้งแต่ระดับ',
  'คำอธิบายระดับ (บรรทัดละระดับ เริ่มที่ระดับ 0)',
  'หน่วย',
  'ทศนิยม',
  'ผ่านเมื่อไม่น้อยกว่า',
  'ผ่านเมื่อไม่เกิน',
  'น้ำหนัก (คะแนน)',
  'ข้อมูลจากระบบบัญชี',
] as const;
const LEVEL_COLUMNS = ['ระดับ', 'คำอธิบายระดับ', 'ตั้งแต่ร้อยละ'] as const;

const YES = 'ใช่';
const NO = 'ไม่ใช่';
const ANSWER_TYPE_TH = { yes_no: 'ใช่/ไม่ใช่', level: 'ระดับ', number: 'ตัวเลข' } as const;
const RULE_TH = { score: 'คะแนนรวม', overall: 'ระดับจากคะแนนรวม', weakest_dimension: 'ระดับจากด้านที่ได้คะแนนต่ำสุด' };

export async function instrumentToXlsx(i: TInstrumentInput, version?: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chumchon';
  const meta = wb.addWorksheet(SHEETS.meta);
  meta.columns = [{ width: 36 }, { width: 90 }];
  const rule = i.result.kind === 'score' ? RULE_TH.score : RULE_TH[i.result.basis];
  const rows: [string, string | number][] = [
    [META.code, i.code],
    [META.title, i.titleTh],
    [META.sample, i.isSample ? YES : NO],
    [META.shape, shapeTh(i.declaredShape.dimensions, i.declaredShape.indicators)],
    [META.description, i.descriptionTh],
    [META.rule, rule],
  ];
  if (i.result.kind === 'score') rows.push([META.passPercent, i.result.passPercent]);
  if (version !== undefined) rows.push([META.version, version]);
  for (const r of rows) meta.addRow(r);
  meta.getColumn(1).font = { bold: true };

  const ws = wb.addWorksheet(SHEETS.indicators);
  ws.addRow([...COLUMNS]).font = { bold: true };
  ws.columns = COLUMNS.map((_, c) => ({ width: c === 3 ? 60 : c === 1 ? 30 : 14 }));
  for (const d of i.dimensions) {
    for (const x of d.indicators) ws.addRow(indicatorCells(d.code, d.titleTh, x));
  }
  if (i.result.kind === 'level') {
    const ls = wb.addWorksheet(SHEETS.levels);
    ls.addRow([...LEVEL_COLUMNS]).font = { bold: true };
    for (const l of i.result.levels) ls.addRow([l.level, l.labelTh, l.minPercent]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type Indicator = TInstrumentInput['dimensions'][number]['indicators'][number];

function indicatorCells(dimCode: string, dimTitle: string, x: Indicator): (string | number)[] {
  const a = x.answer;
  const blank = '';
  return [
    dimCode,
    dimTitle,
    x.code,
    x.textTh,
    x.guidanceTh,
    x.evidenceTh,
    x.evidenceRequired ? YES : NO,
    ANSWER_TYPE_TH[a.type],
    a.type === 'yes_no' ? (a.passWhen === 'yes' ? YES : NO) : blank,
    a.type === 'level' ? a.maxLevel : blank,
    a.type === 'level' ? a.passAtLeast : blank,
    a.type === 'level' ? a.levelLabelsTh.join('\n') : blank,
    a.type === 'number' ? a.unitTh : blank,
    a.type === 'number' ? a.decimals : blank,
    a.type === 'number' && a.min !== null ? a.min : blank,
    a.type === 'number' && a.max !== null ? a.max : blank,
    x.weight,
    x.ledgerSource ? LEDGER_SOURCE_TH[x.ledgerSource] : blank,
  ];
}

/** Reads a workbook back into an instrument; every cell problem and rule break is reported together. */
export async function instrumentFromXlsx(bytes: Uint8Array, fileName: string): Promise<TInstrumentInput> {
  const sheets = await readWorkbookSheets(bytes, fileName);
  const issues: FieldIssue[] = [];
  const need = (name: string) => {
    const rows = sheets.get(name);
    if (!rows) issues.push({ path: 'file', messageTh: `ไม่พบแผ่นงาน "${name}"`, messageEn: `Sheet ${name} is missing` });
    return rows ?? [];
  };
  const meta = new Map(need(SHEETS.meta).map((r) => [r.cells[0] ?? '', r.cells[1] ?? '']));
  const reader = new CellReader(issues);
  const shape = parseShape(meta.get(META.shape) ?? '');
  if (!shape) reader.bad(`${SHEETS.meta}!${META.shape}`, 'ต้องเขียนเป็น "5 ด้าน 23 ตัวชี้วัด"');
  const ruleText = meta.get(META.rule) ?? '';
  const ruleKey = (Object.keys(RULE_TH) as (keyof typeof RULE_TH)[]).find((k) => RULE_TH[k] === ruleText);
  if (!ruleKey) reader.bad(`${SHEETS.meta}!${META.rule}`, `ต้องเป็น ${Object.values(RULE_TH).join(' / ')}`);
  const { dimensions, rowOf } = readIndicators(need(SHEETS.indicators), reader);
  const result =
    ruleKey === 'score'
      ? { kind: 'score', passPercent: reader.int(`${SHEETS.meta}!${META.passPercent}`, meta.get(META.passPercent)) }
      : {
          kind: 'level',
          basis: ruleKey,
          levels: (sheets.get(SHEETS.levels) ?? []).slice(1).map((r) => ({
            level: reader.int(`${SHEETS.levels}!แถว ${r.rowNumber}`, r.cells[0]),
            labelTh: r.cells[1] ?? '',
            minPercent: reader.int(`${SHEETS.levels}!แถว ${r.rowNumber}`, r.cells[2]),
          })),
        };
  const raw = {
    code: meta.get(META.code) ?? '',
    titleTh: meta.get(META.title) ?? '',
    isSample: reader.yesNo(`${SHEETS.meta}!${META.sample}`, meta.get(META.sample)),
    declaredShape: shape ?? { dimensions: 0, indicators: 0 },
    descriptionTh: meta.get(META.description) ?? '',
    dimensions,
    result,
  };
  if (issues.length > 0) throw validationError(issues, 'instrument_import_invalid');
  const parsed = ZInstrumentInput.safeParse(raw);
  if (!parsed.success) {
    throw validationError(
      parsed.error.issues.map((zi) => ({
        path: sheetPath(zi.path as (string | number)[], rowOf),
        messageTh: 'ค่าว่างหรือไม่อยู่ในรูปแบบที่กำหนด',
        messageEn: zi.message,
      })),
      'instrument_import_invalid',
    );
  }
  return parsed.data;
}

/** "5 ด้าน 23 ตัวชี้วัด" (Thai or Arabic digits). */
export function parseShape(text: string): { dimensions: number; indicators: number } | null {
  const m = /^(\d+)\s*ด้าน\s*(\d+)\s*ตัวชี้วัด$/.exec(fromThaiDigits(text).trim());
  return m ? { dimensions: Number(m[1]), indicators: Number(m[2]) } : null;
}

/** A zod path inside the instrument as the sheet and row a person would open. */
function sheetPath(path: (string | number)[], rowOf: Map<string, number>): string {
  if (path[0] === 'dimensions' && typeof path[1] === 'number') {
    const key = typeof path[3] === 'number' ? `${path[1]}.${path[3]}` : `${path[1]}.0`;
    const field = path.slice(path[2] === 'indicators' ? 4 : 2).join('.');
    return `${SHEETS.indicators}!แถว ${rowOf.get(key) ?? '?'}${field ? ` (${field})` : ''}`;
  }
  if (path[0] === 'result') return `${SHEETS.levels}!${path.slice(1).join('.')}`;
  return `${SHEETS.meta}!${path.join('.')}`;
}

class CellReader {
  constructor(private readonly issues: FieldIssue[]) {}
  bad(path: string, th: string): void {
    this.issues.push({ path, messageTh: th, messageEn: `Invalid cell at ${path}` });
  }
  yesNo(path: string, v: string | undefined): boolean {
    if (v === YES) return true;
    if (v === NO) return false;
    this.bad(path, `ต้องเป็น "${YES}" หรือ "${NO}"`);
    return false;
  }
  int(path: string, v: string | undefined): number {
    const n = Number(fromThaiDigits(v ?? ''));
    if (v === undefined || v === '' || !Number.isInteger(n)) this.bad(path, 'ต้องเป็นจำนวนเต็ม');
    return n;
  }
  num(path: string, v: string | undefined): number | null {
    if (v === undefined || v === '') return null;
    const n = Number(fromThaiDigits(v));
    if (!Number.isFinite(n)) this.bad(path, 'ต้องเป็นตัวเลข');
    return n;
  }
}

function readIndicators(rows: SheetRow[], reader: CellReader) {
  const dims: { code: string; titleTh: string; indicators: unknown[] }[] = [];
  const rowOf = new Map<string, number>();
  for (const r of rows.slice(1)) {
    const c = (i: number) => r.cells[i] ?? '';
    if (r.cells.every((x) => x === '')) continue;
    const at = (col: number) => `${SHEETS.indicators}!แถว ${r.rowNumber} (${COLUMNS[col]})`;
    let d = dims.find((x) => x.code === c(0));
    if (!d) {
      d = { code: c(0), titleTh: c(1), indicators: [] };
      dims.push(d);
      rowOf.set(`${dims.length - 1}.0`, r.rowNumber);
    } else if (d.titleTh !== c(1)) {
      reader.bad(at(1), `ชื่อด้าน ${d.code} ไม่ตรงกับแถวก่อนหน้า`);
    }
    const type = (Object.keys(ANSWER_TYPE_TH) as (keyof typeof ANSWER_TYPE_TH)[]).find(
      (k) => ANSWER_TYPE_TH[k] === c(7),
    );
    if (!type) reader.bad(at(7), `ต้องเป็น ${Object.values(ANSWER_TYPE_TH).join(' / ')}`);
    const answer: TAnswerSpec | Record<string, never> =
      type === 'yes_no'
        ? { type, passWhen: reader.yesNo(at(8), c(8)) ? 'yes' : 'no' }
        : type === 'level'
          ? {
              type,
              maxLevel: reader.int(at(9), c(9)),
              passAtLeast: reader.int(at(10), c(10)),
              levelLabelsTh:
                c(11) === ''
                  ? []
                  : c(11)
                      .split('\n')
                      .map((s) => s.trim()),
            }
          : type === 'number'
            ? {
                type,
                unitTh: c(12),
                decimals: reader.int(at(13), c(13)),
                min: reader.num(at(14), c(14)),
                max: reader.num(at(15), c(15)),
              }
            : {};
    const source = c(17) === '' ? null : LEDGER_SOURCES.find((s) => LEDGER_SOURCE_TH[s] === c(17) || s === c(17));
    if (source === undefined) reader.bad(at(17), 'ไม่ใช่ข้อมูลที่ระบบบัญชีมี');
    rowOf.set(`${dims.indexOf(d)}.${d.indicators.length}`, r.rowNumber);
    d.indicators.push({
      code: c(2),
      textTh: c(3),
      guidanceTh: c(4),
      evidenceTh: c(5),
      evidenceRequired: reader.yesNo(at(6), c(6)),
      answer,
      weight: reader.int(at(16), c(16)),
      ledgerSource: source ?? null,
    });
  }
  return { dimensions: dims, rowOf };
}
