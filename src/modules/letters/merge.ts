// Mail-merge: one letter to many units, the เรียน line and body filled per addressee. The set of
// placeholders is deliberately small and closed, so a typo ("{ชื่ออำเภ}") is refused by name
// instead of being printed on an official letter:
//   {ชื่อหน่วยงาน}  the addressee as a unit: "อำเภอปง", "จังหวัดพะเยา", "ตำบลแม่ใจ", else its name
//   {ชื่ออำเภอ}     the addressee's district name: "ปง" (the addressee must be in a district)
//   {ชื่อจังหวัด}    the addressee's province name: "พะเยา" (the addressee must be in a province)
import type { FieldIssue } from '../../kernel/errors.js';

export const PLACEHOLDERS = ['{ชื่อหน่วยงาน}', '{ชื่ออำเภอ}', '{ชื่อจังหวัด}'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

/** What the merge needs to know about one addressee unit. */
export interface MergeUnit {
  id: string;
  kind: string;
  nameTh: string;
  districtNameTh: string | null;
  provinceNameTh: string | null;
}

const PATTERN = /\{[^{}\n]{0,40}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[0]);
}

const KIND_PREFIX: Record<string, string> = { province: 'จังหวัด', district: 'อำเภอ', subdistrict: 'ตำบล' };

function valueFor(p: Placeholder, u: MergeUnit): string | null {
  switch (p) {
    case '{ชื่อหน่วยงาน}':
      return (KIND_PREFIX[u.kind] ?? '') + u.nameTh;
    case '{ชื่ออำเภอ}':
      return u.districtNameTh;
    case '{ชื่อจังหวัด}':
      return u.provinceNameTh;
  }
}

const isKnown = (p: string): p is Placeholder => (PLACEHOLDERS as readonly string[]).includes(p);

/** Issues for placeholders outside the documented set, one per field that holds any. */
export function unknownPlaceholderIssues(fields: { path: string; text: string }[]): FieldIssue[] {
  return fields.flatMap(({ path, text }) => {
    const unknown = [...new Set(placeholdersIn(text).filter((p) => !isKnown(p)))];
    if (unknown.length === 0) return [];
    return [
      {
        path,
        messageTh: `ไม่รู้จักช่องแทนที่ ${unknown.join(' ')} (ใช้ได้เฉพาะ ${PLACEHOLDERS.join(' ')})`,
        messageEn: `Unknown placeholder(s) ${unknown.join(' ')}; allowed: ${PLACEHOLDERS.join(' ')}`,
      },
    ];
  });
}

/**
 * Fills a template for one addressee. Returns the issue instead when a placeholder has no value for
 * this unit (a province addressee cannot fill {ชื่ออำเภอ}).
 */
export function mergeText(template: string, unit: MergeUnit, path: string): { text: string } | { issue: FieldIssue } {
  for (const p of placeholdersIn(template)) {
    if (isKnown(p) && valueFor(p, unit) === null) {
      return {
        issue: {
          path,
          messageTh: `ผู้รับ "${unit.nameTh}" ไม่มีค่าสำหรับ ${p} (ใช้ได้กับหน่วยงานในระดับอำเภอหรือจังหวัดที่เกี่ยวข้องเท่านั้น)`,
          messageEn: `Addressee ${unit.id} has no value for ${p}`,
        },
      };
    }
  }
  return { text: template.replace(PATTERN, (p) => (isKnown(p) ? valueFor(p, unit)! : p)) };
}
