import { civilDate, compareDates, formatThaiDate, todayInBangkok } from '../../kernel/dates.js';
import { AppError, validationError } from '../../kernel/errors.js';
import { formatBaht, neg, satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import type { TPayout, TPayoutInput } from './assistance.schemas.js';
import { findPlan, paidByItem, planItemRows } from './assistance.repository.js';
import { FUND_ACCOUNTS } from './chart.js';
import { fundWrite } from './fund-write.js';
import { nextNo } from './fund.repository.js';
import { payoutDtos } from './list-payouts.js';

/**
 * The fund pays a planned item (seed 000 §3.6 "ดำเนินการตามแผน"): one entry from the fund's bank
 * account to assistance paid, with the receipt's number; receipts and photos are attached to it.
 * Refused unless the plan is approved, and never more than the item has left or than the fund's
 * balance (deposits − payouts) holds.
 */
export async function recordPayout(
  ctx: UseCaseContext,
  fundId: string,
  input: TPayoutInput,
  idempotencyKey: string | undefined,
): Promise<TPayout> {
  return fundWrite(ctx, { fundId, idempotencyKey, operation: 'fund_payout.record', request: input }, async (tx) => {
    const { trx, fund } = tx;
    const plan = await findPlan(trx, input.planId);
    if (!plan || plan.fund_id !== fund.id) {
      throw validationError([{ path: 'planId', messageTh: 'ไม่พบแผนการให้ความช่วยเหลือนี้', messageEn: 'Unknown plan' }]);
    }
    if (plan.status !== 'approved') {
      throw new AppError({
        code: 'plan_not_approved',
        kind: 'conflict',
        messageTh: 'แผนการให้ความช่วยเหลือยังไม่ได้รับอนุมัติ จึงยังจ่ายเงินไม่ได้',
        messageEn: 'The plan is not approved',
      });
    }
    const item = (await planItemRows(trx, [plan.id])).find((i) => i.item_no === input.itemNo);
    if (!item) {
      throw validationError([{ path: 'itemNo', messageTh: 'ไม่พบรายการนี้ในแผน', messageEn: 'No such item in the plan' }]);
    }
    const paidOn = civilDate(input.paidOn);
    // The Bangkok day the plan was approved on.
    const approvedOn = todayInBangkok({ now: () => new Date(plan.approved_at!) });
    if (compareDates(paidOn, approvedOn) < 0) {
      throw validationError([
        {
          path: 'paidOn',
          messageTh: `วันที่จ่ายต้องไม่ก่อนวันที่แผนได้รับอนุมัติ (${formatThaiDate(approvedOn)})`,
          messageEn: 'Paid before the plan was approved',
        },
      ]);
    }
    const left =
      Number(item.approved_cost) -
      ((await paidByItem(trx, fund.id, { planId: plan.id, itemNo: item.item_no })).get(`${plan.id}:${item.item_no}`) ??
        0);
    if (input.amount > left) {
      throw validationError(
        [
          {
            path: 'amount',
            messageTh: `รายการนี้อนุมัติไว้ ${formatBaht(satang(Number(item.approved_cost)))} บาท คงเหลือจ่ายได้ ${formatBaht(satang(left))} บาท`,
            messageEn: 'More than the item has left',
          },
        ],
        'payout_exceeds_item',
      );
    }
    const amount = satang(input.amount);
    const payoutNo = await nextNo(trx, 'fund_payout', fund.id);
    // The bank never goes below zero (fund-books.ts, and the database): a payout larger than the
    // fund's balance stops here with the balance in the message.
    const [entryNo] = await tx.post(
      [
        {
          postedOn: paidOn,
          kind: 'payout',
          memo: `จ่ายเงินช่วยเหลือ ${item.district_name_th} ตามแผนรายการที่ ${item.item_no} ใบสำคัญรับเงินเลขที่ ${input.receiptNo}`,
          lines: [
            { account: FUND_ACCOUNTS.assistance, amount },
            { account: FUND_ACCOUNTS.bank, amount: neg(amount) },
          ],
        },
      ],
      'paidOn',
    );
    await trx
      .insertInto('fund_payout')
      .values({
        fund_id: fund.id,
        payout_no: payoutNo,
        plan_id: plan.id,
        item_no: item.item_no,
        paid_on: paidOn,
        amount,
        receipt_no: input.receiptNo,
        entry_no: entryNo!,
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.clock.now(),
      })
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'fund_payout.record',
      entityType: 'staff_fund',
      entityId: `${fund.id}:payout:${payoutNo}`,
      orgUnitId: fund.org_unit_id,
      after: { payoutNo, entryNo, ...input },
      requestId: ctx.requestId,
    });
    const [dto] = await payoutDtos(trx, fund.id, [payoutNo]);
    return dto!;
  });
}
