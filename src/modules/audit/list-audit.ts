import { sql } from 'kysely';
import type { UseCaseContext } from '../../server/context.js';
import { inScope } from '../access/index.js';

/**
 * The audit trail the caller may read: entries whose org unit lies in their audit:read scope,
 * newest first. Entries without an org unit (logins, password changes) are visible at HQ only.
 */
export async function listAudit(
  ctx: UseCaseContext,
  q: {
    entityType?: string | undefined;
    entityId?: string | undefined;
    orgUnitId?: string | undefined;
    before?: number | undefined;
    limit: number;
  },
) {
  const rows = await ctx.db
    .selectFrom('audit_log as a')
    .leftJoin('org_unit as o', 'o.id', 'a.org_unit_id')
    .leftJoin('user_account as u', 'u.id', 'a.actor_user_id')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .select([
      'a.id',
      'a.at',
      'a.actor_user_id',
      'a.action',
      'a.entity_type',
      'a.entity_id',
      'a.org_unit_id',
      'a.before',
      'a.after',
      sql<string | null>`p.title || p.first_name || ' ' || p.last_name`.as('actor_name'),
    ])
    .where((eb) =>
      eb.and([
        eb.or([
          inScope(eb, eb.ref('o.path'), ctx.actor, 'audit:read'),
          eb.and([eb('a.org_unit_id', 'is', null), inScope(eb, sql<string>`'/TH/'`, ctx.actor, 'audit:read')]),
        ]),
        ...(q.entityType ? [eb('a.entity_type', '=', q.entityType)] : []),
        ...(q.entityId ? [eb('a.entity_id', '=', q.entityId)] : []),
        ...(q.orgUnitId ? [eb('a.org_unit_id', '=', q.orgUnitId)] : []),
        ...(q.before ? [eb('a.id', '<', String(q.before))] : []),
      ]),
    )
    .orderBy('a.id', 'desc')
    .limit(q.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    orgUnitId: r.org_unit_id,
    before: r.before ?? null,
    after: r.after ?? null,
  }));
}
