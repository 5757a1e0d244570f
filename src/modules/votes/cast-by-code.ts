import { ballotView } from './ballot-view.js';
import { castChoices, castInTransaction } from './cast-ballot.js';
import { findElection } from './votes.repository.js';
import type { TBallot, TCastInput } from './votes.schemas.js';
import { voterByCode, type PublicContext } from './voter-lookup.js';

/** Casts with a slip's code; answers with the ballot as it now stands (categories done). */
export async function castByCode(ctx: PublicContext, code: string, input: TCastInput): Promise<TBallot> {
  let voter: Awaited<ReturnType<typeof voterByCode>> | undefined;
  await castInTransaction(ctx.db, async (trx) => {
    voter = await voterByCode(trx, code);
    await castChoices(trx, { ...ctx, actorUserId: null }, voter.election.id, voter.personId, input);
  });
  const { election, personId } = voter!;
  return ballotView(ctx.db, ctx.clock, (await findElection(ctx.db, election.id))!, personId);
}
