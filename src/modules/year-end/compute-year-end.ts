// The one computation behind both the preview and the close, so the close posts exactly what the
// preview showed: the period's income and expenses, interest on special savings, net profit, pools
// and every member's share, each with its inputs.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { compareDates, type CivilDate } from '../../kernel/dates.js';
import { ZERO, add, formatBaht, neg, satang, sub, sum, type Satang } from '../../kernel/money.js';
import { ACCOUNTS, accountByCode, type AccountDef } from '../ledger/index.js';
import { POOL_NAMES_TH, type AllocationPool } from '../savings/index.js';
import { explainMember } from './explain-member.js';
import { monthEndBalances, monthEnds, specialSavingsInterest, splitProfit, type Movement } from './year-end-kernel.js';
import { yearEndPeriod } from './year-end-period.js';
import { groupMembers, memberMovements, periodBalances } from './year-end.repository.js';
import type { TYearEndComputation, TYearEndMember } from './year-end.schemas.js';

export const POOL_ACCOUNTS: Record<AllocationPool, AccountDef> = {
  dividend: ACCOUNTS.dividendsPayable,
  interest_refund: ACCOUNTS.refundsPayable,
  reserve: ACCOUNTS.reserve,
  welfare: ACCOUNTS.welfareFund,
  public_benefit: ACCOUNTS.publicBenefitFund,
  development: ACCOUNTS.developmentFund,
  committee_pay: ACCOUNTS.committeePayPayable,
};

/** One income or expense balance of the period, debit > 0, as the closing entry will reverse it. */
export interface PnlBalance {
  account: AccountDef;
  memberNo: number | null;
  loanNo: number | null;
  amount: Satang;
}

export interface YearEndComputed {
  computation: TYearEndComputation;
  /** Income and expense balances including this close's special-savings interest. */
  pnl: PnlBalance[];
}

const PNL_ACCOUNTS = Object.values(ACCOUNTS).filter((a) => a.type === 'income' || a.type === 'expense');

