// The flags of one group (its audit committee, the district) or of every group under an org unit
// the reader may see (the district's or province's list).
import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { inGroupScope, requireUnitAccess } from '../access/index.js';
import { requireGroup } from '../ledger/index.js';
import { likePrefix } from '../../db/like.js';
import type { TAnomaly } from './anomalies.schemas.js';
import { detectAnomalies } from './detect-anomalies.js';

export async function listGroupAnomalies(ctx: UseCaseContext, groupId: string): Promise<TAnomaly[]> {
  const group = await requireGroup(ctx, groupId, 'savings:read');
  return detectAnomalies(ctx.db, [group.id]);
}

export async function listAreaAnomalies(
  ctx: UseCaseContext,
  q: { orgUnitId: string; open?: '1' | '0' | undefined },
): Promise<TAnomaly[]> {
  const unit = await ctx.db.selectFrom('org_unit').select('path').where('id', '=', q.orgUnitId).executeTakeFirst();
  if (!unit) throw notFound();
  requireUnitAccess(ctx.actor, 'savings:read', unit.path);
  const groups = await ctx.db
    .selectFrom('savings_group as g')
    .innerJoin('org_unit as o', 'o.id', 'g.org_unit_id')
    .select('g.id')
    .where('o.path', 'like', likePrefix(unit.path))
    .where((eb) => inGroupScope(eb, eb.ref('o.path'), eb.ref('g.id'), ctx.actor, 'savings:read'))
    .execute();
  const flags = await detectAnomalies(
    ctx.db,
    groups.map((g) => g.id),
  );
  return q.open === '1' ? flags.filter((f) => !f.resolution) : flags;
}
