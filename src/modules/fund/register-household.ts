import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { checkHousehold, duplicateHead } from './check-household.js';
import { requireFundRead } from './fund-access.js';
import { lockFund, nextNo } from './fund.repository.js';
import { findHousehold } from './household.repository.js';
import type { THousehold, THouseholdInput } from './household.schemas.js';
import { householdAuditView, toHousehold } from './household-view.js';

export async function replaceMembers(trx: Transaction<DB>, householdId: string, input: THouseholdInput) {
  await trx.deleteFrom('fund_household_member').where('household_id', '=', householdId).execute();
  if (input.members.length === 0) return;
  await trx
    .insertInto('fund_household_member')
    .values(
      input.members.map((m, i) => ({
        household_id: householdId,
        seq: i + 1,
        title: m.title,
        first_name: m.firstName,
        last_name: m.lastName,
        relation: m.relation,
        birth_year_be: m.birthYearBe,
      })),
    )
    .execute();
}

/**
 * A district office registers a household it surveyed (seed 000 §3.5): head of household, members,
 * address down to the village, the TPMAP flag with the basic-needs indicators it fails, the
 * vulnerability category and what it needs. Only for villages in the office's own district.
 */
export async function registerHousehold(
  ctx: UseCaseContext,
  fundId: string,
  input: THouseholdInput,
  idempotencyKey?: string,
): Promise<THousehold> {
  return idempotentWrite(
    ctx,
    { idempotencyKey, operation: 'fund_household.register', request: { fundId, ...input } },
    async (trx) => {
      // The fund's row orders household numbers: a concurrent registration waits here.
      const fund = await lockFund(trx, fundId);
      requireFundRead(ctx.actor, fund);
      const checked = await checkHousehold(trx, ctx, fund, input);
      const dup = await trx
        .selectFrom('fund_household')
        .select('household_no')
        .where('fund_id', '=', fund.id)
        .where('head_thai_id', '=', checked.thaiId)
        .executeTakeFirst();
      if (dup) throw duplicateHead(dup.household_no);
      const householdNo = await nextNo(trx, 'fund_household', fund.id);
      const now = ctx.clock.now();
      const { id } = await trx
        .insertInto('fund_household')
        .values({
          fund_id: fund.id,
          household_no: householdNo,
          district_id: checked.districtId,
          village_id: input.villageId,
          house_no: input.houseNo,
          head_title: input.head.title,
          head_first_name: input.head.firstName,
          head_last_name: input.head.lastName,
          head_thai_id: checked.thaiId,
          phone: input.phone,
          tpmap: input.tpmap,
          failed_indicators: JSON.stringify(input.failedIndicators),
          vulnerability: input.vulnerability,
          needs_th: input.needsTh,
          surveyed_on: checked.surveyedOn,
          created_by: ctx.actor.userId,
          created_at: now,
          updated_by: ctx.actor.userId,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await replaceMembers(trx, id, input);
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'fund_household.register',
        entityType: 'fund_household',
        entityId: id,
        orgUnitId: checked.districtId,
        after: householdAuditView(input, checked.thaiId),
        requestId: ctx.requestId,
      });
      return toHousehold(trx, ctx.actor, (await findHousehold(trx, id))!);
    },
  );
}
