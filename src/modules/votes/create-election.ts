import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { checkElectionInput, organiserUnit, writeCategories } from './election-input.js';
import { windowOf } from './election-window.js';
import { electionDto } from './get-election.js';
import { findElection } from './votes.repository.js';
import type { TElection, TElectionInput } from './votes.schemas.js';

/** A draft election: categories, window and candidate rule; nobody can vote until it is opened. */
export async function createElection(
  ctx: UseCaseContext,
  input: TElectionInput,
  idempotencyKey?: string,
): Promise<TElection> {
  return idempotentWrite(ctx, { idempotencyKey, operation: 'election.create', request: input }, async (trx) => {
    const unit = await organiserUnit(trx, ctx.actor, input.orgUnitId);
    await checkElectionInput(trx, unit.path, input);
    const { opensAt, closesAt } = windowOf(input.opensOn, input.closesOn);
    const now = ctx.clock.now();
    const { id } = await trx
      .insertInto('election')
      .values({
        org_unit_id: unit.id,
        title: input.title,
        description: input.description,
        opens_at: opensAt,
        closes_at: closesAt,
        live_results: input.liveResults,
        candidates_mode: input.candidatesMode,
        allow_self_vote: input.allowSelfVote,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeCategories(trx, id, input);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'election.create',
      entityType: 'election',
      entityId: id,
      orgUnitId: unit.id,
      after: input,
      requestId: ctx.requestId,
    });
    return electionDto(trx, ctx.actor, ctx.clock, (await findElection(trx, id))!);
  });
}
