import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireFundManage } from './fund-access.js';
import { findFund, fullName, reversedEntries } from './fund.repository.js';
import type { TCollection } from './fund.schemas.js';

type Q = Kysely<DB> | Transaction<DB>;

async function collectionsOf(db: Q, fundId: string, only?: number): Promise<TCollection[]> {
  let q = db.selectFrom('fund_collection').selectAll().where('fund_id', '=', fundId);
  if (only !== undefined) q = q.where('collection_no', '=', only);
  const events = await q.orderBy('collection_no').execute();
  if (events.length === 0) return [];
  const counts = await db
    .selectFrom('fund_count as n')
    .innerJoin('fund_participant as fp', (j) =>
      j.onRef('fp.fund_id', '=', 'n.fund_id').onRef('fp.participant_no', '=', 'n.participant_no'),
    )
    .innerJoin('person as p', 'p.id', 'fp.person_id')
    .innerJoin('org_unit as u', 'u.id', 'fp.org_unit_id')
    .innerJoin('person as w1', 'w1.id', 'n.witness1_person_id')
    .innerJoin('person as w2', 'w2.id', 'n.witness2_person_id')
    .select([
      'n.collection_no',
      'n.participant_no',
      'n.amount',
      'p.id as person_id',
      'p.title',
      'p.first_name',
      'p.last_name',
      'u.id as unit_id',
      'u.name_th as unit_name_th',
      'w1.id as w1_id',
      'w1.title as w1_title',
      'w1.first_name as w1_first',
      'w1.last_name as w1_last',
      'w2.id as w2_id',
      'w2.title as w2_title',
      'w2.first_name as w2_first',
      'w2.last_name as w2_last',
    ])
    .where('n.fund_id', '=', fundId)
    .where(
      'n.collection_no',
      'in',
      events.map((e) => e.collection_no),
    )
    .orderBy('n.collection_no')
    .orderBy('n.participant_no')
    .execute();
  const reversed = await reversedEntries(db, fundId);
  return events.map((e) => {
    const mine = counts.filter((c) => c.collection_no === e.collection_no);
    return {
      collectionNo: e.collection_no,
      collectedOn: e.collected_on,
      place: e.place,
      note: e.note,
      entryNo: Number(e.entry_no),
      reversedByEntryNo: reversed.get(Number(e.entry_no)) ?? null,
      total: satang(mine.reduce((s, c) => s + Number(c.amount), 0)),
      counts: mine.map((c) => ({
        participantNo: c.participant_no,
        person: { id: c.person_id, nameTh: fullName(c) },
        unit: { id: c.unit_id, nameTh: c.unit_name_th },
        amount: satang(Number(c.amount)),
        witnesses: [
          { id: c.w1_id, nameTh: fullName({ title: c.w1_title, first_name: c.w1_first, last_name: c.w1_last }) },
          { id: c.w2_id, nameTh: fullName({ title: c.w2_title, first_name: c.w2_first, last_name: c.w2_last }) },
        ],
      })),
    };
  });
}

export async function collectionDto(db: Q, fundId: string, collectionNo: number): Promise<TCollection> {
  const [c] = await collectionsOf(db, fundId, collectionNo);
  if (!c) throw notFound();
  return c;
}

/** Every count names a participant, so the collections are for those who run the fund. */
async function managedFund(ctx: UseCaseContext, fundId: string) {
  const fund = await findFund(ctx.db, fundId);
  requireFundManage(ctx.actor, fund);
  return fund;
}

export async function listCollections(ctx: UseCaseContext, fundId: string): Promise<{ items: TCollection[] }> {
  const fund = await managedFund(ctx, fundId);
  return { items: await collectionsOf(ctx.db, fund.id) };
}

export async function getCollection(ctx: UseCaseContext, fundId: string, no: number): Promise<TCollection> {
  const fund = await managedFund(ctx, fundId);
  return collectionDto(ctx.db, fund.id, no);
}
