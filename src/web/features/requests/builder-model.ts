// The form builder's working copy of a field (text as typed) and its conversion to and from the
// API's form definition. The server checks the definition again and names problems by path
// (fields[2].options).
import type { ChoiceOption, ColumnType, FieldType, FileKind, FormField } from '../../api/requests-types.js';

export interface DraftField {
  uid: number;
  key: string;
  type: FieldType;
  labelTh: string;
  helpTh: string;
  required: boolean;
  sumInMatrix: boolean;
  scale: string;
  multiline: boolean;
  optionsText: string;
  multiple: boolean;
  accept: FileKind[];
  maxMb: string;
  minRows: string;
  maxRows: string;
  columns: DraftField[];
  /** A loaded draft's options, so an option whose label is kept keeps its stored value. */
  knownOptions: ChoiceOption[];
  /** Not edited in the builder; a loaded draft's setting is sent back unchanged. */
  maxFiles: number | null;
}

export const FIELD_TYPES: FieldType[] = [
  'number',
  'money',
  'text',
  'date',
  'choice',
  'person',
  'file',
  'photo',
  'table',
];
export const COLUMN_TYPES: ColumnType[] = ['number', 'money', 'text', 'date', 'choice'];
export const FILE_KINDS: FileKind[] = ['pdf', 'word', 'excel', 'image'];

let nextUid = 1;
export function newField(n: number, type: FieldType = 'text', prefix = 'field'): DraftField {
  return {
    uid: nextUid++,
    key: `${prefix}${n}`,
    type,
    labelTh: '',
    helpTh: '',
    required: false,
    sumInMatrix: false,
    scale: '0',
    multiline: false,
    optionsText: '',
    multiple: false,
    accept: [...FILE_KINDS],
    maxMb: type === 'photo' ? '5' : '10',
    minRows: '0',
    maxRows: '50',
    columns: [],
    knownOptions: [],
    maxFiles: null,
  };
}

const text = (n: number | undefined, fallback: string) => (n === undefined ? fallback : String(n));

/** A saved field as the builder edits it (a draft request opened again). */
export function fromFormField(f: FormField, prefix = 'field'): DraftField {
  const d = newField(1, f.type, prefix);
  return {
    ...d,
    key: f.key,
    labelTh: f.labelTh,
    helpTh: f.helpTh,
    required: f.required,
    sumInMatrix: f.sumInMatrix ?? false,
    scale: text(f.scale, d.scale),
    multiline: f.multiline ?? false,
    optionsText: (f.options ?? []).map((o) => o.labelTh).join('\n'),
    knownOptions: f.options ?? [],
    multiple: f.multiple ?? false,
    accept: f.accept ?? d.accept,
    maxMb: f.maxBytes === undefined ? d.maxMb : String(Math.round((f.maxBytes / (1024 * 1024)) * 100) / 100),
    maxFiles: f.maxFiles ?? null,
    minRows: text(f.minRows, d.minRows),
    maxRows: text(f.maxRows, d.maxRows),
    columns: (f.columns ?? []).map((c) => fromFormField(c, 'col')),
  };
}

/** Option values: a kept label keeps its value, a new one takes the next free "oN". */
function choiceOptions(d: DraftField): ChoiceOption[] {
  const labels = d.optionsText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const known = new Map(d.knownOptions.map((o) => [o.labelTh, o.value]));
  const used = new Set<string>();
  // A label typed twice keeps its stored value only the first time.
  const kept = labels.map((l) => {
    const v = known.get(l);
    if (v === undefined || used.has(v)) return undefined;
    used.add(v);
    return v;
  });
  let n = 0;
  const fresh = () => {
    n += 1;
    while (used.has(`o${n}`)) n += 1;
    used.add(`o${n}`);
    return `o${n}`;
  };
  return labels.map((labelTh, i) => ({ value: kept[i] ?? fresh(), labelTh }));
}

const int = (s: string, fallback: number) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : fallback);

export function toFormField(d: DraftField): FormField {
  const base = {
    key: d.key.trim(),
    type: d.type,
    labelTh: d.labelTh.trim(),
    helpTh: d.helpTh.trim(),
    required: d.required,
  };
  switch (d.type) {
    case 'number':
      return { ...base, scale: int(d.scale, 0), sumInMatrix: d.sumInMatrix };
    case 'money':
      return { ...base, sumInMatrix: d.sumInMatrix };
    case 'text':
      return { ...base, multiline: d.multiline };
    case 'choice':
      return { ...base, multiple: d.multiple, options: choiceOptions(d) };
    case 'file':
    case 'photo': {
      const maxBytes = Math.round(Number(d.maxMb) * 1024 * 1024) || 5 * 1024 * 1024;
      const files = d.maxFiles === null ? {} : { maxFiles: d.maxFiles };
      return d.type === 'file' ? { ...base, accept: d.accept, maxBytes, ...files } : { ...base, maxBytes, ...files };
    }
    case 'table':
      return { ...base, columns: d.columns.map(toFormField), minRows: int(d.minRows, 0), maxRows: int(d.maxRows, 50) };
    default:
      return base;
  }
}
