import type { TBallot } from './votes.schemas.js';
import { ballotView } from './ballot-view.js';
import { voterByCode, type PublicContext } from './voter-lookup.js';

/** The ballot behind a slip's code, for anyone holding the slip (no login). */
export async function getBallot(ctx: PublicContext, code: string): Promise<TBallot> {
  const { election, personId } = await voterByCode(ctx.db, code);
  return ballotView(ctx.db, ctx.clock, election, personId);
}
