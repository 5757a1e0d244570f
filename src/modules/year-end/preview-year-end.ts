// What a year-end close would post, without posting it.
import { todayInBangkok } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroup } from '../ledger/index.js';
import { computeYearEnd } from './compute-year-end.js';
import type { TYearEndComputation } from './year-end.schemas.js';

export async function previewYearEnd(
  ctx: UseCaseContext,
  input: { groupId: string; through: string },
): Promise<TYearEndComputation> {
  const group = await requireGroup(ctx, input.groupId);
  const { computation } = await computeYearEnd(ctx.db, group.id, input.through, todayInBangkok(ctx.clock));
  return computation;
}