export async function computeYearEnd(
  db: Kysely<DB> | Transaction<DB>,
  groupId: string,
  throughText: string,
  today: CivilDate,
): Promise<YearEndComputed> {
  const { periodFrom, through, rules, rulesEffectiveFrom } = await yearEndPeriod(db, groupId, throughText, today);
  const members = await groupMembers(db, groupId);
  const movements = await memberMovements(
    db,
    groupId,
    [ACCOUNTS.pledgedSavings.code, ACCOUNTS.specialSavings.code],
    through,
  );
  // Month ends before the group's first savings movement hold nothing for anyone, so they weigh
  // nothing and earn no interest: start there. A group brought in with opening balances after years
  // on paper is then weighed over its months in the books, not every month since its founding.
  const firstMovement = movements[0]?.posted_on as CivilDate | undefined;
  const ends = monthEnds(
    firstMovement && compareDates(firstMovement, periodFrom) > 0 ? firstMovement : periodFrom,
    through,
  );
  // Earlier closes' entries are dated on or before their own `through`, so outside this period
  // anyway; leaving out kind 'year_end' keeps that true whatever the dates.
  const rows = await periodBalances(db, groupId, {
    accounts: PNL_ACCOUNTS.map((a) => a.code),
    from: periodFrom,
    through,
    excludeKinds: ['year_end'],
  });

  // Indexed once: a group has a few hundred members, each with a movement per meeting day.
  const byMember = new Map<string, Movement[]>();
  for (const r of movements) {
    const k = `${r.account_code}:${r.member_no}`;
    const list = byMember.get(k) ?? [];
    list.push({ on: r.posted_on as CivilDate, amount: neg(satang(Number(r.amount))) });
    byMember.set(k, list);
  }
  const credits = (account: string, memberNo: number): Movement[] => byMember.get(`${account}:${memberNo}`) ?? [];
  const interestCredits = new Map<number, Satang>();
  for (const r of rows.filter((x) => x.account_code === ACCOUNTS.loanInterestIncome.code)) {
    interestCredits.set(r.member_no!, add(interestCredits.get(r.member_no!) ?? ZERO, satang(Number(r.amount))));
  }
  const rate = rules.specialSavingsAnnualRateBp;
  const inputs = members.map((m) => {
    const pledgedMonthEnd = monthEndBalances(credits(ACCOUNTS.pledgedSavings.code, m.member_no), ends);
    const specialMonthEnd = monthEndBalances(credits(ACCOUNTS.specialSavings.code, m.member_no), ends);
    const departed = m.left_on !== null && compareDates(m.left_on as CivilDate, through) <= 0;
    const eligible = compareDates(m.joined_on as CivilDate, through) <= 0 && !departed;
    // A negative balance cannot arise (postings keep member money >= 0); clamped so it never could weigh.
    const positive = pledgedMonthEnd.map((b) => (b > 0 ? b : ZERO));
    const dividendWeight = !eligible
      ? 0
      : rules.dividendMethod === 'share_months'
        ? sum(positive)
        : positive[positive.length - 1]!;
    const interestPaid = neg(interestCredits.get(m.member_no) ?? ZERO);
    return {
      m,
      eligible,
      pledgedMonthEnd,
      specialMonthEnd,
      dividendWeight,
      interestPaid,
      refundWeight: eligible && interestPaid > 0 ? interestPaid : 0,
      // A departed member's savings were settled when they left (membership module), with nothing
      // left on 2101 to credit and no way to pay it out later; interest stays with the active members.
      specialInterest: rate > 0 && !departed ? specialSavingsInterest(specialMonthEnd, rate) : ZERO,
    };
  });

  const pnl: PnlBalance[] = rows
    .map((r) => ({
      account: accountByCode(r.account_code)!,
      memberNo: r.member_no,
      loanNo: r.loan_no,
      amount: satang(Number(r.amount)),
    }))
    .filter((b) => b.amount !== 0);
  for (const i of inputs.filter((x) => x.specialInterest > 0)) {
    const at = pnl.find((b) => b.account.code === ACCOUNTS.specialSavingsInterest.code && b.memberNo === i.m.member_no);
    if (at) at.amount = add(at.amount, i.specialInterest);
    else
      pnl.push({
        account: ACCOUNTS.specialSavingsInterest,
        memberNo: i.m.member_no,
        loanNo: null,
        amount: i.specialInterest,
      });
  }
  const byAccount = (type: 'income' | 'expense') =>
    PNL_ACCOUNTS.filter((a) => a.type === type)
      .map((a) => {
        const total = sum(pnl.filter((b) => b.account.code === a.code).map((b) => b.amount));
        return { accountCode: a.code, accountNameTh: a.nameTh, amount: type === 'income' ? neg(total) : total };
      })
      .filter((x) => x.amount !== 0);
  const income = byAccount('income');
  const expenses = byAccount('expense');
  const totalIncome = sum(income.map((x) => x.amount));
  const totalExpenses = sum(expenses.map((x) => x.amount));
  const netProfit = sub(totalIncome, totalExpenses);

  const split = splitProfit({
    netProfit,
    allocation: rules.allocation,
    dividendWeights: inputs.map((i) => i.dividendWeight),
    refundWeights: inputs.map((i) => i.refundWeight),
  });
  const dividendWeightTotal = inputs.reduce((a, i) => a + i.dividendWeight, 0);
  const refundWeightTotal = sum(inputs.map((i) => satang(i.refundWeight)));
  const explain = {
    through,
    method: rules.dividendMethod,
    monthCount: ends.length,
    dividendWeightTotal,
    refundWeightTotal,
    specialSavingsAnnualRateBp: rate,
    hasProfit: netProfit > 0,
  };
  const memberResults: TYearEndMember[] = inputs.map((i, k) => {
    const dividend = split.dividends[k]!;
    const refund = split.refunds[k]!;
    const base = {
      memberNo: i.m.member_no,
      fullName: `${i.m.title}${i.m.first_name} ${i.m.last_name}`,
      joinedOn: i.m.joined_on,
      leftOn: i.m.left_on,
      eligible: i.eligible,
      pledgedMonthEnd: i.pledgedMonthEnd,
      specialMonthEnd: i.specialMonthEnd,
      dividendWeight: i.dividendWeight,
      dividend,
      interestPaid: i.interestPaid,
      refund,
      specialInterest: i.specialInterest,
      total: add(dividend, refund, i.specialInterest),
    };
    return { ...base, explanationTh: explainMember(base, explain) };
  });

  return {
    pnl,
    computation: {
      groupId,
      through,
      periodFrom,
      months: ends.map((e) => e.month),
      rules: {
        effectiveFrom: rulesEffectiveFrom,
        specialSavingsAnnualRateBp: rate,
        dividendMethod: rules.dividendMethod,
        allocation: rules.allocation.map((a) => ({ pool: a.pool, bp: a.bp })),
      },
      income,
      expenses,
      totalIncome,
      totalExpenses,
      specialInterestTotal: sum(inputs.map((i) => i.specialInterest)),
      netProfit,
      pools: split.pools.map((p) => ({
        pool: p.pool,
        nameTh: POOL_NAMES_TH[p.pool],
        bp: p.bp,
        amount: p.amount,
        accountCode: POOL_ACCOUNTS[p.pool].code,
        movedToReserve: p.movedToReserve,
      })),
      reserveTotal: split.reserve,
      dividendWeightTotal,
      refundWeightTotal,
      members: memberResults,
      notesTh: notes(netProfit, rate, split.pools),
    },
  };
}

function notes(
  netProfit: Satang,
  rate: number,
  pools: readonly { pool: AllocationPool; amount: Satang; movedToReserve: boolean }[],
): string[] {
  const out: string[] = [];
  if (rate === 0) {
    out.push('ระเบียบกลุ่มกำหนดอัตราดอกเบี้ยเงินฝากสัจจะพิเศษร้อยละ 0 จึงไม่มีดอกเบี้ยเงินฝากที่ต้องจ่าย');
  }
  if (netProfit <= 0) {
    const result = netProfit < 0 ? `ขาดทุนสุทธิ ${formatBaht(neg(netProfit))} บาท` : 'ไม่มีกำไรสุทธิ';
    out.push(
      `ปีนี้${result} จึงไม่มีการจัดสรรกำไร (ไม่มีปันผล เงินเฉลี่ยคืน หรือเงินเข้ากองทุนต่าง ๆ) ` +
        'รายการปิดบัญชียังคงโอนรายได้และค่าใช้จ่ายทั้งหมดไปบัญชีกำไรสุทธิรอการจัดสรร (3301)',
    );
  }
  for (const p of pools.filter((x) => x.movedToReserve)) {
    const why = p.pool === 'dividend' ? 'ไม่มีสมาชิกที่มีสิทธิ์และมีเงินสัจจะสะสมในปีนี้' : 'ไม่มีสมาชิกที่มีสิทธิ์และชำระดอกเบี้ยเงินกู้ในปีนี้';
    out.push(`${why} จึงโอน${POOL_NAMES_TH[p.pool]} ${formatBaht(p.amount)} บาท เข้า${POOL_NAMES_TH.reserve}`);
  }
  return out;
}
