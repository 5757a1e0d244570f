// What the answer form holds per indicator, and how it becomes the API's answers.
import type { AnswerInput, AnswerSpec, AnswerValue, IndicatorView } from '../../api/assessments-types.js';
import { fromThaiDigits } from '../../../kernel/thai-digits.js';

export interface Draft {
  /** yes_no: 'yes' | 'no'; level: '0'…; number: as typed; '' = no answer. */
  text: string;
  /** For an indicator the books answer: the forum enters its own value instead. */
  override: boolean;
  note: string;
}

export function toText(spec: AnswerSpec, v: AnswerValue | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (spec.type === 'yes_no') return v ? 'yes' : 'no';
  return String(v);
}

export function fromText(spec: AnswerSpec, text: string): AnswerValue | null {
  if (text.trim() === '') return null;
  if (spec.type === 'yes_no') return text === 'yes';
  const n = Number(fromThaiDigits(text.trim()).replace(/,/g, ''));
  return Number.isFinite(n) ? n : Number.NaN;
}

export function initialDraft(x: IndicatorView): Draft {
  return {
    text: toText(x.answer, x.entered?.value ?? null),
    override: x.ledgerSource !== null && x.entered !== null,
    note: x.entered?.note ?? '',
  };
}

/** Every indicator of the instrument: its entry, or null where the books (or nobody) answer it. */
export function toAnswers(
  instrumentId: string,
  indicators: IndicatorView[],
  drafts: Record<string, Draft>,
): AnswerInput[] {
  return indicators.map((x) => {
    const d = drafts[x.code]!;
    const entered = x.ledgerSource === null || d.override;
    return {
      instrumentId,
      indicatorCode: x.code,
      value: entered ? fromText(x.answer, d.text) : null,
      note: entered ? d.note.trim() : '',
    };
  });
}
