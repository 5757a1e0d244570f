// A member leaves (resigns, dies, or is expelled): in one posted entry the group pays out their
// pledged and special savings and any unpaid dividends and refunds, minus everything they owe (each loan's penalty, interest due and
// outstanding principal), and the member is marked as left. Refused while they still guarantee
// someone's loan or owe more than they hold.
import { AppError, notFound } from '../../kernel/errors.js';
import { civilDate, compareDates, formatThaiDate } from '../../kernel/dates.js';
import { add, formatBaht, neg, satang, sub, sum, type Satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { ACCOUNTS, ledgerWrite, recordMembership, type LineDraft } from '../ledger/index.js';
import { guaranteedOutstanding, memberLoanStates } from '../loans/index.js';
import { memberBalances } from '../savings/index.js';
import type { TLeaveResult } from './membership.schemas.js';

const refused = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'validation', messageTh, messageEn });

export async function leaveMember(
  ctx: UseCaseContext,
  input: { groupId: string; memberNo: number; leftOn: string; reason: 'resigned' | 'deceased' | 'expelled' },
  idempotencyKey: string | undefined,
): Promise<TLeaveResult> {
  const { result } = await ledgerWrite(
    ctx,
    { groupId: input.groupId, idempotencyKey, operation: 'member.leave', request: input, permission: 'savings:manage' },
    async ({ trx, group, book, post }) => {
      const m = await trx
        .selectFrom('group_member')
        .selectAll()
        .where('group_id', '=', group.id)
        .where('member_no', '=', input.memberNo)
        .executeTakeFirst();
      if (!m) throw notFound();
      if (m.status !== 'active') throw refused('member_not_active', 'สมาชิกนี้พ้นสภาพไปแล้ว', 'Member already left');
      const leftOn = civilDate(input.leftOn);
      if (compareDates(leftOn, civilDate(m.joined_on)) < 0 || compareDates(leftOn, book.today) > 0) {
        throw refused('leave_date_invalid', 'วันที่พ้นสภาพต้องไม่ก่อนวันที่สมัคร และไม่เกินวันนี้', 'Leave date out of range');
      }
      const guaranteed = await guaranteedOutstanding(trx, group.id, input.memberNo);
      if (guaranteed.length) {
        throw refused(
          'member_is_guarantor',
          `สมาชิกเป็นผู้ค้ำประกันเงินกู้เลขที่ ${guaranteed.join(', ')} ที่ยังไม่ปิดบัญชี ต้องเปลี่ยนผู้ค้ำประกันหรือปิดเงินกู้ก่อน`,
          `Member guarantees outstanding loans ${guaranteed.join(', ')}`,
        );
      }
      const held = (await memberBalances(trx, group.id, input.memberNo)).get(input.memberNo);
      const pledged = satang(held?.pledgedSavings ?? 0);
      const special = satang(held?.specialSavings ?? 0);
      // Dividends and interest refunds allocated at a year-end but not yet paid are theirs too.
      const payable = await trx
        .selectFrom('journal_line')
        .select(['account_code', (eb) => eb.fn.sum<string>('amount').as('balance')])
        .where('group_id', '=', group.id)
        .where('member_no', '=', input.memberNo)
        .where('account_code', 'in', [ACCOUNTS.dividendsPayable.code, ACCOUNTS.refundsPayable.code])
        .groupBy('account_code')
        .execute();
      const owedToMember = (code: string) =>
        satang(-Number(payable.find((p) => p.account_code === code)?.balance ?? 0));
      const dividends = owedToMember(ACCOUNTS.dividendsPayable.code);
      const refunds = owedToMember(ACCOUNTS.refundsPayable.code);
      const loans = await memberLoanStates(trx, group.id, input.memberNo, leftOn);
      const owed = sum(loans.map((l) => l.state.totalPayoff));
      const payout = sub(add(pledged, special, dividends, refunds), owed);
      if (payout < 0) {
        throw refused(
          'debts_exceed_savings',
          `หนี้ที่ต้องชำระ ${formatBaht(owed)} บาท มากกว่าเงินออม ${formatBaht(add(pledged, special))} บาท ต้องชำระส่วนที่เกิน ${formatBaht(neg(payout))} บาท ก่อนพ้นสภาพ`,
          'Debts exceed savings',
        );
      }
      const on = { memberNo: input.memberNo };
      const lines: LineDraft[] = [];
      if (pledged) lines.push({ account: ACCOUNTS.pledgedSavings, amount: pledged, ...on });
      if (special) lines.push({ account: ACCOUNTS.specialSavings, amount: special, ...on });
      if (dividends) lines.push({ account: ACCOUNTS.dividendsPayable, amount: dividends, ...on });
      if (refunds) lines.push({ account: ACCOUNTS.refundsPayable, amount: refunds, ...on });
      for (const { loanNo, state } of loans) {
        const l = { ...on, loanNo };
        const credit = (account: LineDraft['account'], x: Satang) => x && lines.push({ account, amount: neg(x), ...l });
        credit(ACCOUNTS.latePenaltyIncome, state.penaltyDue);
        credit(ACCOUNTS.loanInterestIncome, state.interestDue);
        credit(ACCOUNTS.loansReceivable, state.principalOutstanding);
      }
      if (payout) lines.push({ account: ACCOUNTS.cash, amount: neg(payout) });
      const reasonTh = { resigned: 'ลาออก', deceased: 'ถึงแก่กรรม', expelled: 'ให้ออก' }[input.reason];
      const [entryNo] =
        lines.length >= 2
          ? await post([
              {
                postedOn: leftOn,
                kind: 'member_exit',
                memo: `สมาชิกเลขที่ ${input.memberNo} พ้นสภาพ (${reasonTh}) วันที่ ${formatThaiDate(leftOn)}`,
                memberNo: input.memberNo,
                lines,
              },
            ])
          : [];
      await trx
        .updateTable('group_member')
        .set({ status: 'left', left_on: leftOn, leave_reason: input.reason, version: m.version + 1 })
        .where('group_id', '=', group.id)
        .where('member_no', '=', input.memberNo)
        .execute();
      await recordMembership(trx, group.id, leftOn, -1);
      const out: TLeaveResult = {
        memberNo: input.memberNo,
        leftOn,
        pledgedSavings: pledged,
        specialSavings: special,
        dividendsAndRefunds: add(dividends, refunds),
        loansSettled: loans.map((l) => ({ loanNo: l.loanNo, amount: l.state.totalPayoff })),
        payout,
        entryNo: entryNo ?? null,
      };
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'member.leave',
        entityType: 'group_member',
        entityId: `${group.id}:${input.memberNo}`,
        orgUnitId: group.orgUnitId,
        before: { status: 'active' },
        after: { ...out, reason: input.reason },
        requestId: ctx.requestId,
      });
      return out;
    },
  );
  return result;
}
