import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UseCaseContext } from '../../server/context.js';
import { inGroupScope } from '../access/index.js';
import { toGroupSummary } from './savings.mappers.js';
import { groupSelect } from './savings.repository.js';
import type { TGroupSummary } from './savings.schemas.js';
import { likeContains } from '../../db/like.js';

type GroupEB = ExpressionBuilder<DB & { g: DB['savings_group']; o: DB['org_unit'] }, 'g' | 'o'>;

export async function listGroups(
  ctx: UseCaseContext,
  query: { orgUnitId?: string | undefined; q?: string | undefined; limit: number; offset: number },
): Promise<{ items: TGroupSummary[]; total: number }> {
  const filter = (eb: GroupEB) => {
    const conds = [inGroupScope(eb, eb.ref('o.path'), eb.ref('g.id'), ctx.actor, 'savings:read')];
    if (query.orgUnitId) {
      const under = eb
        .selectFrom('org_unit as u')
        .select(sql<string>`u.path || '%'`.as('p'))
        .where('u.id', '=', query.orgUnitId);
      conds.push(eb('o.path', 'like', under));
    }
    if (query.q) conds.push(eb('g.name_th', 'ilike', likeContains(query.q)));
    return eb.and(conds);
  };
  const { total } = await ctx.db
    .selectFrom('savings_group as g')
    .innerJoin('org_unit as o', 'o.id', 'g.org_unit_id')
    .select(sql<string>`count(*)`.as('total'))
    .where(filter)
    .executeTakeFirstOrThrow();
  const rows = await groupSelect(ctx.db)
    .where(filter)
    .orderBy('o.path')
    .orderBy('g.name_th')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { total: Number(total), items: rows.map(toGroupSummary) };
}
