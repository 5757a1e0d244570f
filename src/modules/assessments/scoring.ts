// Pure scoring: an indicator passes by its own rule and earns its weight in points; a dimension
// and the instrument sum points; percentages are integer basis points (floor), so no float ever
// decides a level. The result rule reads the level from the overall or the weakest dimension's
// percentage.
import type { FieldIssue } from '../../kernel/errors.js';
import type { TAnswerSpec, TInstrumentContent } from './instrument.schemas.js';

/** An answer on the wire and in storage: yes/no is a boolean, a level or a number is a number. */
export type AnswerValue = boolean | number;

export interface IndicatorScore {
  code: string;
  dimensionCode: string;
  value: AnswerValue | null;
  passed: boolean;
  points: number;
}

export interface DimensionScore {
  code: string;
  points: number;
  maxPoints: number;
  percentBp: number;
}

export interface InstrumentScore {
  indicators: IndicatorScore[];
  dimensions: DimensionScore[];
  points: number;
  maxPoints: number;
  percentBp: number;
  /** null while any indicator is unanswered. */
  level: number | null;
  levelTh: string;
  passedIndicators: number;
  failedIndicators: number;
  unanswered: number;
}

const percentBp = (points: number, max: number) => Math.floor((points * 10000) / max);

/** Why a value does not fit the indicator's answer type, or null when it does. */
export function valueProblem(spec: TAnswerSpec, value: unknown): { th: string; en: string } | null {
  if (spec.type === 'yes_no') {
    return typeof value === 'boolean' ? null : { th: 'กรุณาเลือก ใช่ หรือ ไม่ใช่', en: 'Expected yes or no' };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { th: 'กรุณาระบุเป็นตัวเลข', en: 'Expected a number' };
  }
  if (spec.type === 'level') {
    return Number.isInteger(value) && value >= 0 && value <= spec.maxLevel
      ? null
      : { th: `ระดับต้องเป็นจำนวนเต็ม 0–${spec.maxLevel}`, en: `Level must be an integer 0…${spec.maxLevel}` };
  }
  const scaled = value * 10 ** spec.decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9
    ? null
    : { th: `ทศนิยมได้ไม่เกิน ${spec.decimals} ตำแหน่ง`, en: `At most ${spec.decimals} decimals` };
}

export function answerIssue(spec: TAnswerSpec, value: unknown, path: string, code: string): FieldIssue | null {
  const p = valueProblem(spec, value);
  return p && { path, messageTh: `ตัวชี้วัด ${code}: ${p.th}`, messageEn: p.en };
}

export function passes(spec: TAnswerSpec, value: AnswerValue): boolean {
  switch (spec.type) {
    case 'yes_no':
      return value === (spec.passWhen === 'yes');
    case 'level':
      return typeof value === 'number' && value >= spec.passAtLeast;
    case 'number':
      return (
        typeof value === 'number' &&
        (spec.min === null || value >= spec.min) &&
        (spec.max === null || value <= spec.max)
      );
  }
}

export function scoreInstrument(
  content: TInstrumentContent,
  values: ReadonlyMap<string, AnswerValue>,
): InstrumentScore {
  const indicators: IndicatorScore[] = [];
  const dimensions: DimensionScore[] = [];
  for (const d of content.dimensions) {
    let points = 0;
    let maxPoints = 0;
    for (const x of d.indicators) {
      const value = values.get(x.code) ?? null;
      const passed = value !== null && passes(x.answer, value);
      const earned = passed ? x.weight : 0;
      indicators.push({ code: x.code, dimensionCode: d.code, value, passed, points: earned });
      points += earned;
      maxPoints += x.weight;
    }
    dimensions.push({ code: d.code, points, maxPoints, percentBp: percentBp(points, maxPoints) });
  }
  const points = dimensions.reduce((a, d) => a + d.points, 0);
  const maxPoints = dimensions.reduce((a, d) => a + d.maxPoints, 0);
  const overall = percentBp(points, maxPoints);
  const unanswered = indicators.filter((i) => i.value === null).length;
  const passedIndicators = indicators.filter((i) => i.passed).length;
  const { level, levelTh } =
    unanswered > 0 ? { level: null, levelTh: 'ยังประเมินไม่ครบ' } : readLevel(content, overall, dimensions);
  return {
    indicators,
    dimensions,
    points,
    maxPoints,
    percentBp: overall,
    level,
    levelTh,
    passedIndicators,
    failedIndicators: indicators.length - passedIndicators - unanswered,
    unanswered,
  };
}

function readLevel(
  content: TInstrumentContent,
  overall: number,
  dimensions: readonly DimensionScore[],
): { level: number; levelTh: string } {
  const r = content.result;
  if (r.kind === 'score') {
    const ok = overall >= r.passPercent * 100;
    return { level: ok ? 1 : 0, levelTh: ok ? 'ผ่านเกณฑ์' : 'ไม่ผ่านเกณฑ์' };
  }
  const basis = r.basis === 'overall' ? overall : Math.min(...dimensions.map((d) => d.percentBp));
  // Levels are in increasing minPercent order and the first starts at 0 (check-instrument.ts).
  const reached = r.levels.filter((l) => basis >= l.minPercent * 100).at(-1) ?? r.levels[0]!;
  return { level: reached.level, levelTh: reached.labelTh };
}

/** "87.50" from basis points, for messages and spreadsheets. */
export const percentText = (bp: number) => `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
