import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../access/index.js';
import { inScope } from '../access/index.js';
import { likeContains } from '../../db/like.js';

type Q = Kysely<DB> | Transaction<DB>;

function baseSelect(db: Q) {
  return db
    .selectFrom('org_unit as o')
    .select([
      'o.id',
      'o.kind',
      'o.parent_id',
      'o.path',
      'o.name_th',
      'o.name_en',
      'o.letter_prefix',
      'o.has_office',
      'o.village_no',
      (eb) =>
        eb
          .selectFrom('org_unit as c')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('c.parent_id', '=', 'o.id')
          .as('child_count'),
    ]);
}
export type OrgUnitRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export function findUnit(db: Q, id: string) {
  return baseSelect(db).where('o.id', '=', id).executeTakeFirst();
}

export function findUnits(db: Q, ids: readonly string[]) {
  if (!ids.length) return Promise.resolve([]);
  return baseSelect(db).where('o.id', 'in', ids).orderBy('o.path').execute();
}

export function listChildren(db: Q, parentId: string) {
  return baseSelect(db)
    .where('o.parent_id', '=', parentId)
    .orderBy(sql`o.village_no NULLS FIRST`)
    .orderBy('o.name_th')
    .execute();
}

export function searchInScope(db: Q, actor: Actor, text: string, limit: number) {
  const pattern = likeContains(text);
  return baseSelect(db)
    .where((eb) =>
      eb.and([
        inScope(eb, eb.ref('o.path'), actor, 'org:read'),
        eb.or([eb('o.name_th', 'like', pattern), eb('o.name_en', 'ilike', pattern)]),
      ]),
    )
    .orderBy(sql`length(o.path)`)
    .orderBy('o.name_th')
    .limit(limit)
    .execute();
}

/** Ancestors from the top down, found by the path's segments. */
export function listAncestors(db: Q, path: string) {
  const ids = path.split('/').filter(Boolean).slice(0, -1);
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .select(['id', 'kind', 'name_th'])
    .where('id', 'in', ids)
    .orderBy(sql`length(path)`)
    .execute();
}
