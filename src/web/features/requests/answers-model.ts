// The fill-in page's working copy of answers (text as typed; money in baht) and its conversion to
// what the API stores (numbers, satang, ISO dates). The server checks everything again.
import type { Answers, FormField, UnitRef } from '../../api/requests-types.js';
import { baht, parseAmount } from '../savings/money.js';

export type Draft = Record<string, unknown>;
export type Row = Record<string, string | string[]>;

function cellToDraft(f: FormField, v: unknown): string | string[] {
  if (v === undefined || v === null) return f.type === 'choice' && f.multiple ? [] : '';
  if (f.type === 'money') return baht(v as number).replace(/,/g, '');
  if (Array.isArray(v)) return v.map(String);
  return String(v);
}

export function toDraft(fields: FormField[], answers: Answers, people: UnitRef[]): Draft {
  const d: Draft = {};
  for (const f of fields) {
    const v = answers[f.key];
    if (f.type === 'table') {
      d[f.key] = ((v as Record<string, unknown>[] | undefined) ?? []).map((row) =>
        Object.fromEntries((f.columns ?? []).map((c) => [c.key, cellToDraft(c, row[c.key])])),
      );
    } else if (f.type === 'person') {
      d[f.key] = people.find((p) => p.id === v) ?? null;
    } else if (f.type !== 'file' && f.type !== 'photo') {
      d[f.key] = cellToDraft(f, v);
    }
  }
  return d;
}

function cellToAnswer(f: FormField, v: unknown): unknown {
  if (Array.isArray(v)) return v.length ? v : undefined;
  const s = typeof v === 'string' ? v.trim() : '';
  if (s === '') return undefined;
  if (f.type === 'money') {
    const p = parseAmount(s);
    return p.ok ? p.value : s; // a typo goes to the server, which names the field
  }
  return s;
}

export function toAnswers(fields: FormField[], d: Draft): Answers {
  const out: Answers = {};
  for (const f of fields) {
    const v = d[f.key];
    let a: unknown;
    if (f.type === 'table') {
      a = ((v as Row[] | undefined) ?? []).map((row) => {
        const r: Answers = {};
        for (const c of f.columns ?? []) {
          const cell = cellToAnswer(c, row[c.key]);
          if (cell !== undefined) r[c.key] = cell;
        }
        return r;
      });
    } else if (f.type === 'person') {
      a = (v as UnitRef | null)?.id;
    } else if (f.type !== 'file' && f.type !== 'photo') {
      a = cellToAnswer(f, v);
    }
    if (a !== undefined) out[f.key] = a;
  }
  return out;
}

export const emptyRow = (f: FormField): Row =>
  Object.fromEntries((f.columns ?? []).map((c) => [c.key, c.type === 'choice' && c.multiple ? [] : '']));
