import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import { requireRecordAccess, type Actor } from '../access/index.js';
import { toOrgUnitDto } from './org.mappers.js';
import { findUnit, listAncestors } from './org.repository.js';

export async function getOrgUnit(db: Kysely<DB>, actor: Actor, id: string) {
  const unit = await findUnit(db, id);
  if (!unit) throw notFound();
  requireRecordAccess(actor, 'org:read', unit.path);
  const ancestors = await listAncestors(db, unit.path);
  return { ...toOrgUnitDto(unit), ancestors: ancestors.map((a) => ({ id: a.id, kind: a.kind, nameTh: a.name_th })) };
}
