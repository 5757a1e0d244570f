// Checks a unit's answers against the form definition and returns them in their stored form.
// Types are checked whenever answers are saved (a draft may be incomplete, never wrong); required
// fields and minimum table rows only on submit. Each issue names its place (rows[2].amount) and
// the field's Thai label.
import { civilDate } from '../../kernel/dates.js';
import type { FieldIssue } from '../../kernel/errors.js';
import type { TColumnField, TFormField } from './requests.schemas.js';

export type Answers = Record<string, unknown>;

export interface CheckedAnswers {
  issues: FieldIssue[];
  answers: Answers;
  /** Person fields to check against the responding unit's area: path and person id. */
  people: { path: string; id: string }[];
}

const TEXT_MAX = { short: 500, long: 10_000 };
/** Sums stay exact in doubles while every scaled value is a safe integer. */
const NUMBER_LIMIT = 1e12;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isEmpty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

export function checkAnswers(
  fields: readonly TFormField[],
  input: Answers,
  opts: { submit: boolean; fileCounts: ReadonlyMap<string, number> },
): CheckedAnswers {
  const out: CheckedAnswers = { issues: [], answers: {}, people: [] };
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(input)) {
    if (!byKey.has(key)) {
      out.issues.push({ path: key, messageTh: 'ไม่มีช่องนี้ในแบบรายงาน', messageEn: `No field "${key}" in this form` });
    }
  }
  for (const f of fields) {
    const v = input[f.key];
    if (f.type === 'file' || f.type === 'photo') {
      if (!isEmpty(v)) {
        out.issues.push(issue(f.key, f.labelTh, 'ให้แนบไฟล์ด้วยปุ่มแนบไฟล์', 'Attach files through the upload'));
      }
      if (opts.submit && f.required && !(opts.fileCounts.get(f.key) ?? 0)) {
        out.issues.push(issue(f.key, f.labelTh, 'กรุณาแนบไฟล์', 'A file is required'));
      }
      continue;
    }
    if (f.type === 'table') {
      checkTable(f, v, opts.submit, out);
      continue;
    }
    if (isEmpty(v)) {
      if (opts.submit && f.required) out.issues.push(issue(f.key, f.labelTh, 'กรุณากรอกข้อมูลนี้', 'Required'));
      continue;
    }
    const cell = f.type === 'person' ? checkPerson(f.key, f.labelTh, v, out) : checkSimple(f, f.key, v, out.issues);
    if (cell !== undefined) out.answers[f.key] = cell;
  }
  return out;
}

function checkTable(f: Extract<TFormField, { type: 'table' }>, v: unknown, submit: boolean, out: CheckedAnswers) {
  if (isEmpty(v)) {
    if (submit && (f.required || f.minRows > 0)) {
      out.issues.push(issue(f.key, f.labelTh, `กรุณากรอกอย่างน้อย ${Math.max(1, f.minRows)} แถว`, 'Rows required'));
    }
    return;
  }
  if (!Array.isArray(v) || v.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    out.issues.push(issue(f.key, f.labelTh, 'รูปแบบตารางไม่ถูกต้อง', 'A table is a list of rows'));
    return;
  }
  const rows = v as Answers[];
  if (rows.length > f.maxRows) {
    out.issues.push(issue(f.key, f.labelTh, `ได้ไม่เกิน ${f.maxRows} แถว`, `At most ${f.maxRows} rows`));
  }
  if (submit && rows.length < f.minRows) {
    out.issues.push(issue(f.key, f.labelTh, `กรุณากรอกอย่างน้อย ${f.minRows} แถว`, `At least ${f.minRows} rows`));
  }
  const columns = new Map(f.columns.map((c) => [c.key, c]));
  out.answers[f.key] = rows.map((row, i) => {
    const clean: Answers = {};
    for (const key of Object.keys(row)) {
      if (!columns.has(key)) {
        out.issues.push({
          path: `${f.key}[${i}].${key}`,
          messageTh: 'ไม่มีคอลัมน์นี้ในตาราง',
          messageEn: `No column "${key}"`,
        });
      }
    }
    for (const c of f.columns) {
      const path = `${f.key}[${i}].${c.key}`;
      const label = `${f.labelTh} แถวที่ ${i + 1} ${c.labelTh}`;
      if (isEmpty(row[c.key])) {
        if (submit && c.required) out.issues.push(issue(path, label, 'กรุณากรอกข้อมูลนี้', 'Required'));
        continue;
      }
      const cell = checkSimple(c, path, row[c.key], out.issues, label);
      if (cell !== undefined) clean[c.key] = cell;
    }
    return clean;
  });
}

