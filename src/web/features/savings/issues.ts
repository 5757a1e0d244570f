// Server issues carry dotted paths ("rules.allocation", "beneficiaries", "rows.3.memberNo"); a form
// shows each beside the field it names and lists the rest above the form.
import type { FieldIssue } from '../../api/types.js';

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

/** The first message about `prefix` or anything inside it. */
export function issueAt(issues: readonly FieldIssue[], prefix: string): string | undefined {
  return issues.find((i) => under(i.path, prefix))?.messageTh;
}

/** Issues that no field on the form shows. */
export function unclaimed(issues: readonly FieldIssue[], prefixes: readonly string[]): FieldIssue[] {
  return issues.filter((i) => !prefixes.some((p) => under(i.path, p)));
}
