// The person form's values and the pure rules around them: defaults from a record, quick client
// checks, and the request body (whole for create, only the changes for edit).
import type { Person, PersonInput } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import type { FieldErrors } from '../../ui/form.js';
import { normalizeThaiId, thaiIdProblem } from './thai-id.js';

export const FIELDS = [
  'title',
  'firstName',
  'lastName',
  'thaiId',
  'positionCode',
  'orgUnitId',
  'phone',
  'email',
  'networks',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Values {
  title: string;
  firstName: string;
  lastName: string;
  thaiId: string;
  positionCode: string;
  orgUnitId: string;
  phone: string;
  email: string;
  networks: string[];
}

export const fieldId = (f: Field) => `person-${f}`;

export function initialValues(p: Person | null, defaultUnitId: string | null): Values {
  return {
    title: p?.title ?? '',
    firstName: p?.firstName ?? '',
    lastName: p?.lastName ?? '',
    thaiId: p?.thaiId ?? '',
    positionCode: p?.positionCode ?? '',
    orgUnitId: p?.orgUnitId ?? defaultUnitId ?? '',
    phone: p?.phone ?? '',
    email: p?.email ?? '',
    networks: p?.networks ?? [],
  };
}

export function clientErrors(v: Values): FieldErrors {
  const f = th.people.form;
  const e: FieldErrors = {};
  if (!v.title) e.title = f.chooseRequired;
  if (!v.firstName.trim()) e.firstName = f.required;
  if (!v.lastName.trim()) e.lastName = f.required;
  const idProblem = thaiIdProblem(v.thaiId);
  if (idProblem === 'digits') e.thaiId = f.thaiIdDigits;
  if (idProblem === 'length') e.thaiId = f.thaiIdLength;
  if (!v.orgUnitId) e.orgUnitId = f.chooseRequired;
  if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) e.email = f.emailInvalid;
  return e;
}

/** The request body: trimmed, empty optional fields left out (create) or cleared with null (edit). */
export function toInput(v: Values, forEdit: boolean): PersonInput {
  const opt = (s: string) => (s.trim() ? s.trim() : forEdit ? null : undefined);
  return {
    title: v.title,
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    thaiId: opt(normalizeThaiId(v.thaiId)),
    positionCode: opt(v.positionCode),
    orgUnitId: v.orgUnitId,
    phone: opt(v.phone),
    email: opt(v.email),
    networks: v.networks,
  };
}

/** Only the fields that differ from the saved record. */
export function changes(before: PersonInput, after: PersonInput): Partial<PersonInput> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof PersonInput)[]) {
    const a = after[key];
    const b = before[key];
    const same =
      Array.isArray(a) && Array.isArray(b)
        ? [...a].sort().join() === [...b].sort().join()
        : (a ?? null) === (b ?? null);
    if (!same) out[key] = a;
  }
  return out as Partial<PersonInput>;
}
