// A rubric must add up before anyone scores on it. Seed 002's printed table is the case in point:
// its top level sums to 110 against a stated 100, and two items of 10 are annotated "(๑๕ คะแนน)".
// The criteria arrive as the printed table does, one row per item in order, the tree given by
// dotted codes ('2' is the parent of '2.1'). Every broken rule names the item and both numbers.
import type { FieldIssue } from '../../kernel/errors.js';
import { fromThaiDigits } from '../../kernel/thai-digits.js';
import { formatTenths } from './points.js';

export interface CriterionRow {
  code: string;
  labelTh: string;
  maxTenths: number;
  /** The number the text annotates beside the item, if any. */
  statedTenths: number | null;
}

export interface CriterionNode extends CriterionRow {
  parentCode: string | null;
  isLeaf: boolean;
  sortOrder: number;
}

const CODE = /^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$/;

const issue = (path: string, messageTh: string, messageEn: string): FieldIssue => ({ path, messageTh, messageEn });

/** '๒.๑' and ' 2.1 ' are both '2.1'. */
export const normaliseCode = (code: string) => fromThaiDigits(code).trim();

export const parentOf = (code: string): string | null => {
  const dot = code.lastIndexOf('.');
  return dot < 0 ? null : code.slice(0, dot);
};

/**
 * Problems with a rubric, or none. Rules: codes are unique dotted numbers whose parent is listed;
 * every item with sub-items has sub-items summing to its maximum; every annotated number equals the
 * maximum in the table; the top level sums to the stated total.
 */
export function checkRubric(statedTotalTenths: number, rows: readonly CriterionRow[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (rows.length === 0) {
    return [issue('criteria', 'เกณฑ์ต้องมีอย่างน้อย 1 ข้อ', 'A rubric needs at least one criterion')];
  }
  const index = new Map<string, number>();
  rows.forEach((r, i) => {
    const at = `criteria[${i}]`;
    const code = normaliseCode(r.code);
    if (!CODE.test(code)) {
      issues.push(
        issue(`${at}.code`, `รหัสข้อ "${r.code}" ต้องเป็นตัวเลขคั่นด้วยจุด เช่น 2 หรือ 2.1`, 'Code must be like 2 or 2.1'),
      );
      return;
    }
    if (index.has(code)) {
      issues.push(issue(`${at}.code`, `รหัสข้อ ${code} ซ้ำกัน`, `Duplicate code ${code}`));
      return;
    }
    index.set(code, i);
    if (r.maxTenths <= 0) {
      issues.push(issue(`${at}.maxPoints`, `ข้อ ${code}: คะแนนเต็มต้องมากกว่า 0`, `${code}: maximum must be positive`));
    }
    if (r.statedTenths !== null && r.statedTenths !== r.maxTenths) {
      issues.push(
        issue(
          `${at}.statedPoints`,
          `ข้อ ${code} ระบุ (${formatTenths(r.statedTenths)} คะแนน) แต่คะแนนเต็มในตาราง ${formatTenths(r.maxTenths)}`,
          `${code} is annotated ${formatTenths(r.statedTenths)} but its maximum is ${formatTenths(r.maxTenths)}`,
        ),
      );
    }
  });
  const children = new Map<string | null, string[]>();
  for (const code of index.keys()) {
    const parent = parentOf(code);
    if (parent !== null && !index.has(parent)) {
      issues.push(
        issue(
          `criteria[${index.get(code)}].code`,
          `ข้อ ${code} ไม่มีข้อ ${parent} เป็นข้อหลักในตาราง`,
          `${code} has no parent ${parent}`,
        ),
      );
      continue;
    }
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  const max = (code: string) => rows[index.get(code)!]!.maxTenths;
  const sum = (codes: readonly string[]) => codes.reduce((s, c) => s + max(c), 0);
  for (const [parent, codes] of children) {
    if (parent === null) continue;
    const total = sum(codes);
    if (total !== max(parent)) {
      issues.push(
        issue(
          `criteria[${index.get(parent)}].maxPoints`,
          `ข้อ ${parent} มีข้อย่อยรวม ${formatTenths(total)} คะแนน ไม่เท่ากับคะแนนเต็มของข้อ ${formatTenths(max(parent))} คะแนน`,
          `The sub-items of ${parent} sum to ${formatTenths(total)}, not its maximum ${formatTenths(max(parent))}`,
        ),
      );
    }
  }
  const top = sum(children.get(null) ?? []);
  if (top !== statedTotalTenths) {
    issues.push(
      issue(
        'statedTotal',
        `เกณฑ์ระดับบนสุดรวม ${formatTenths(top)} คะแนน ไม่เท่ากับคะแนนเต็ม ${formatTenths(statedTotalTenths)} คะแนน`,
        `The top level sums to ${formatTenths(top)}, not the stated total ${formatTenths(statedTotalTenths)}`,
      ),
    );
  }
  return issues;
}

/** The rows as tree nodes (call only after checkRubric found nothing). */
export function rubricNodes(rows: readonly CriterionRow[]): CriterionNode[] {
  const codes = rows.map((r) => normaliseCode(r.code));
  const parents = new Set(codes.map(parentOf).filter((p) => p !== null));
  return rows.map((r, i) => ({
    ...r,
    code: codes[i]!,
    parentCode: parentOf(codes[i]!),
    isLeaf: !parents.has(codes[i]!),
    sortOrder: i,
  }));
}
