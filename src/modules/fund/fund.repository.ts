// Typed SQL for the fund, its participants and its books; no rules here.
import { sql, type Kysely, type Transaction } from 'kysely';
import { likePrefix } from '../../db/like.js';
import type { DB } from '../../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

export const fullName = (p: { title: string; first_name: string; last_name: string }) =>
  `${p.title}${p.first_name} ${p.last_name}`;

function fundSelect(db: Q) {
  return db
    .selectFrom('staff_fund as f')
    .innerJoin('org_unit as o', 'o.id', 'f.org_unit_id')
    .selectAll('f')
    .select(['o.path as org_path', 'o.name_th as org_name_th']);
}
export type FundRow = Awaited<ReturnType<ReturnType<typeof fundSelect>['executeTakeFirstOrThrow']>>;

export function findFund(db: Q, id: string): Promise<FundRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(undefined);
  return fundSelect(db).where('f.id', '=', id).executeTakeFirst();
}

/** Locks the fund's row (its book) for the rest of the transaction: one posting at a time. */
export function lockFund(trx: Transaction<DB>, id: string): Promise<FundRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(undefined);
  return fundSelect(trx).where('f.id', '=', id).forUpdate('f').executeTakeFirst();
}

/** Funds run at, above or below any of `roots` (a district sees its province's fund). */
export function listFundRows(db: Q, roots: readonly string[]) {
  if (roots.length === 0) return Promise.resolve([]);
  return fundSelect(db)
    .where((eb) =>
      eb.or(
        roots.flatMap((root) => [eb('o.path', 'like', likePrefix(root)), sql<boolean>`${root} LIKE o.path || '%'`]),
      ),
    )
    .orderBy('f.starts_on', 'desc')
    .execute();
}

/** Balance (sum of lines) of every account of a fund, and of 3101 per participant. */
export async function accountBalances(db: Q, fundId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('fund_journal_line')
    .select(['account_code', sql<string>`sum(amount)`.as('balance')])
    .where('fund_id', '=', fundId)
    .groupBy('account_code')
    .execute();
  return new Map(rows.map((r) => [r.account_code, Number(r.balance)]));
}

export async function participantSavings(db: Q, fundId: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('fund_journal_line')
    .select(['participant_no', sql<string>`sum(amount)`.as('balance')])
    .where('fund_id', '=', fundId)
    .where('account_code', '=', '3101')
    .groupBy('participant_no')
    .execute();
  return new Map(rows.map((r) => [r.participant_no!, -Number(r.balance)]));
}

export function participantRows(db: Q, fundId: string) {
  return db
    .selectFrom('fund_participant as fp')
    .innerJoin('person as p', 'p.id', 'fp.person_id')
    .innerJoin('org_unit as u', 'u.id', 'fp.org_unit_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .select([
      'fp.participant_no',
      'fp.person_id',
      'fp.org_unit_id',
      'fp.joined_on',
      'p.title',
      'p.first_name',
      'p.last_name',
      'pos.name_th as position_name_th',
      'u.path as unit_path',
      'u.name_th as unit_name_th',
      'u.kind as unit_kind',
    ])
    .where('fp.fund_id', '=', fundId)
    .orderBy('fp.participant_no')
    .execute();
}
export type ParticipantRow = Awaited<ReturnType<typeof participantRows>>[number];

export async function nextNo(
  trx: Transaction<DB>,
  table: 'fund_collection' | 'fund_deposit' | 'fund_payout' | 'fund_participant' | 'fund_household',
  fundId: string,
): Promise<number> {
  const column = {
    fund_collection: 'collection_no',
    fund_deposit: 'deposit_no',
    fund_payout: 'payout_no',
    fund_participant: 'participant_no',
    fund_household: 'household_no',
  }[table];
  const r = await sql<{ n: number }>`SELECT coalesce(max(${sql.ref(column)}), 0)::int + 1 AS n FROM ${sql.table(
    table,
  )} WHERE fund_id = ${fundId}`.execute(trx);
  return Number(r.rows[0]!.n);
}

/** People by id with their org path (witnesses, participants to add). */
export function peopleByIds(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.org_unit_id')
    .leftJoin('position as pos', 'pos.code', 'p.position_code')
    .select([
      'p.id',
      'p.title',
      'p.first_name',
      'p.last_name',
      'p.org_unit_id',
      'u.path',
      'u.kind as unit_kind',
      'pos.is_staff',
    ])
    .where('p.id', 'in', [...new Set(ids)])
    .execute();
}

/** Entries that have been reversed, by the entry that reversed them. */
export async function reversedEntries(db: Q, fundId: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('fund_journal_entry')
    .select(['entry_no', 'reverses_entry_no'])
    .where('fund_id', '=', fundId)
    .where('reverses_entry_no', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [Number(r.reverses_entry_no), Number(r.entry_no)]));
}
