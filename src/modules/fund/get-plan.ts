import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import { maskThaiId } from '../../kernel/thai-id.js';
import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import type { Actor } from '../access/index.js';
import type { TPlan } from './assistance.schemas.js';
import { findPlan, paidByItem, planItemRows, planSteps, type PlanRow } from './assistance.repository.js';
import { canReadFund, canReadHousehold, requireFundRead } from './fund-access.js';
import { findFund, fullName, type FundRow } from './fund.repository.js';
import { householdsByIds } from './household.repository.js';

type Q = Kysely<DB> | Transaction<DB>;

export async function planDto(db: Q, actor: Actor, plan: PlanRow): Promise<TPlan> {
  const [items, steps, paid] = await Promise.all([
    planItemRows(db, [plan.id]),
    planSteps(db, plan.id),
    paidByItem(db, plan.fund_id),
  ]);
  // Personal data only for those who may read each household; the approver sees the district,
  // the help and the money.
  const readable = items.filter((i) => canReadHousehold(actor, { district_path: i.district_path }));
  const households = new Map(
    (
      await householdsByIds(
        db,
        readable.map((i) => i.household_id),
      )
    ).map((h) => [h.id, h]),
  );
  const current = steps.find((s) => s.step_no === plan.current_step);
  let total = 0;
  let paidTotal = 0;
  return {
    id: plan.id,
    fundId: plan.fund_id,
    titleTh: plan.title_th,
    status: plan.status,
    currentStep: plan.current_step,
    approvedAt: plan.approved_at ? new Date(plan.approved_at).toISOString() : null,
    items: items.map((i) => {
      const h = households.get(i.household_id);
      const itemPaid = paid.get(`${plan.id}:${i.item_no}`) ?? 0;
      total += Number(i.approved_cost);
      paidTotal += itemPaid;
      return {
        itemNo: i.item_no,
        proposalItemId: i.proposal_item_id,
        district: { id: i.district_id, nameTh: i.district_name_th },
        household: h
          ? {
              id: h.id,
              householdNo: h.household_no,
              headName: fullName({ title: h.head_title, first_name: h.head_first_name, last_name: h.head_last_name }),
              headThaiIdMasked: maskThaiId(h.head_thai_id),
              village: h.village_name_th,
            }
          : null,
        helpKind: i.help_kind,
        helpTh: i.help_th,
        proposedCost: satang(Number(i.proposed_cost)),
        approvedCost: satang(Number(i.approved_cost)),
        paid: satang(itemPaid),
      };
    }),
    total: satang(total),
    paid: satang(paidTotal),
    chain: steps.map((s) => ({
      stepNo: s.step_no,
      role: s.role,
      signer: { userId: s.signer_user_id, nameTh: fullName(s) },
      positionLine: s.position_line,
      signedAt: s.signed_at ? new Date(s.signed_at).toISOString() : null,
      signedOn: s.signed_on,
      comment: s.comment,
    })),
    canSign: current?.signer_user_id === actor.userId,
  };
}

/** Fund readers see plans (the provincial head approves one); a signer sees the plan they sign. */
export async function readablePlan(db: Q, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const plan = await findPlan(db, id, opts);
  if (!plan) throw notFound();
  const fund = (await findFund(db, plan.fund_id)) as FundRow;
  const signer = (await planSteps(db, plan.id)).some((s) => s.signer_user_id === actor.userId);
  if (!canReadFund(actor, fund) && !signer) throw notFound();
  return { plan, fund };
}

export async function getPlan(ctx: UseCaseContext, id: string): Promise<TPlan> {
  const { plan } = await readablePlan(ctx.db, ctx.actor, id);
  return planDto(ctx.db, ctx.actor, plan);
}

export async function listPlans(ctx: UseCaseContext, fundId: string): Promise<{ items: TPlan[] }> {
  const fund = await findFund(ctx.db, fundId);
  requireFundRead(ctx.actor, fund);
  const plans = await ctx.db
    .selectFrom('fund_plan')
    .selectAll()
    .where('fund_id', '=', fund.id)
    .orderBy('created_at')
    .execute();
  return { items: await Promise.all(plans.map((p) => planDto(ctx.db, ctx.actor, p))) };
}
