import type { UseCaseContext } from '../../server/context.js';
import { inScope } from '../access/index.js';
import { bangkokDay } from './election-window.js';
import { officeName, rollSizes } from './votes.repository.js';
import type { TElectionSummary } from './votes.schemas.js';

/** Elections organised by offices in the actor's programs:read scope, latest window first. */
export async function listElections(ctx: UseCaseContext): Promise<{ items: TElectionSummary[] }> {
  const rows = await ctx.db
    .selectFrom('election as e')
    .innerJoin('org_unit as o', 'o.id', 'e.org_unit_id')
    .select([
      'e.id',
      'e.title',
      'e.status',
      'e.opens_at',
      'e.closes_at',
      'e.org_unit_id',
      'o.kind as org_kind',
      'o.name_th as org_name_th',
      (eb) =>
        eb
          .selectFrom('election_category as c')
          .select((x) => x.fn.countAll<string>().as('n'))
          .whereRef('c.election_id', '=', 'e.id')
          .as('categories'),
    ])
    .where((eb) => inScope(eb, eb.ref('o.path'), ctx.actor, 'programs:read'))
    .orderBy('e.opens_at', 'desc')
    .orderBy('e.created_at', 'desc')
    .limit(500)
    .execute();
  const rolls = await rollSizes(
    ctx.db,
    rows.filter((r) => r.status !== 'draft').map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      organiser: { id: r.org_unit_id, nameTh: officeName(r.org_kind, r.org_name_th) },
      title: r.title,
      opensOn: bangkokDay(r.opens_at),
      closesOn: bangkokDay(r.closes_at),
      status: r.status,
      rollSize: r.status === 'draft' ? null : (rolls.get(r.id) ?? 0),
      categoryCount: Number(r.categories ?? 0),
    })),
  };
}
