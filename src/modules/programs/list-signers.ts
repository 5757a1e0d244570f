import { sql, type SqlBool } from 'kysely';
import type { UseCaseContext } from '../../server/context.js';
import { inScope, scopePaths } from '../access/index.js';
import type { TSigner } from './programs.schemas.js';
import { likeContains } from '../../db/like.js';

/**
 * Active accounts to pick a chain's signers from: people in the actor's units and in the offices above
 * them (a district's project is often approved at the province).
 */
export async function listSigners(ctx: UseCaseContext, text: string | undefined): Promise<{ items: TSigner[] }> {
  let q = ctx.db
    .selectFrom('user_account as u')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .select([
      'u.id',
      'u.username',
      'p.title',
      'p.first_name',
      'p.last_name',
      'pos.name_th as position_th',
      'o.name_th as org_name_th',
    ])
    .where('u.is_active', '=', true)
    .where((eb) =>
      eb.or([
        inScope(eb, eb.ref('o.path'), ctx.actor, 'programs:read'),
        ...scopePaths(ctx.actor, 'programs:read').map((root) => sql<SqlBool>`${root} LIKE o.path || '%'`),
      ]),
    )
    .orderBy('p.first_name')
    .orderBy('p.last_name')
    .limit(50);
  if (text) {
    const pattern = likeContains(text);
    q = q.where((eb) =>
      eb.or([
        eb('p.first_name', 'ilike', pattern),
        eb('p.last_name', 'ilike', pattern),
        eb('u.username', 'ilike', pattern),
      ]),
    );
  }
  const rows = await q.execute();
  return {
    items: rows.map((r) => ({
      userId: r.id,
      username: r.username,
      fullName: `${r.title}${r.first_name} ${r.last_name}`,
      positionTh: r.position_th,
      orgUnitNameTh: r.org_name_th,
    })),
  };
}
