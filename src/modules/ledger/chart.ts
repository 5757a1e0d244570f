// The savings-group chart of accounts, mirrored from migration 0006 (a test checks they agree).
// Sign convention everywhere: debit > 0, credit < 0. `normal` is the side a healthy balance sits on.

export type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';
export type Subledger = 'none' | 'member' | 'loan';

export interface AccountDef {
  code: string;
  nameTh: string;
  type: AccountType;
  subledger: Subledger;
}

const def = (code: string, nameTh: string, type: AccountType, subledger: Subledger = 'none'): AccountDef => ({
  code,
  nameTh,
  type,
  subledger,
});

export const ACCOUNTS = {
  cash: def('1101', 'เงินสด', 'asset'),
  bank: def('1102', 'เงินฝากธนาคาร', 'asset'),
  loansReceivable: def('1201', 'ลูกหนี้เงินกู้', 'asset', 'loan'),
  interestReceivable: def('1202', 'ดอกเบี้ยเงินกู้ค้างรับ', 'asset', 'loan'),
  specialSavings: def('2101', 'เงินฝากสัจจะพิเศษ', 'liability', 'member'),
  dividendsPayable: def('2201', 'เงินปันผลค้างจ่าย', 'liability', 'member'),
  refundsPayable: def('2202', 'เงินเฉลี่ยคืนค้างจ่าย', 'liability', 'member'),
  committeePayPayable: def('2203', 'ค่าตอบแทนกรรมการค้างจ่าย', 'liability'),
  exitPayable: def('2204', 'เงินจ่ายคืนสมาชิกลาออกค้างจ่าย', 'liability', 'member'),
  pledgedSavings: def('3101', 'เงินสัจจะสะสม', 'equity', 'member'),
  reserve: def('3201', 'ทุนสำรอง', 'equity'),
  welfareFund: def('3202', 'กองทุนสวัสดิการสมาชิก', 'equity'),
  publicBenefitFund: def('3203', 'กองทุนสาธารณประโยชน์', 'equity'),
  developmentFund: def('3204', 'กองทุนส่งเสริมการศึกษาและพัฒนากลุ่ม', 'equity'),
  profitToAllocate: def('3301', 'กำไรสุทธิรอการจัดสรร', 'equity'),
  loanInterestIncome: def('4101', 'รายได้ดอกเบี้ยเงินกู้', 'income', 'loan'),
  finesIncome: def('4102', 'รายได้ค่าปรับ', 'income'),
  entryFeeIncome: def('4103', 'รายได้ค่าธรรมเนียมแรกเข้า', 'income'),
  bankInterestIncome: def('4104', 'ดอกเบี้ยเงินฝากธนาคาร', 'income'),
  latePenaltyIncome: def('4105', 'รายได้ค่าปรับชำระเงินกู้ล่าช้า', 'income', 'loan'),
  otherIncome: def('4109', 'รายได้อื่น', 'income'),
  specialSavingsInterest: def('5101', 'ดอกเบี้ยจ่ายเงินฝากสัจจะพิเศษ', 'expense', 'member'),
  operatingExpenses: def('5102', 'ค่าใช้จ่ายดำเนินงาน', 'expense'),
  badDebts: def('5103', 'หนี้สูญ', 'expense', 'loan'),
} as const satisfies Record<string, AccountDef>;

export type AccountKey = keyof typeof ACCOUNTS;

const BY_CODE = new Map<string, AccountDef>(Object.values(ACCOUNTS).map((a) => [a.code, a]));

export function accountByCode(code: string): AccountDef | undefined {
  return BY_CODE.get(code);
}

/** Credit-normal accounts (liabilities, equity, income) hold a member's money when they keep a member subledger. */
export function isCreditNormal(type: AccountType): boolean {
  return type === 'liability' || type === 'equity' || type === 'income';
}
