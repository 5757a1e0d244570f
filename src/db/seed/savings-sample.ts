// A typical village savings group's rules (ระเบียบ), shared by the demo data and the tests. Amounts
// in satang; percentages in basis points. Not any real group's rules.
import type { TGroupRules } from '../../modules/savings/index.js';

export const SAMPLE_RULES: TGroupRules = {
  pledge: { mode: 'amounts', amounts: [5000, 10000, 20000, 30000, 50000, 100000] },
  entryFee: 2000,
  meetingDay: 5,
  specialSavingsAnnualRateBp: 300,
  loanTypes: [
    {
      code: 'general',
      nameTh: 'เงินกู้สามัญเพื่อการประกอบอาชีพ',
      annualRateBp: 1200,
      method: 'declining',
      maxTermMonths: 24,
      savingsMultiple: 5,
      absoluteCap: 5_000_000,
      guarantorsRequired: 1,
      penaltyPerLateInstallment: 5000,
    },
    {
      code: 'emergency',
      nameTh: 'เงินกู้ฉุกเฉิน',
      annualRateBp: 1200,
      method: 'flat',
      maxTermMonths: 12,
      savingsMultiple: 3,
      absoluteCap: 1_000_000,
      guarantorsRequired: 0,
      penaltyPerLateInstallment: 2000,
    },
  ],
  allocation: [
    { pool: 'dividend', bp: 6000 },
    { pool: 'interest_refund', bp: 1000 },
    { pool: 'reserve', bp: 1000 },
    { pool: 'welfare', bp: 1000 },
    { pool: 'public_benefit', bp: 500 },
    { pool: 'committee_pay', bp: 500 },
  ],
  dividendMethod: 'share_months',
};
