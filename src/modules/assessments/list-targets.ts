import type { UseCaseContext } from '../../server/context.js';
import { inScope } from '../access/index.js';
import { findProgram, findUnits, targetSelect, type ProgramRow, type TargetRow } from './assessments.repository.js';
import type { TTarget } from './assessments.schemas.js';
import { reportDeadline } from './deadline.js';
import { requireProgramRead } from './program-access.js';
import { likePrefix } from '../../db/like.js';

export function toTarget(ctx: UseCaseContext, p: Pick<ProgramRow, 'report_days'>, r: TargetRow): TTarget {
  return {
    groupId: r.group_id,
    groupNameTh: r.group_name_th,
    province: { id: r.province_id, nameTh: r.province_name_th },
    district: { id: r.district_id, nameTh: r.district_name_th },
    rank: r.rank,
    reason: r.reason,
    reasonTh: r.reason_th,
    selectedOn: r.selected_on,
    forumStatus: r.forum_status ?? 'none',
    heldOn: r.held_on,
    planStatus: r.plan_status ?? 'none',
    report: reportDeadline(r.held_on, p.report_days, r.reported_at, ctx.clock),
  };
}

/** The program's targets the actor may see (by the group's place), by province and rank. */
export async function listTargets(
  ctx: UseCaseContext,
  programId: string,
  query: { orgUnitId?: string },
): Promise<{ items: TTarget[] }> {
  const p = await findProgram(ctx.db, programId);
  requireProgramRead(ctx.actor, p);
  let q = targetSelect(ctx.db, p.id).where((eb) => inScope(eb, eb.ref('go.path'), ctx.actor, 'programs:read'));
  if (query.orgUnitId) {
    const [unit] = await findUnits(ctx.db, [query.orgUnitId]);
    if (!unit) return { items: [] };
    q = q.where('go.path', 'like', likePrefix(unit.path));
  }
  const rows = await q.orderBy('t.province_id').orderBy('t.rank').execute();
  return { items: rows.map((r) => toTarget(ctx, p, r)) };
}
