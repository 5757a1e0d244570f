// A member's year-end statement: their part of a close exactly as it was computed and posted.
import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroup } from '../ledger/index.js';
import { toSummary } from './year-end.mappers.js';
import { findClose } from './year-end.repository.js';
import { ZYearEndComputation, type TMemberStatement } from './year-end.schemas.js';

export async function getMemberStatement(
  ctx: UseCaseContext,
  input: { groupId: string; through: string; memberNo: number },
): Promise<TMemberStatement> {
  const group = await requireGroup(ctx, input.groupId);
  const row = await findClose(ctx.db, group.id, input.through);
  if (!row) throw notFound();
  const c = ZYearEndComputation.parse(row.computation);
  const member = c.members.find((m) => m.memberNo === input.memberNo);
  if (!member) throw notFound();
  return {
    ...toSummary(row),
    months: c.months,
    rules: c.rules,
    pools: c.pools,
    dividendWeightTotal: c.dividendWeightTotal,
    refundWeightTotal: c.refundWeightTotal,
    member,
  };
}
