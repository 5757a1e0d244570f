// The staff fund's chart of accounts, mirrored from migration 0030 (a test checks they agree).
// Sign convention as in the savings ledger: debit > 0, credit < 0.
//
// Money moves one way: a counted piggy bank is cash awaiting deposit (Dr 1101) and that
// participant's savings (Cr 3101); a deposit moves cash to the bank (Dr 1102 / Cr 1101); a payout
// leaves the bank as assistance (Dr 5101 / Cr 1102). So the bank balance is deposits − payouts,
// and savings = cash on hand + bank + assistance paid, to the satang.
import type { FundAccountType } from './fund.tables.js';

export interface FundAccountDef {
  code: string;
  nameTh: string;
  type: FundAccountType;
  /** Lines on this account name a participant. */
  participant: boolean;
}

const def = (code: string, nameTh: string, type: FundAccountType, participant = false): FundAccountDef => ({
  code,
  nameTh,
  type,
  participant,
});

export const FUND_ACCOUNTS = {
  cashOnHand: def('1101', 'เงินสดจากกระปุกออมสินรอนำฝาก', 'asset'),
  bank: def('1102', 'เงินฝากธนาคาร', 'asset'),
  savings: def('3101', 'เงินออมของผู้เข้าร่วมโครงการ', 'equity', true),
  assistance: def('5101', 'เงินช่วยเหลือครัวเรือนเป้าหมาย', 'expense'),
} as const satisfies Record<string, FundAccountDef>;

const BY_CODE = new Map<string, FundAccountDef>(Object.values(FUND_ACCOUNTS).map((a) => [a.code, a]));

export function fundAccountByCode(code: string): FundAccountDef | undefined {
  return BY_CODE.get(code);
}
