import { civilDate, compareDates, todayInBangkok } from '../../kernel/dates.js';
import { notFound, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import type { TPayout } from './assistance.schemas.js';
import { payoutRows } from './assistance.repository.js';
import { canReadHousehold, requireFundRead } from './fund-access.js';
import { findFund } from './fund.repository.js';
import { payoutDtos } from './list-payouts.js';

/**
 * A follow-up visit after the help (seed 000 §3.7): how the household is doing. Recorded by the
 * owning district or the province's fund officers, on or after the day the money was paid.
 */
export async function recordFollowUp(
  ctx: UseCaseContext,
  fundId: string,
  payoutNo: number,
  input: { visitedOn: string; outcome: 'improved' | 'unchanged' | 'worse'; noteTh: string },
): Promise<TPayout> {
  return ctx.db.transaction().execute(async (trx) => {
    const fund = await findFund(trx, fundId);
    requireFundRead(ctx.actor, fund);
    const payout = (await payoutRows(trx, fund.id, [payoutNo]))[0];
    if (!payout || !canReadHousehold(ctx.actor, { district_path: payout.district_path })) throw notFound();
    const visitedOn = civilDate(input.visitedOn);
    if (
      compareDates(visitedOn, civilDate(payout.paid_on)) < 0 ||
      compareDates(visitedOn, todayInBangkok(ctx.clock)) > 0
    ) {
      throw validationError([
        {
          path: 'visitedOn',
          messageTh: 'วันที่ติดตามผลต้องไม่ก่อนวันที่จ่ายเงินช่วยเหลือ และไม่เกินวันนี้',
          messageEn: 'Visit date before the payout or in the future',
        },
      ]);
    }
    const { id } = await trx
      .insertInto('fund_follow_up')
      .values({
        fund_id: fund.id,
        payout_no: payoutNo,
        visited_on: visitedOn,
        outcome: input.outcome,
        note_th: input.noteTh,
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'fund_follow_up.record',
      entityType: 'fund_follow_up',
      entityId: id,
      orgUnitId: payout.district_id,
      after: { payoutNo, ...input },
      requestId: ctx.requestId,
    });
    const [dto] = await payoutDtos(trx, fund.id, [payoutNo]);
    return dto!;
  });
}
