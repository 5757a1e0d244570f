// The form builder's working copy of a field (text as typed) and its conversion to the API's form
// definition. The server checks the definition again and names problems by path (fields[2].options).
import type { ColumnType, FieldType, FileKind, FormField } from '../../api/requests-types.js';

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
  };
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
      return {
        ...base,
        multiple: d.multiple,
        options: d.optionsText
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((labelTh, i) => ({ value: `o${i + 1}`, labelTh })),
      };
    case 'file':
    case 'photo': {
      const maxBytes = Math.round(Number(d.maxMb) * 1024 * 1024) || 5 * 1024 * 1024;
      return d.type === 'file' ? { ...base, accept: d.accept, maxBytes } : { ...base, maxBytes };
    }
    case 'table':
      return { ...base, columns: d.columns.map(toFormField), minRows: int(d.minRows, 0), maxRows: int(d.maxRows, 50) };
    default:
      return base;
  }
}
