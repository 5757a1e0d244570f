// The three year-end entries, all dated `through`, built from the computation alone:
//   A  interest on special savings: Dr 5101 / Cr 2101 per member;
//   B  closing: every income and expense balance of the period reversed, the net to 3301;
//   C  allocation: Dr 3301 net profit, Cr each pool's account (per member for dividends and refunds).
// Any of them is left out when it would have no lines.
import { formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { neg, satang, sum } from '../../kernel/money.js';
import { ACCOUNTS, type EntryDraft, type LineDraft } from '../ledger/index.js';
import { POOL_ACCOUNTS, type PnlBalance } from './compute-year-end.js';
import type { TYearEndComputation } from './year-end.schemas.js';

export interface YearEndEntries {
  interest: EntryDraft | null;
  closing: EntryDraft | null;
  allocation: EntryDraft | null;
}

export function yearEndEntries(c: TYearEndComputation, pnl: readonly PnlBalance[]): YearEndEntries {
  const postedOn = c.through as CivilDate;
  const period = `${formatThaiDate(c.periodFrom as CivilDate)} – ${formatThaiDate(postedOn)}`;
  const entry = (memo: string, lines: LineDraft[]): EntryDraft | null =>
    lines.length === 0 ? null : { postedOn, kind: 'year_end', memo, lines };

  const interestLines = c.members
    .filter((m) => m.specialInterest > 0)
    .flatMap((m): LineDraft[] => {
      const amount = satang(m.specialInterest);
      return [
        { account: ACCOUNTS.specialSavingsInterest, amount, memberNo: m.memberNo },
        { account: ACCOUNTS.specialSavings, amount: neg(amount), memberNo: m.memberNo },
      ];
    });

  const closingLines: LineDraft[] = pnl
    .filter((b) => b.amount !== 0)
    .map((b) => ({ account: b.account, amount: neg(b.amount), memberNo: b.memberNo, loanNo: b.loanNo }));
  const netProfit = satang(c.netProfit);
  const toProfit = neg(netProfit);
  if (closingLines.length > 0 && toProfit !== 0) {
    closingLines.push({ account: ACCOUNTS.profitToAllocate, amount: toProfit });
  }

  const allocationLines: LineDraft[] = [];
  if (netProfit > 0) {
    allocationLines.push({ account: ACCOUNTS.profitToAllocate, amount: netProfit });
    const perMember = (pick: (m: TYearEndComputation['members'][number]) => number, account: LineDraft['account']) =>
      c.members
        .filter((m) => pick(m) > 0)
        .forEach((m) => allocationLines.push({ account, amount: neg(satang(pick(m))), memberNo: m.memberNo }));
    const reserveLine = () => {
      if (c.reserveTotal > 0) allocationLines.push({ account: ACCOUNTS.reserve, amount: neg(satang(c.reserveTotal)) });
    };
    for (const p of c.pools) {
      if (p.movedToReserve || p.amount === 0) continue;
      if (p.pool === 'dividend') perMember((m) => m.dividend, POOL_ACCOUNTS.dividend);
      else if (p.pool === 'interest_refund') perMember((m) => m.refund, POOL_ACCOUNTS.interest_refund);
      else if (p.pool === 'reserve') reserveLine();
      else allocationLines.push({ account: POOL_ACCOUNTS[p.pool], amount: neg(satang(p.amount)) });
    }
    // Moved pools still reach the reserve when the rules list no reserve pool of their own.
    if (!c.pools.some((p) => p.pool === 'reserve' && p.amount > 0)) reserveLine();
    if (sum(allocationLines.map((l) => l.amount)) !== 0) throw new Error('year-end allocation does not balance');
  }

  return {
    interest: entry(`ดอกเบี้ยเงินฝากสัจจะพิเศษ ${period}`, interestLines),
    closing: entry(`ปิดบัญชีรายได้และค่าใช้จ่ายประจำปี ${period}`, closingLines),
    allocation: entry(`จัดสรรกำไรสุทธิประจำปี ${period}`, allocationLines),
  };
}
