import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { addDays, civilDate, compareDates, daysBetween, type CivilDate } from '../../kernel/dates.js';
import { notFound } from '../../kernel/errors.js';
import { mulInt, satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import type { Actor } from '../access/index.js';
import { areaName } from '../org/index.js';
import { canReadParticipant, requireFundRead } from './fund-access.js';
import {
  findFund,
  fullName,
  participantRows,
  participantSavings,
  type FundRow,
  type ParticipantRow,
} from './fund.repository.js';
import type { TParticipant, TParticipantStatement } from './fund.schemas.js';

type Q = Kysely<DB> | Transaction<DB>;

/** Counts of collections that stand (not reversed), with their dates and witnesses. */
export function standingCounts(db: Q, fundId: string) {
  return db
    .selectFrom('fund_count as n')
    .innerJoin('fund_collection as c', (j) =>
      j.onRef('c.fund_id', '=', 'n.fund_id').onRef('c.collection_no', '=', 'n.collection_no'),
    )
    .leftJoin('fund_journal_entry as r', (j) =>
      j.onRef('r.fund_id', '=', 'c.fund_id').onRef('r.reverses_entry_no', '=', 'c.entry_no'),
    )
    .select([
      'n.participant_no',
      'n.collection_no',
      'n.amount',
      'n.witness1_person_id',
      'n.witness2_person_id',
      'c.collected_on',
      'r.entry_no as reversed_by',
    ])
    .where('n.fund_id', '=', fundId)
    .orderBy('c.collected_on')
    .orderBy('n.collection_no')
    .execute();
}

/** At least the pledge for every day from joining (or the start) to the day of the last count. */
export function expectedSavings(fund: FundRow, joinedOn: string, lastCount: CivilDate | null) {
  if (!lastCount) return satang(0);
  const from = civilDate(compareDates(civilDate(joinedOn), civilDate(fund.starts_on)) > 0 ? joinedOn : fund.starts_on);
  const to = compareDates(lastCount, civilDate(fund.ends_on)) > 0 ? civilDate(fund.ends_on) : lastCount;
  const days = Math.max(0, daysBetween(from, addDays(to, 1)));
  return mulInt(satang(Number(fund.pledge_per_day)), days);
}

function toParticipant(
  fund: FundRow,
  p: ParticipantRow,
  saved: number,
  counts: { collected_on: string }[],
): TParticipant {
  const last = counts.at(-1)?.collected_on;
  const expected = expectedSavings(fund, p.joined_on, last ? civilDate(last) : null);
  return {
    participantNo: p.participant_no,
    person: { id: p.person_id, nameTh: fullName(p) },
    positionNameTh: p.position_name_th,
    unit: { id: p.org_unit_id, nameTh: areaName(p.unit_kind, p.unit_name_th), kind: p.unit_kind },
    joinedOn: p.joined_on,
    saved: satang(saved),
    counted: counts.length,
    expected,
    keepsPledge: counts.length > 0 && saved >= expected,
  };
}

/** The participants the actor may see (or all, for aggregate figures), with what each has saved. */
export async function participantsOf(db: Q, actor: Actor | 'all', fund: FundRow): Promise<TParticipant[]> {
  const [rows, saved, counts] = await Promise.all([
    participantRows(db, fund.id),
    participantSavings(db, fund.id),
    standingCounts(db, fund.id),
  ]);
  const byParticipant = new Map<number, { collected_on: string }[]>();
  for (const c of counts) {
    if (c.reversed_by !== null) continue;
    const list = byParticipant.get(c.participant_no) ?? byParticipant.set(c.participant_no, []).get(c.participant_no)!;
    list.push(c);
  }
  return rows
    .filter((p) => actor === 'all' || canReadParticipant(actor, fund, p))
    .map((p) => toParticipant(fund, p, saved.get(p.participant_no) ?? 0, byParticipant.get(p.participant_no) ?? []));
}

export async function listParticipants(ctx: UseCaseContext, fundId: string): Promise<{ items: TParticipant[] }> {
  const fund = await findFund(ctx.db, fundId);
  requireFundRead(ctx.actor, fund);
  return { items: await participantsOf(ctx.db, ctx.actor, fund) };
}

/** One participant's piggy-bank counts with a running total: their statement. */
export async function participantStatement(
  ctx: UseCaseContext,
  fundId: string,
  participantNo: number,
): Promise<TParticipantStatement> {
  const fund = await findFund(ctx.db, fundId);
  requireFundRead(ctx.actor, fund);
  const participant = (await participantsOf(ctx.db, ctx.actor, fund)).find((p) => p.participantNo === participantNo);
  if (!participant) throw notFound();
  const counts = (await standingCounts(ctx.db, fund.id)).filter((c) => c.participant_no === participantNo);
  const witnessIds = counts.flatMap((c) => [c.witness1_person_id, c.witness2_person_id]);
  const names = new Map(
    (witnessIds.length
      ? await ctx.db
          .selectFrom('person')
          .select(['id', 'title', 'first_name', 'last_name'])
          .where('id', 'in', witnessIds)
          .execute()
      : []
    ).map((p) => [p.id, fullName(p)]),
  );
  let running = 0;
  const rows = counts.map((c) => {
    const reversed = c.reversed_by !== null;
    if (!reversed) running += Number(c.amount);
    return {
      collectionNo: c.collection_no,
      collectedOn: c.collected_on,
      amount: satang(Number(c.amount)),
      runningTotal: satang(running),
      witnesses: [c.witness1_person_id, c.witness2_person_id].map((id) => ({ id, nameTh: names.get(id) ?? '' })),
      reversed,
    };
  });
  return {
    fund: { id: fund.id, nameTh: fund.name_th },
    participant,
    pledgePerDay: satang(Number(fund.pledge_per_day)),
    rows,
  };
}
