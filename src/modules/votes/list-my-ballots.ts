import type { UseCaseContext } from '../../server/context.js';
import { bangkokDay, windowState } from './election-window.js';
import { ballotsOfPerson, officeName } from './votes.repository.js';
import type { TMyBallot } from './votes.schemas.js';

/** Open elections whose roll the logged-in user is on, with how many categories they have done. */
export async function listMyBallots(ctx: UseCaseContext): Promise<{ items: TMyBallot[] }> {
  const rows = await ballotsOfPerson(ctx.db, ctx.actor.personId);
  return {
    items: rows.map((r) => ({
      electionId: r.id,
      title: r.title,
      organiserTh: officeName(r.org_kind, r.org_name_th),
      closesOn: bangkokDay(r.closes_at),
      acceptingVotes: windowState(r, ctx.clock) === 'inside',
      categories: Number(r.categories ?? 0),
      voted: Number(r.voted ?? 0),
    })),
  };
}
