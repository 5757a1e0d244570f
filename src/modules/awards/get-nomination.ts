import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { canReadNomination, memberOf, nominatorReads, organiserReads, requireCallRead } from './award-access.js';
import {
  committeeOf,
  findCall,
  findNomination,
  nominationsOf,
  type CallRow,
  type NominationRow,
} from './awards.repository.js';
import type { TNomination, TNominationSummary } from './awards.schemas.js';
import { nominationSummaries, toNomination } from './nomination-view.js';

/** A nomination and its call if the actor may read it; 404 otherwise (no hint it exists). */
export async function readableNomination(
  db: Kysely<DB> | Transaction<DB>,
  ctx: Pick<UseCaseContext, 'actor'>,
  id: string,
  lock: { forUpdate?: boolean } = {},
): Promise<{ call: CallRow; n: NominationRow }> {
  const n = await findNomination(db, id, lock);
  const call = n ? await findCall(db, n.call_id, { forShare: lock.forUpdate }) : undefined;
  if (!n || !call) throw notFound();
  const members = await committeeOf(db, call.id);
  if (!canReadNomination(ctx.actor, call, n, memberOf(ctx.actor, members))) throw notFound();
  return { call, n };
}

export async function getNomination(ctx: UseCaseContext, id: string): Promise<TNomination> {
  const { call, n } = await readableNomination(ctx.db, ctx, id);
  return toNomination(ctx.db, ctx, call, n);
}

/**
 * A call's nominations as the actor may see them: the organiser all, a district its own, a
 * committee member the submitted dossiers.
 */
export async function listNominations(ctx: UseCaseContext, callId: string): Promise<{ items: TNominationSummary[] }> {
  const call = await findCall(ctx.db, callId);
  const members = call ? await committeeOf(ctx.db, callId) : [];
  requireCallRead(ctx.actor, call, members);
  const member = memberOf(ctx.actor, members);
  const rows = (await nominationsOf(ctx.db, callId)).filter(
    (n) => organiserReads(ctx.actor, call) || nominatorReads(ctx.actor, n) || (member && n.status === 'submitted'),
  );
  return { items: await nominationSummaries(ctx.db, rows) };
}
