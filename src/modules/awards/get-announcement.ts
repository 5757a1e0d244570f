import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireCallRead } from './award-access.js';
import { committeeOf, findCall } from './awards.repository.js';
import type { TAnnouncement } from './awards.schemas.js';
import { effectiveStatus } from './call-state.js';
import { winnerDtos } from './call-view.js';

/** The announced winners, for everyone who may see the call (not before it is announced). */
export async function getAnnouncement(ctx: UseCaseContext, callId: string): Promise<TAnnouncement> {
  const call = await findCall(ctx.db, callId);
  requireCallRead(ctx.actor, call, call ? await committeeOf(ctx.db, callId) : []);
  if (effectiveStatus(call, ctx.clock) !== 'announced' || !call.announced_at) throw notFound();
  return {
    callId,
    title: call.title,
    announcedAt: new Date(call.announced_at).toISOString(),
    winners: await winnerDtos(ctx.db, call),
  };
}
