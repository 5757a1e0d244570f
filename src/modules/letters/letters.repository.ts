// SQL for letters, their registered copies, the registers' counters and attachments. No rules here.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { LetterSeries } from './letters.tables.js';
import type { MergeUnit } from './merge.js';

type Db = Kysely<DB>;

export interface UnitRow {
  id: string;
  kind: string;
  path: string;
  name_th: string;
  parent_id: string | null;
  letter_prefix: string | null;
}

export function findUnits(db: Db, ids: readonly string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .select(['id', 'kind', 'path', 'name_th', 'parent_id', 'letter_prefix'])
    .where('id', 'in', ids)
    .execute();
}

export async function findUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  return (await findUnits(db, [id]))[0];
}

/** Addressee units with the names of the district and province they sit in (from the path). */
export async function mergeUnits(db: Db, ids: readonly string[]): Promise<(MergeUnit & { path: string })[]> {
  const units = await findUnits(db, ids);
  const ancestorIds = [...new Set(units.flatMap((u) => u.path.split('/').filter(Boolean)))];
  const ancestors = new Map((await findUnits(db, ancestorIds)).map((a) => [a.id, a]));
  const byId = new Map(units.map((u) => [u.id, u]));
  return ids.flatMap((id) => {
    const u = byId.get(id);
    if (!u) return [];
    const chain = u.path
      .split('/')
      .filter(Boolean)
      .map((a) => ancestors.get(a));
    const named = (kind: string) => chain.find((a) => a?.kind === kind)?.name_th ?? null;
    return [
      {
        id: u.id,
        kind: u.kind,
        path: u.path,
        nameTh: u.name_th,
        districtNameTh: named('district'),
        provinceNameTh: named('province'),
      },
    ];
  });
}

export function findPerson(db: Db, id: string) {
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .select(['p.id', 'p.title', 'p.first_name', 'p.last_name', 'o.path'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export function letterRow(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  const q = db
    .selectFrom('letter as l')
    .innerJoin('org_unit as o', 'o.id', 'l.issuing_unit_id')
    .selectAll('l')
    .select(['o.path as issuing_path', 'o.name_th as issuing_name', 'o.kind as issuing_kind'])
    .where('l.id', '=', id);
  return (opts.forUpdate ? q.forUpdate('l') : q).executeTakeFirst();
}
export type LetterRow = NonNullable<Awaited<ReturnType<typeof letterRow>>>;

export function addresseeRefs(db: Db, letterIds: readonly string[]) {
  if (letterIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('letter_addressee as a')
    .innerJoin('org_unit as o', 'o.id', 'a.org_unit_id')
    .select(['a.letter_id', 'o.id', 'o.name_th', 'o.kind'])
    .where('a.letter_id', 'in', letterIds)
    .orderBy('a.letter_id')
    .orderBy('a.position')
    .execute();
}

/** Registered copies with what a register line shows. */
export function copyRows(db: Db) {
  return db
    .selectFrom('letter_copy as c')
    .innerJoin('letter as l', 'l.id', 'c.letter_id')
    .innerJoin('org_unit as iu', 'iu.id', 'c.issuing_unit_id')
    .innerJoin('org_unit as au', 'au.id', 'c.addressee_unit_id')
    .select([
      'c.id',
      'c.letter_id',
      'c.year',
      'c.series',
      'c.running_no',
      'c.book_code',
      'c.salutation',
      'c.body',
      'c.status',
      'c.cancel_reason',
      'c.received_no',
      'c.received_at',
      'l.subject',
      'l.letter_date',
      'l.thai_digits',
      'iu.id as issuing_id',
      'iu.name_th as issuing_name',
      'iu.kind as issuing_kind',
      'iu.path as issuing_path',
      'au.id as addressee_id',
      'au.name_th as addressee_name',
      'au.kind as addressee_kind',
      'au.path as addressee_path',
    ]);
}
export type CopyRow = Awaited<ReturnType<ReturnType<typeof copyRows>['execute']>>[number];

export function bookCodeOf(db: Db, unitId: string) {
  return db.selectFrom('letter_book').select('book_code').where('org_unit_id', '=', unitId).executeTakeFirst();
}

/**
 * Takes `count` consecutive numbers from a register and returns the last. The upsert locks the
 * counter row until the transaction ends, so a concurrent issue waits and then continues after it.
 */
export async function takeNumbers(
  db: Db,
  k: { orgUnitId: string; year: number; series: LetterSeries; count: number },
): Promise<number> {
  const row = await db
    .insertInto('letter_counter')
    .values({ org_unit_id: k.orgUnitId, year: k.year, series: k.series, last_no: k.count })
    .onConflict((oc) =>
      oc
        .columns(['org_unit_id', 'year', 'series'])
        .doUpdateSet((eb) => ({ last_no: eb('letter_counter.last_no', '+', eb.ref('excluded.last_no')) })),
    )
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return row.last_no;
}

export async function attachmentIds(db: Db, letterId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('letter_attachment')
    .select('file_id')
    .where('letter_id', '=', letterId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.file_id);
}
