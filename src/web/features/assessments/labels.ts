// Formatting shared by the assessment pages: percentages from basis points, answers and pass rules.
import type { AnswerSpec, AnswerValue } from '../../api/assessments-types.js';
import { thAssessments } from '../../i18n/th-assessments.js';

/** "60.00" from 6000 basis points (no float: integer division). */
export const percent = (bp: number) => `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;

const num = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 2 });

export function valueText(spec: AnswerSpec, v: AnswerValue | null): string {
  const t = thAssessments.answers;
  if (v === null) return t.unanswered;
  if (spec.type === 'yes_no') return v ? t.yes : t.no;
  if (spec.type === 'level') return t.level(Number(v), spec.levelLabelsTh[Number(v)]);
  return `${num.format(Number(v))}${spec.unitTh ? ` ${spec.unitTh}` : ''}`;
}

export function passRuleText(spec: AnswerSpec): string {
  const t = thAssessments.answers;
  if (spec.type === 'yes_no') return `${t.passed}เมื่อตอบ "${spec.passWhen === 'yes' ? t.yes : t.no}"`;
  if (spec.type === 'level') return `${t.passed}ตั้งแต่ระดับ ${spec.passAtLeast} (จาก 0–${spec.maxLevel})`;
  const unit = spec.unitTh ? ` ${spec.unitTh}` : '';
  if (spec.min !== null && spec.max !== null)
    return `${t.passed}เมื่อ ${num.format(spec.min)}–${num.format(spec.max)}${unit}`;
  if (spec.min !== null) return `${t.passed}เมื่อไม่น้อยกว่า ${num.format(spec.min)}${unit}`;
  return `${t.passed}เมื่อไม่เกิน ${num.format(spec.max ?? 0)}${unit}`;
}
