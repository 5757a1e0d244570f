// A category's dossier form (แบบเสนอผลงาน): sections of the requests module's typed fields, so
// dossiers get the same field types, checks and file rules as report forms. Field keys are unique
// across the whole form because answers are stored as one record by key.
import type { FieldIssue } from '../../kernel/errors.js';
import { checkFormDefinition, type TFormField } from '../requests/index.js';
import type { TFormSection } from './awards.schemas.js';

export interface DossierForm {
  sections: TFormSection[];
}

export const formFields = (form: DossierForm): TFormField[] => form.sections.flatMap((s) => s.fields);

export function checkDossierForm(
  form: DossierForm,
  cleanRecord: { fieldKey: string; cleanValue: string } | null,
  at: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const sectionKeys = new Set<string>();
  const fieldAt = new Map<string, string>();
  form.sections.forEach((s, i) => {
    const sAt = `${at}.sections[${i}]`;
    if (sectionKeys.has(s.key)) {
      issues.push({ path: `${sAt}.key`, messageTh: `รหัสส่วน "${s.key}" ซ้ำกัน`, messageEn: `Duplicate section ${s.key}` });
    }
    sectionKeys.add(s.key);
    if (s.fields.length === 0) {
      issues.push({
        path: `${sAt}.fields`,
        messageTh: 'แต่ละส่วนต้องมีอย่างน้อย 1 ช่อง',
        messageEn: 'A section needs a field',
      });
      return;
    }
    for (const i2 of checkFormDefinition(s.fields))
      issues.push({ ...i2, path: i2.path.replace(/^fields/, `${sAt}.fields`) });
    s.fields.forEach((f, j) => {
      const first = fieldAt.get(f.key.toLowerCase());
      if (first) {
        issues.push({
          path: `${sAt}.fields[${j}].key`,
          messageTh: `รหัสช่อง "${f.key}" ซ้ำกับช่องในส่วนอื่นของแบบเสนอผลงาน`,
          messageEn: `Duplicate key ${f.key} (also ${first})`,
        });
      } else fieldAt.set(f.key.toLowerCase(), `${sAt}.fields[${j}]`);
    });
  });
  if (formFields(form).length === 0) {
    issues.push({ path: `${at}.sections`, messageTh: 'แบบเสนอผลงานต้องมีอย่างน้อย 1 ช่อง', messageEn: 'The form is empty' });
  }
  if (cleanRecord) {
    const f = formFields(form).find((x) => x.key === cleanRecord.fieldKey);
    if (!f || f.type !== 'choice' || f.multiple || !f.options.some((o) => o.value === cleanRecord.cleanValue)) {
      issues.push({
        path: `${at.replace(/\.form$/, '')}.cleanRecord`,
        messageTh: 'ช่องประวัติทางวินัยต้องเป็นช่องตัวเลือกในแบบเสนอผลงาน และมีตัวเลือก "ไม่เคยถูกลงโทษ" ตามที่ระบุ',
        messageEn: 'cleanRecord must name a single-choice field and one of its options',
      });
    }
  }
  return issues;
}
