import type { UseCaseContext } from '../../server/context.js';
import { requireGroup } from '../ledger/index.js';
import { toMemberSummary } from './savings.mappers.js';
import { memberBalances } from './savings.repository.js';
import type { TMemberSummary } from './savings.schemas.js';

/** Every member of a group (a group has tens to a few hundred), with balances from the ledger. */
export async function listMembers(ctx: UseCaseContext, groupId: string): Promise<{ items: TMemberSummary[] }> {
  const group = await requireGroup(ctx, groupId);
  const members = await ctx.db
    .selectFrom('group_member')
    .selectAll()
    .where('group_id', '=', group.id)
    .orderBy('member_no')
    .execute();
  const balances = await memberBalances(ctx.db, group.id);
  return { items: members.map((m) => toMemberSummary(m, balances.get(m.member_no))) };
}
