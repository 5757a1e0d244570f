import { civilDate } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';
import { formatBaht, neg, satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { FUND_ACCOUNTS } from './chart.js';
import { requireFundManage } from './fund-access.js';
import { fundWrite } from './fund-write.js';
import { findFund, nextNo, reversedEntries } from './fund.repository.js';
import type { TDeposit, TDepositInput } from './fund.schemas.js';

/**
 * The counted cash goes to the bank (seed 000 §3.4 ๒ "นำฝากธนาคาร"): one entry moving it from
 * cash awaiting deposit to the fund's bank account, with the pay-in slip's reference and date.
 * More than the cash on hand is refused; a slip reference is used once.
 */
export async function recordDeposit(
  ctx: UseCaseContext,
  fundId: string,
  input: TDepositInput,
  idempotencyKey: string | undefined,
): Promise<TDeposit> {
  return fundWrite(ctx, { fundId, idempotencyKey, operation: 'fund_deposit.record', request: input }, async (tx) => {
    const { trx, fund } = tx;
    const slipRef = input.slipRef.trim();
    const dup = await trx
      .selectFrom('fund_deposit')
      .select('deposit_no')
      .where('fund_id', '=', fund.id)
      .where('slip_ref', '=', slipRef)
      .executeTakeFirst();
    if (dup) {
      const messageTh = `ใบนำฝากเลขที่ ${slipRef} บันทึกไว้แล้ว (รายการนำฝากครั้งที่ ${dup.deposit_no})`;
      throw new AppError({
        code: 'slip_already_recorded',
        kind: 'conflict',
        messageTh,
        messageEn: 'This pay-in slip is already recorded',
        issues: [{ path: 'slipRef', messageTh, messageEn: 'Duplicate slip reference' }],
      });
    }
    const depositedOn = civilDate(input.depositedOn);
    const amount = satang(input.amount);
    const depositNo = await nextNo(trx, 'fund_deposit', fund.id);
    const [entryNo] = await tx.post(
      [
        {
          postedOn: depositedOn,
          kind: 'deposit',
          memo: `นำฝากธนาคาร ${fund.bank_name} ใบนำฝากเลขที่ ${slipRef} จำนวน ${formatBaht(amount)} บาท`,
          lines: [
            { account: FUND_ACCOUNTS.bank, amount },
            { account: FUND_ACCOUNTS.cashOnHand, amount: neg(amount) },
          ],
        },
      ],
      'depositedOn',
    );
    await trx
      .insertInto('fund_deposit')
      .values({
        fund_id: fund.id,
        deposit_no: depositNo,
        deposited_on: depositedOn,
        slip_ref: slipRef,
        amount,
        entry_no: entryNo!,
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.clock.now(),
      })
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'fund_deposit.record',
      entityType: 'staff_fund',
      entityId: `${fund.id}:deposit:${depositNo}`,
      orgUnitId: fund.org_unit_id,
      after: { depositNo, entryNo, depositedOn, slipRef, amount },
      requestId: ctx.requestId,
    });
    return { depositNo, depositedOn, slipRef, amount, entryNo: entryNo!, reversedByEntryNo: null };
  });
}

export async function listDeposits(ctx: UseCaseContext, fundId: string): Promise<{ items: TDeposit[] }> {
  const fund = await findFund(ctx.db, fundId);
  requireFundManage(ctx.actor, fund);
  const [rows, reversed] = await Promise.all([
    ctx.db.selectFrom('fund_deposit').selectAll().where('fund_id', '=', fund.id).orderBy('deposit_no').execute(),
    reversedEntries(ctx.db, fund.id),
  ]);
  return {
    items: rows.map((r) => ({
      depositNo: r.deposit_no,
      depositedOn: r.deposited_on,
      slipRef: r.slip_ref,
      amount: satang(Number(r.amount)),
      entryNo: Number(r.entry_no),
      reversedByEntryNo: reversed.get(Number(r.entry_no)) ?? null,
    })),
  };
}
