import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { requireRecordAccess, scopePaths, type Actor } from '../access/index.js';
import { toOrgUnitDto } from './org.mappers.js';
import { findUnit, findUnits, listChildren, searchInScope } from './org.repository.js';
import type { TOrgUnit } from './org.schemas.js';

/** The subtree roots the actor may read: where the org switcher starts. */
export async function listScopeRoots(db: Kysely<DB>, actor: Actor): Promise<TOrgUnit[]> {
  const roots = new Set(scopePaths(actor, 'org:read'));
  const ids = actor.grants.filter((g) => roots.has(g.orgPath)).map((g) => g.orgUnitId);
  return (await findUnits(db, [...new Set(ids)])).map(toOrgUnitDto);
}

export async function listOrgUnits(
  db: Kysely<DB>,
  actor: Actor,
  query: { parentId?: string | undefined; q?: string | undefined },
): Promise<TOrgUnit[]> {
  if (query.parentId) {
    const parent = await findUnit(db, query.parentId);
    if (!parent) return [];
    requireRecordAccess(actor, 'org:read', parent.path);
    return (await listChildren(db, parent.id)).map(toOrgUnitDto);
  }
  if (query.q) return (await searchInScope(db, actor, query.q, 50)).map(toOrgUnitDto);
  return listScopeRoots(db, actor);
}
