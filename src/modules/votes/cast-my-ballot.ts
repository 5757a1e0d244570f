import type { UseCaseContext } from '../../server/context.js';
import { ballotView } from './ballot-view.js';
import { castChoices, castInTransaction } from './cast-ballot.js';
import { findElection } from './votes.repository.js';
import type { TBallot, TCastInput } from './votes.schemas.js';
import { voterByLogin } from './voter-lookup.js';

/** Casts as the logged-in user, who must be on the roll (403 otherwise, nothing written). */
export async function castMyBallot(ctx: UseCaseContext, electionId: string, input: TCastInput): Promise<TBallot> {
  await castInTransaction(ctx.db, async (trx) => {
    const { personId } = await voterByLogin(trx, ctx.actor, electionId);
    await castChoices(trx, { ...ctx, actorUserId: ctx.actor.userId }, electionId, personId, input);
  });
  const { election, personId } = await voterByLogin(ctx.db, ctx.actor, electionId);
  return ballotView(ctx.db, ctx.clock, (await findElection(ctx.db, election.id))!, personId);
}
