import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import { ROLES, type Actor } from '../access/index.js';
import type { TMe } from './auth.schemas.js';

export async function getMe(db: Kysely<DB>, actor: Actor): Promise<TMe> {
  const row = await db
    .selectFrom('user_account as u')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .select([
      'u.id',
      'u.username',
      'u.must_change_password',
      'p.id as person_id',
      'p.title',
      'p.first_name',
      'p.last_name',
      'pos.name_th as position_name_th',
      'o.id as org_unit_id',
      'o.name_th as org_unit_name_th',
      'o.kind as org_unit_kind',
    ])
    .where('u.id', '=', actor.userId)
    .executeTakeFirst();
  if (!row) throw notFound();
  const grantUnits = new Map(
    (actor.grants.length
      ? await db
          .selectFrom('org_unit')
          .select(['id', 'name_th', 'kind'])
          .where(
            'id',
            'in',
            actor.grants.map((g) => g.orgUnitId),
          )
          .execute()
      : []
    ).map((u) => [u.id, u]),
  );
  return {
    id: row.id,
    username: row.username,
    mustChangePassword: row.must_change_password,
    person: {
      id: row.person_id,
      title: row.title,
      firstName: row.first_name,
      lastName: row.last_name,
      positionNameTh: row.position_name_th,
      orgUnitId: row.org_unit_id,
      orgUnitNameTh: row.org_unit_name_th,
      orgUnitKind: row.org_unit_kind,
    },
    roles: actor.grants.map((g) => {
      const unit = grantUnits.get(g.orgUnitId);
      if (!unit) throw new Error(`grant on missing org unit ${g.orgUnitId}`);
      return {
        role: g.role,
        roleNameTh: ROLES[g.role].nameTh,
        orgUnitId: g.orgUnitId,
        orgUnitNameTh: unit.name_th,
        orgUnitKind: unit.kind,
      };
    }),
    permissions: [...new Set(actor.grants.flatMap((g) => g.permissions))].sort(),
  };
}
