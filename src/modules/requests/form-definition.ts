// Rules a report form must follow before any unit is asked to fill it. Each broken rule names the
// exact place in the definition (fields[2].options) with a Thai message the form builder shows
// beside that field.
import type { FieldIssue } from '../../kernel/errors.js';
import type { TColumnField, TFormField } from './requests.schemas.js';

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

const issue = (path: string, messageTh: string, messageEn: string): FieldIssue => ({ path, messageTh, messageEn });

export function checkFormDefinition(fields: readonly TFormField[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (fields.length === 0) {
    issues.push(issue('fields', 'แบบรายงานต้องมีอย่างน้อย 1 ช่อง', 'The form needs at least one field'));
  }
  checkKeys(fields, 'fields', issues);
  fields.forEach((f, i) => {
    const at = `fields[${i}]`;
    checkCommon(f, at, issues);
    if (f.type === 'file' && f.accept.length === 0) {
      issues.push(issue(`${at}.accept`, 'กรุณาเลือกชนิดไฟล์ที่รับอย่างน้อย 1 ชนิด', 'Accept at least one file kind'));
    }
    if (f.type === 'table') {
      if (f.columns.length === 0) {
        issues.push(issue(`${at}.columns`, 'ตารางต้องมีอย่างน้อย 1 คอลัมน์', 'A table needs at least one column'));
      }
      if (f.minRows > f.maxRows) {
        issues.push(issue(`${at}.minRows`, 'จำนวนแถวขั้นต่ำต้องไม่มากกว่าจำนวนแถวสูงสุด', 'minRows is greater than maxRows'));
      }
      checkKeys(f.columns, `${at}.columns`, issues);
      f.columns.forEach((c, j) => checkCommon(c, `${at}.columns[${j}]`, issues));
    }
  });
  return issues;
}

function checkKeys(fields: readonly { key: string }[], at: string, issues: FieldIssue[]): void {
  const seen = new Map<string, number>();
  fields.forEach((f, i) => {
    if (!KEY.test(f.key)) {
      issues.push(
        issue(
          `${at}[${i}].key`,
          'รหัสช่องต้องขึ้นต้นด้วยอักษรภาษาอังกฤษ และมีได้เฉพาะอักษรภาษาอังกฤษ ตัวเลข และ _',
          'Key must start with a letter and contain only letters, digits and _',
        ),
      );
    }
    const first = seen.get(f.key.toLowerCase());
    if (first !== undefined) {
      issues.push(
        issue(
          `${at}[${i}].key`,
          `รหัสช่อง "${f.key}" ซ้ำกับช่องที่ ${first + 1}`,
          `Duplicate key "${f.key}" (also field ${first + 1})`,
        ),
      );
    } else seen.set(f.key.toLowerCase(), i);
  });
}

function checkCommon(f: TFormField | TColumnField, at: string, issues: FieldIssue[]): void {
  if (f.type === 'choice') {
    if (f.options.length === 0) {
      issues.push(
        issue(`${at}.options`, 'ช่องแบบตัวเลือกต้องมีตัวเลือกอย่างน้อย 1 รายการ', 'A choice needs at least one option'),
      );
    }
    const values = f.options.map((o) => o.value);
    const dup = values.find((v, k) => values.indexOf(v) !== k);
    if (dup !== undefined) {
      issues.push(issue(`${at}.options`, `ค่าตัวเลือก "${dup}" ซ้ำกัน`, `Duplicate option value "${dup}"`));
    }
  }
}

/** The numeric fields summed across units in the matrix: top-level keys and table.column keys. */
export function sumFields(
  fields: readonly TFormField[],
): { key: string; labelTh: string; type: 'number' | 'money'; scale: number; table?: string; column?: string }[] {
  return fields.flatMap((f) => {
    if ((f.type === 'number' || f.type === 'money') && f.sumInMatrix) {
      return [{ key: f.key, labelTh: f.labelTh, type: f.type, scale: f.type === 'number' ? f.scale : 0 }];
    }
    if (f.type !== 'table') return [];
    return f.columns.flatMap((c) =>
      (c.type === 'number' || c.type === 'money') && c.sumInMatrix
        ? [
            {
              key: `${f.key}.${c.key}`,
              labelTh: `${f.labelTh}: ${c.labelTh}`,
              type: c.type,
              scale: c.type === 'number' ? c.scale : 0,
              table: f.key,
              column: c.key,
            },
          ]
        : [],
    );
  });
}
