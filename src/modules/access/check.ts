// The one place that decides "may this actor do P on something at this org path". Deny by default.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { AppError, notFound } from '../../kernel/errors.js';
import type { Actor } from './actor.js';
import type { Permission } from './permissions.js';
import { likePrefix } from '../../db/like.js';

/** Org paths (subtree roots) in which the actor holds `permission`. */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  // A group-scoped grant never widens to its org unit's other records.
  const paths = actor.grants
    .filter((g) => g.groupId === null && g.permissions.includes(permission))
    .map((g) => g.orgPath);
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
  if (!canAt(actor, permission, orgPath)) throw forbiddenHere();
}

const forbiddenHere = () =>
  new AppError({
    code: 'forbidden',
    kind: 'forbidden',
    messageTh: 'ท่านไม่มีสิทธิ์ดำเนินการในหน่วยงานนี้',
    messageEn: 'You may not do this in that org unit',
  });

/** Savings groups the actor holds `permission` on individually (beyond their subtrees). */
export function scopeGroupIds(actor: Actor, permission: Permission): string[] {
  return actor.grants.filter((g) => g.groupId !== null && g.permissions.includes(permission)).map((g) => g.groupId!);
}

export function canAtGroup(actor: Actor, permission: Permission, group: { id: string; orgPath: string }): boolean {
  return canAt(actor, permission, group.orgPath) || scopeGroupIds(actor, permission).includes(group.id);
}

/** A savings group's records: outside scope answers exactly like "does not exist". */
export function requireGroupAccess(actor: Actor, permission: Permission, group: { id: string; orgPath: string }): void {
  if (canAtGroup(actor, permission, group)) return;
  // Visible but not writable gets a 403 that says so; invisible stays a 404.
  if (permission !== 'savings:read' && canAtGroup(actor, 'savings:read', group)) throw forbiddenHere();
  throw notFound();
}

/** A WHERE condition limiting savings groups to those in the actor's scope for `permission`. */
export function inGroupScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  pathColumn: Expression<string>,
  groupIdColumn: Expression<string>,
  actor: Actor,
  permission: Permission,
): Expression<SqlBool> {
  const ids = scopeGroupIds(actor, permission);
  const byPath = inScope(eb, pathColumn, actor, permission);
  return ids.length === 0 ? byPath : eb.or([byPath, eb(groupIdColumn, 'in', ids)]);
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
  return eb.or(roots.map((root) => eb(pathColumn, 'like', likePrefix(root))));
}
