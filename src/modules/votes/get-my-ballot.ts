import type { UseCaseContext } from '../../server/context.js';
import { ballotView } from './ballot-view.js';
import type { TBallot } from './votes.schemas.js';
import { voterByLogin } from './voter-lookup.js';

/** The logged-in user's own ballot in an election whose roll they are on. */
export async function getMyBallot(ctx: UseCaseContext, electionId: string): Promise<TBallot> {
  const { election, personId } = await voterByLogin(ctx.db, ctx.actor, electionId);
  return ballotView(ctx.db, ctx.clock, election, personId);
}
