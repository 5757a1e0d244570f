// Who may see and run an election: reading needs programs:read over the organising office, running
// it programs:manage there. Voters never come through here; they reach a ballot by code or by roll.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt, requireRecordAccess, type Actor } from '../access/index.js';
import { findElection, type ElectionRow } from './votes.repository.js';

/** The election if the actor may read it; 404 otherwise (no hint whether it exists). */
export async function readableElection(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  id: string,
): Promise<ElectionRow> {
  const row = await findElection(db, id);
  if (!row) throw notFound();
  requireRecordAccess(actor, 'programs:read', row.org_path);
  return row;
}

export function canManage(actor: Actor, e: ElectionRow): boolean {
  return canAt(actor, 'programs:manage', e.org_path);
}

export function requireManager(actor: Actor, e: ElectionRow): void {
  if (!canManage(actor, e)) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'ท่านไม่มีสิทธิ์จัดการการลงคะแนนนี้',
      messageEn: 'You may not manage this election',
    });
  }
}

export function requireStatus(e: ElectionRow, allowed: readonly ElectionRow['status'][], messageTh: string): void {
  if (!allowed.includes(e.status)) {
    throw new AppError({
      code: 'election_wrong_status',
      kind: 'conflict',
      messageTh,
      messageEn: `Not allowed while the election is ${e.status}`,
    });
  }
}

/** An election the actor runs (programs:manage over the organiser): 404 unseen, 403 read-only. */
export async function managedElection(ctx: UseCaseContext, id: string): Promise<ElectionRow> {
  const e = await readableElection(ctx.db, ctx.actor, id);
  requireManager(ctx.actor, e);
  return e;
}
