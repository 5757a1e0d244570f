// Typed SQL for proposals, plans and payouts; no rules here.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Q = Kysely<DB> | Transaction<DB>;

export function proposalRows(db: Q, fundId: string, districtId?: string) {
  let q = db
    .selectFrom('fund_proposal as p')
    .innerJoin('org_unit as d', 'd.id', 'p.district_id')
    .selectAll('p')
    .select(['d.name_th as district_name_th', 'd.path as district_path'])
    .where('p.fund_id', '=', fundId);
  if (districtId) q = q.where('p.district_id', '=', districtId);
  return q.orderBy('p.district_id').execute();
}
export type ProposalRow = Awaited<ReturnType<typeof proposalRows>>[number];

/** Proposed items with their proposal's district and whether a plan includes them. */
export function proposalItemRows(db: Q, proposalIds: readonly string[]) {
  if (proposalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('fund_proposal_item as i')
    .innerJoin('fund_proposal as p', 'p.id', 'i.proposal_id')
    .innerJoin('org_unit as d', 'd.id', 'p.district_id')
    .leftJoin('fund_plan_item as pi', 'pi.proposal_item_id', 'i.id')
    .selectAll('i')
    .select(['p.fund_id', 'p.district_id', 'd.name_th as district_name_th', 'd.path as district_path', 'pi.plan_id'])
    .where('i.proposal_id', 'in', [...proposalIds])
    .orderBy('p.district_id')
    .orderBy('i.sort_order')
    .execute();
}

export function itemsByIds(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('fund_proposal_item as i')
    .innerJoin('fund_proposal as p', 'p.id', 'i.proposal_id')
    .innerJoin('org_unit as d', 'd.id', 'p.district_id')
    .leftJoin('fund_plan_item as pi', 'pi.proposal_item_id', 'i.id')
    .selectAll('i')
    .select(['p.fund_id', 'p.district_id', 'd.name_th as district_name_th', 'd.path as district_path', 'pi.plan_id'])
    .where('i.id', 'in', [...ids])
    .execute();
}
export type ProposalItemRow = Awaited<ReturnType<typeof itemsByIds>>[number];

export function findPlan(db: Q, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(undefined);
  let q = db.selectFrom('fund_plan').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export function planItemRows(db: Q, planIds: readonly string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('fund_plan_item as pi')
    .innerJoin('fund_proposal_item as i', 'i.id', 'pi.proposal_item_id')
    .innerJoin('fund_proposal as p', 'p.id', 'i.proposal_id')
    .innerJoin('org_unit as d', 'd.id', 'p.district_id')
    .select([
      'pi.plan_id',
      'pi.item_no',
      'pi.approved_cost',
      'pi.proposal_item_id',
      'i.household_id',
      'i.help_kind',
      'i.help_th',
      'i.cost as proposed_cost',
      'p.district_id',
      'd.name_th as district_name_th',
      'd.path as district_path',
    ])
    .where('pi.plan_id', 'in', [...planIds])
    .orderBy('pi.plan_id')
    .orderBy('pi.item_no')
    .execute();
}
export type PlanItemRow = Awaited<ReturnType<typeof planItemRows>>[number];

export function planSteps(db: Q, planId: string) {
  return db
    .selectFrom('fund_plan_step as s')
    .innerJoin('user_account as u', 'u.id', 's.signer_user_id')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .selectAll('s')
    .select(['p.title', 'p.first_name', 'p.last_name'])
    .where('s.plan_id', '=', planId)
    .orderBy('s.step_no')
    .execute();
}
export type PlanStepRow = Awaited<ReturnType<typeof planSteps>>[number];

/** Payouts that stand (their entry not reversed), per plan item (or for one plan item). */
export async function paidByItem(
  db: Q,
  fundId: string,
  only?: { planId: string; itemNo: number },
): Promise<Map<string, number>> {
  let q = db
    .selectFrom('fund_payout as o')
    .leftJoin('fund_journal_entry as r', (j) =>
      j.onRef('r.fund_id', '=', 'o.fund_id').onRef('r.reverses_entry_no', '=', 'o.entry_no'),
    )
    .select(['o.plan_id', 'o.item_no', (eb) => eb.fn.sum<string>('o.amount').as('paid')])
    .where('o.fund_id', '=', fundId)
    .where('r.entry_no', 'is', null)
    .groupBy(['o.plan_id', 'o.item_no']);
  if (only) q = q.where('o.plan_id', '=', only.planId).where('o.item_no', '=', only.itemNo);
  const rows = await q.execute();
  return new Map(rows.map((r) => [`${r.plan_id}:${r.item_no}`, Number(r.paid)]));
}

export function payoutRows(db: Q, fundId: string, only?: readonly number[]) {
  let q = db
    .selectFrom('fund_payout as o')
    .innerJoin('fund_plan_item as pi', (j) =>
      j.onRef('pi.plan_id', '=', 'o.plan_id').onRef('pi.item_no', '=', 'o.item_no'),
    )
    .innerJoin('fund_proposal_item as i', 'i.id', 'pi.proposal_item_id')
    .innerJoin('fund_proposal as p', 'p.id', 'i.proposal_id')
    .innerJoin('org_unit as d', 'd.id', 'p.district_id')
    .leftJoin('fund_journal_entry as r', (j) =>
      j.onRef('r.fund_id', '=', 'o.fund_id').onRef('r.reverses_entry_no', '=', 'o.entry_no'),
    )
    .selectAll('o')
    .select([
      'i.household_id',
      'i.help_kind',
      'p.district_id',
      'd.name_th as district_name_th',
      'd.path as district_path',
      'r.entry_no as reversed_by',
    ])
    .where('o.fund_id', '=', fundId)
    .orderBy('o.payout_no');
  if (only) q = q.where('o.payout_no', 'in', only.length ? [...only] : [0]);
  return q.execute();
}
export type PayoutRow = Awaited<ReturnType<typeof payoutRows>>[number];
