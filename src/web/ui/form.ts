// Helpers for mapping server validation issues onto form fields.
import type { FieldIssue } from '../api/types.js';

export type FieldErrors = Record<string, string>;

/**
 * Splits issues into per-field messages (keyed by the first segment of `path`, so
 * "networks.0" lands on "networks") and the rest, which a form shows above its fields.
 */
export function splitIssues(
  issues: FieldIssue[],
  fields: readonly string[],
): { byField: FieldErrors; other: FieldIssue[] } {
  const byField: FieldErrors = {};
  const other: FieldIssue[] = [];
  for (const issue of issues) {
    const key = issue.path.split('.')[0] ?? '';
    if (fields.includes(key)) {
      byField[key] ??= issue.messageTh;
    } else {
      other.push(issue);
    }
  }
  return { byField, other };
}

/** The first field (in form order) that has an error. */
export function firstInvalid(errors: FieldErrors, order: readonly string[]): string | undefined {
  return order.find((f) => errors[f]);
}