function checkPerson(path: string, label: string, v: unknown, out: CheckedAnswers): string | undefined {
  if (typeof v !== 'string' || !UUID.test(v)) {
    out.issues.push(issue(path, label, 'กรุณาเลือกบุคคลจากทะเบียน', 'Must be a person record id'));
    return undefined;
  }
  out.people.push({ path, id: v.toLowerCase() });
  return v.toLowerCase();
}

/** One non-empty value of a simple type, in stored form; undefined (with an issue) if wrong. */
function checkSimple(f: TColumnField, path: string, v: unknown, issues: FieldIssue[], label = f.labelTh): unknown {
  const bad = (th: string, en: string) => {
    issues.push(issue(path, label, th, en));
    return undefined;
  };
  switch (f.type) {
    case 'number': {
      const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim().replace(/,/g, '') : null;
      const m = s === null ? null : /^-?\d+(?:\.(\d+))?$/.exec(s);
      if (!m) return bad('ต้องเป็นตัวเลข', 'Must be a number');
      const decimals = (m[1] ?? '').replace(/0+$/, '').length;
      if (decimals > f.scale) {
        return f.scale === 0
          ? bad('ต้องเป็นจำนวนเต็ม', 'Must be a whole number')
          : bad(`ทศนิยมได้ไม่เกิน ${f.scale} ตำแหน่ง`, `At most ${f.scale} decimal places`);
      }
      const n = Number(s);
      if (Math.abs(n) >= NUMBER_LIMIT) return bad('ค่ามากเกินกว่าที่ระบบรองรับ', 'Number too large');
      return n;
    }
    case 'money':
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v >= NUMBER_LIMIT) {
        return bad('จำนวนเงินต้องเป็นจำนวนเต็มสตางค์ และไม่ติดลบ', 'Money is a non-negative whole number of satang');
      }
      return v;
    case 'text': {
      if (typeof v !== 'string') return bad('ช่องนี้รับเฉพาะข้อความ', 'Must be text');
      const max = f.multiline ? TEXT_MAX.long : TEXT_MAX.short;
      if (v.trim().length > max) return bad(`ยาวเกิน ${max} ตัวอักษร`, `At most ${max} characters`);
      return v.trim();
    }
    case 'date':
      try {
        if (typeof v !== 'string') throw new Error('not a string');
        return civilDate(v);
      } catch {
        return bad('รูปแบบวันที่ไม่ถูกต้อง', 'Must be a date YYYY-MM-DD');
      }
    case 'choice': {
      const allowed = new Set(f.options.map((o) => o.value));
      if (f.multiple) {
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !allowed.has(x))) {
          return bad('กรุณาเลือกจากตัวเลือกที่กำหนด', 'Choose from the listed options');
        }
        return [...new Set(v as string[])];
      }
      if (typeof v !== 'string' || !allowed.has(v)) return bad('กรุณาเลือกจากตัวเลือกที่กำหนด', 'Choose an option');
      return v;
    }
  }
}

function issue(path: string, label: string, th: string, en: string): FieldIssue {
  return { path, messageTh: `${label}: ${th}`, messageEn: `${path}: ${en}` };
}
