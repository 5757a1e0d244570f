// The one place that decides "may this actor do P on something at this org path". Deny by default.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { AppError, notFound } from '../../kernel/errors.js';
import type { Actor } from './actor.js';
import type { Permission } from './permissions.js';

/** Org paths (subtree roots) in which the actor holds `permission`. */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  const paths = actor.grants.filter((g) => g.permissions.includes(permission)).map((g) => g.orgPath);
  // Drop paths already covered by a broader one, so SQL filters stay short.
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => g.permissions.includes(permission));
}

export function canAt(actor: Actor, permission: Permission, orgPath: string): boolean {
  return scopePaths(actor, permission).some((root) => orgPath.startsWith(root));
}

/**
 * Reading or changing an existing record: outside scope answers exactly like "does not exist",
 * so a district user cannot probe for another district's records.
 */
export function requireRecordAccess(actor: Actor, permission: Permission, orgPath: string): void {
  if (!canAt(actor, permission, orgPath)) throw notFound();
}

/** Creating something in a unit the actor can see but may not write to. */
export function requireUnitAccess(actor: Actor, permission: Permission, orgPath: string): void {
  if (!canAt(actor, permission, orgPath)) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'ท่านไม่มีสิทธิ์ดำเนินการในหน่วยงานนี้',
      messageEn: 'You may not do this in that org unit',
    });
  }
}

/** A WHERE condition limiting `pathColumn` to the actor's subtrees for `permission`. */
export function inScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  pathColumn: Expression<string | null>,
  actor: Actor,
  permission: Permission,
): Expression<SqlBool> {
  const roots = scopePaths(actor, permission);
  if (roots.length === 0) return sql<SqlBool>`false`;
  return eb.or(roots.map((root) => eb(pathColumn, 'like', escapeLike(root) + '%')));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
