// Turning audit entries about a person into readable Thai: the action, and for updates which fields
// changed from what to what. Thai IDs are always shown masked.
import type { AuditEntry, Reference } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { maskThaiId } from '../people/thai-id.js';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Bookkeeping fields that change on every save and mean nothing to a reader. */
const HIDDEN = new Set(['version', 'updatedAt', 'createdAt']);

export const actionLabel = (action: string) => th.audit.actions[action] ?? action;

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return [...a].map(String).sort().join() === [...b].map(String).sort().join();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export type UnitNames = ReadonlyMap<string, string>;

export function formatValue(field: string, value: unknown, reference: Reference | null, units: UnitNames): string {
  if (value === null || value === undefined || value === '') return th.common.none;
  if (Array.isArray(value)) {
    if (!value.length) return th.common.none;
    if (field === 'networks') {
      return value.map((code) => reference?.networks.find((n) => n.code === code)?.abbrTh ?? String(code)).join(', ');
    }
    return value.map(String).join(', ');
  }
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  switch (field) {
    case 'thaiId':
      return maskThaiId(text);
    case 'positionCode':
      return reference?.positions.find((p) => p.code === text)?.nameTh ?? text;
    case 'orgUnitId':
      return units.get(text) ?? th.org.code(text);
    default:
      return text;
  }
}

/** Fields whose value differs between `before` and `after`, in the order the record lists them. */
export function changedFields(entry: AuditEntry, reference: Reference | null, units: UnitNames): FieldChange[] {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !HIDDEN.has(k));
  return keys
    .filter((k) => !same(before[k], after[k]))
    .map((k) => ({
      field: k,
      label: th.fields[k] ?? k,
      before: formatValue(k, before[k], reference, units),
      after: formatValue(k, after[k], reference, units),
    }));
}

/** Org unit ids of moves between units, so their names can be looked up. */
export function movedUnitIds(entries: AuditEntry[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    const from = asRecord(e.before).orgUnitId;
    const to = asRecord(e.after).orgUnitId;
    if (typeof from !== 'string' || typeof to !== 'string' || from === to) continue;
    ids.add(from);
    ids.add(to);
  }
  return [...ids];
}
