import { sql } from 'kysely';
import type { UseCaseContext } from '../../server/context.js';
import { isRole, ROLES, type Permission } from '../access/index.js';
import { requireFundManage } from './fund-access.js';
import { findFund, fullName } from './fund.repository.js';
import type { TPlanSigner } from './assistance.schemas.js';

/**
 * Who may sign the fund's assistance plan, for the officer building its chain: active accounts
 * that read the fund from its own office or above (the same test createPlan applies), e.g. the
 * group directors and the provincial head. Grants held over a savings group do not count.
 */
export async function listPlanSigners(ctx: UseCaseContext, fundId: string): Promise<{ items: TPlanSigner[] }> {
  const fund = await findFund(ctx.db, fundId);
  requireFundManage(ctx.actor, fund);
  const rows = await ctx.db
    .selectFrom('role_assignment as r')
    .innerJoin('org_unit as o', 'o.id', 'r.org_unit_id')
    .innerJoin('user_account as u', 'u.id', 'r.user_id')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .innerJoin('org_unit as po', 'po.id', 'p.org_unit_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .select([
      'u.id',
      'u.username',
      'r.role',
      'p.title',
      'p.first_name',
      'p.last_name',
      'pos.name_th as position_th',
      'po.name_th as unit_name_th',
    ])
    .where('u.is_active', '=', true)
    .where('r.group_id', 'is', null)
    .where(sql<boolean>`${fund.org_path} LIKE o.path || '%'`)
    .orderBy('p.first_name')
    .orderBy('p.last_name')
    .execute();
  const seen = new Set<string>();
  const items: TPlanSigner[] = [];
  for (const r of rows) {
    if (
      seen.has(r.id) ||
      !isRole(r.role) ||
      !(ROLES[r.role].permissions as readonly Permission[]).includes('fund:read')
    )
      continue;
    seen.add(r.id);
    items.push({
      userId: r.id,
      username: r.username,
      fullName: fullName(r),
      positionTh: r.position_th,
      orgUnitNameTh: r.unit_name_th,
    });
  }
  return { items };
}
