import type { UseCaseContext } from '../../server/context.js';
import type { TForum } from './assessments.schemas.js';
import { loadForumContext } from './forum-access.js';
import { forumView } from './forum-view.js';

/** A target's forum (or the empty form before one is recorded), with ledger values computed now. */
export async function getForum(ctx: UseCaseContext, programId: string, groupId: string): Promise<TForum> {
  const fc = await loadForumContext(ctx.db, ctx, programId, groupId);
  return forumView(ctx.db, ctx, fc);
}
