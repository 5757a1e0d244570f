// Who may see what: a letter belongs to its issuing unit; each registered copy is also visible to
// its addressee unit (that unit's inbox). Anyone else gets the same 404 as for a missing record.
import { notFound } from '../../kernel/errors.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { canAt, requireUnitAccess, type Actor } from '../access/index.js';
import { findUnit } from './letters.repository.js';

export function canReadCopy(actor: Actor, c: { issuing_path: string; addressee_path: string }): boolean {
  return canAt(actor, 'programs:read', c.issuing_path) || canAt(actor, 'programs:read', c.addressee_path);
}

export function requireCopyAccess(actor: Actor, c: { issuing_path: string; addressee_path: string }): void {
  if (!canReadCopy(actor, c)) throw notFound();
}

/** Changing a letter: invisible answers 404, visible but not the actor's to manage answers 403. */
export function requireLetterManage(actor: Actor, issuingPath: string): void {
  if (!canAt(actor, 'programs:read', issuingPath)) throw notFound();
  requireUnitAccess(actor, 'programs:manage', issuingPath);
}

/**
 * Writing letters in a unit's name, checked before the draft itself so that someone without the
 * right hears 403, not a list of problems with a letter they may not write (an unknown unit is
 * left to the draft check, which reports it on its field).
 */
export async function requireIssuingUnit(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  const unit = await findUnit(db, unitId);
  if (unit) requireUnitAccess(actor, 'programs:manage', unit.path);
}
