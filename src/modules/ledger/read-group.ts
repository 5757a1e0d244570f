import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroupAccess, type Permission } from '../access/index.js';
import { findBookGroup, type BookGroup } from './ledger.repository.js';

/** Loads a group for reading its books; outside the actor's scope it does not exist. */
export async function requireGroup(
  ctx: UseCaseContext,
  groupId: string,
  permission: Permission = 'savings:read',
): Promise<BookGroup> {
  const group = await findBookGroup(ctx.db, groupId);
  if (!group) throw notFound();
  requireGroupAccess(ctx.actor, permission, group);
  return group;
}
