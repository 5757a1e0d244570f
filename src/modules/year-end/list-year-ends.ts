import type { UseCaseContext } from '../../server/context.js';
import { requireGroup } from '../ledger/index.js';
import { toSummary } from './year-end.mappers.js';
import { listCloses } from './year-end.repository.js';
import type { TYearEndClose } from './year-end.schemas.js';

/** A group's year-end closes, latest first. */
export async function listYearEnds(
  ctx: UseCaseContext,
  groupId: string,
): Promise<{ items: Omit<TYearEndClose, 'computation'>[] }> {
  const group = await requireGroup(ctx, groupId);
  return { items: (await listCloses(ctx.db, group.id)).map(toSummary) };
}
