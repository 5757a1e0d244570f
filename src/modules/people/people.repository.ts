import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inScope, type Actor } from '../access/index.js';
import { likeContains, likePrefix } from '../../db/like.js';

type Q = Kysely<DB> | Transaction<DB>;

function personSelect(db: Q) {
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .select([
      'p.id',
      'p.title',
      'p.first_name',
      'p.last_name',
      'p.thai_id',
      'p.position_code',
      'pos.name_th as position_name_th',
      'p.org_unit_id',
      'o.name_th as org_unit_name_th',
      'o.kind as org_unit_kind',
      'o.path as org_path',
      'p.phone',
      'p.email',
      'p.version',
      'p.created_at',
      'p.updated_at',
      (eb) =>
        eb
          .selectFrom('person_network as pn')
          .select(sql<string[]>`coalesce(array_agg(pn.network_code ORDER BY pn.network_code), '{}')`.as('codes'))
          .whereRef('pn.person_id', '=', 'p.id')
          .as('networks'),
    ]);
}
export type PersonRow = Awaited<ReturnType<ReturnType<typeof personSelect>['executeTakeFirstOrThrow']>>;

export function findPerson(db: Q, id: string) {
  return personSelect(db).where('p.id', '=', id).executeTakeFirst();
}

export interface PersonFilter {
  actor: Actor;
  underPath?: string | undefined;
  q?: string | undefined;
}

function filtered(db: Q, f: PersonFilter) {
  return personSelect(db).where((eb) => {
    const conds = [inScope(eb, eb.ref('o.path'), f.actor, 'people:read')];
    if (f.underPath) conds.push(eb('o.path', 'like', likePrefix(f.underPath)));
    if (f.q) {
      const digits = f.q.replace(/[\s-]/g, '');
      if (/^\d{13}$/.test(digits)) conds.push(eb('p.thai_id', '=', digits));
      else {
        const pattern = likeContains(f.q);
        conds.push(
          eb.or([
            eb('p.first_name', 'like', pattern),
            eb('p.last_name', 'like', pattern),
            eb(sql`p.first_name || ' ' || p.last_name`, 'like', pattern),
          ]),
        );
      }
    }
    return eb.and(conds);
  });
}

export async function listPeople(db: Q, f: PersonFilter, page: number, pageSize: number) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .orderBy('p.first_name')
      .orderBy('p.last_name')
      .orderBy('p.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, f)
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findPersonIdByThaiId(db: Q, thaiId: string) {
  return db.selectFrom('person').select('id').where('thai_id', '=', thaiId).executeTakeFirst();
}

export async function replaceNetworks(db: Q, personId: string, codes: readonly string[]) {
  await db.deleteFrom('person_network').where('person_id', '=', personId).execute();
  if (codes.length) {
    await db
      .insertInto('person_network')
      .values(codes.map((c) => ({ person_id: personId, network_code: c })))
      .execute();
  }
}

export async function existingCodes(db: Q, table: 'position' | 'network', codes: readonly string[]) {
  if (!codes.length) return new Set<string>();
  const rows = await db.selectFrom(table).select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}
