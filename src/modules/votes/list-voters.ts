// The roll with each voter's ballot link, for the organiser to hand out. The codes are the voters'
// keys, so only managers see them.
import type { UseCaseContext } from '../../server/context.js';
import { ballotLink } from './ballot-link.js';
import { managedElection } from './election-access.js';
import { rollWithCodes } from './votes.repository.js';
import type { TVoterSlip } from './votes.schemas.js';

export async function listVoters(ctx: UseCaseContext, id: string, origin: string): Promise<{ items: TVoterSlip[] }> {
  await managedElection(ctx, id);
  const roll = await rollWithCodes(ctx.db, id);
  return {
    items: roll.map((v) => ({
      personId: v.personId,
      fullName: v.fullName,
      officeTh: v.officeTh,
      positionTh: v.positionTh,
      ballotCode: v.ballotCode,
      link: ballotLink(origin, v.ballotCode),
    })),
  };
}
