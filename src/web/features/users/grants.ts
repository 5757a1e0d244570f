// The role list of an account as edited in a form: one row per (role, org unit), the roles an
// administrator may offer, quick client checks, and server issues mapped back onto the rows.
import type { FieldIssue, Me, Reference, RoleGrant } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import type { FieldErrors } from '../../ui/form.js';

export interface RoleRowValue {
  /** Stable React key; rows can be removed from the middle. */
  key: number;
  role: string;
  orgUnitId: string;
}

export const MAX_ROLES = 10;

/** Granted per committee or per vote by those modules, never from the account form. */
const NOT_GRANTED_HERE = new Set(['committee_judge', 'voter']);

export function grantableRoles(reference: Reference, me: Me): { value: string; label: string }[] {
  const isHq = me.roles.some((r) => r.role === 'hq_admin');
  return reference.roles
    .filter((r) => !NOT_GRANTED_HERE.has(r.role) && (r.role !== 'hq_admin' || isHq))
    .map((r) => ({ value: r.role, label: r.nameTh }));
}

let nextKey = 1;
export function newRow(grant?: Partial<RoleGrant>): RoleRowValue {
  return { key: nextKey++, role: grant?.role ?? '', orgUnitId: grant?.orgUnitId ?? '' };
}

export const roleFieldKey = (i: number, field: 'role' | 'orgUnitId') => `roles.${i}.${field}`;

export function toGrants(rows: RoleRowValue[]): RoleGrant[] {
  return rows.map((r) => ({ role: r.role, orgUnitId: r.orgUnitId }));
}

/** Empty selections and repeated (role, unit) pairs, keyed like the server's issue paths. */
export function roleRowErrors(rows: RoleRowValue[]): FieldErrors {
  const f = th.users.form;
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (!r.role) errors[roleFieldKey(i, 'role')] = f.roleRequired;
    if (!r.orgUnitId) errors[roleFieldKey(i, 'orgUnitId')] = f.unitRequired;
    const pair = `${r.role}@${r.orgUnitId}`;
    if (r.role && r.orgUnitId && seen.has(pair)) errors[roleFieldKey(i, 'orgUnitId')] = f.roleDuplicate;
    seen.add(pair);
  });
  return errors;
}

/**
 * Server issues by field: "roles.N.role" / "roles.N.orgUnitId" stay whole (they belong to row N),
 * other paths are keyed by their first segment if the form has that field; the rest are returned
 * for a summary above the form.
 */
export function issuesByField(
  issues: FieldIssue[],
  fields: readonly string[],
): { byField: FieldErrors; other: FieldIssue[] } {
  const byField: FieldErrors = {};
  const other: FieldIssue[] = [];
  for (const issue of issues) {
    const row = /^roles\.\d+\.(role|orgUnitId)$/.test(issue.path);
    const key = row ? issue.path : (issue.path.split('.')[0] ?? '');
    if (row || fields.includes(key)) byField[key] ??= issue.messageTh;
    else other.push(issue);
  }
  return { byField, other };
}

/** The first row error in form order (role before unit), for moving focus to it. */
export function firstRoleErrorKey(errors: FieldErrors, rows: number): string | undefined {
  for (let i = 0; i < rows; i++) {
    for (const f of ['role', 'orgUnitId'] as const) if (errors[roleFieldKey(i, f)]) return roleFieldKey(i, f);
  }
  return undefined;
}
