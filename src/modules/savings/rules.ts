// ระเบียบกลุ่ม: a group's rules, stored as one validated document per effective date. zod checks the
// shape; checkRules checks what only makes sense as a whole (percentages summing to 100 %, …) and
// says so in Thai.
import { z } from '@hono/zod-openapi';
import type { FieldIssue } from '../../kernel/errors.js';
import { ZNonNegativeSatang, ZPositiveSatang } from '../ledger/index.js';

const ZBp = z.int().min(0).max(10000).openapi({ description: 'Basis points: 100 = 1 %, 10,000 = 100 %' });

export const ALLOCATION_POOLS = [
  'dividend',
  'interest_refund',
  'reserve',
  'welfare',
  'public_benefit',
  'committee_pay',
  'development',
] as const;
export type AllocationPool = (typeof ALLOCATION_POOLS)[number];

export const POOL_NAMES_TH: Record<AllocationPool, string> = {
  dividend: 'เงินปันผลตามหุ้น',
  interest_refund: 'เงินเฉลี่ยคืนตามดอกเบี้ยเงินกู้',
  reserve: 'ทุนสำรอง',
  welfare: 'สวัสดิการสมาชิก',
  public_benefit: 'สาธารณประโยชน์',
  committee_pay: 'ค่าตอบแทนกรรมการ',
  development: 'ส่งเสริมการศึกษาและพัฒนากลุ่ม',
};

export const ZLoanType = z.object({
  code: z.string().regex(/^[a-z0-9_]{1,20}$/),
  nameTh: z.string().trim().min(1).max(100),
  annualRateBp: ZBp,
  method: z.enum(['flat', 'declining']),
  maxTermMonths: z.int().min(1).max(360),
  /** Principal plus what the borrower already owes may be at most this multiple of their pledged savings; 0 = no such limit. */
  savingsMultiple: z.int().min(0).max(100),
  /** 0 = no absolute cap. */
  absoluteCap: ZNonNegativeSatang,
  guarantorsRequired: z.int().min(0).max(5),
  penaltyPerLateInstallment: ZNonNegativeSatang,
});

export const ZGroupRules = z
  .object({
    pledge: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('amounts'), amounts: z.array(ZPositiveSatang).min(1).max(30) }),
      z.object({
        mode: z.literal('shares'),
        shareValue: ZPositiveSatang,
        minShares: z.int().min(1),
        maxShares: z.int().min(1),
      }),
    ]),
    entryFee: ZNonNegativeSatang,
    meetingDay: z.int().min(1).max(31),
    specialSavingsAnnualRateBp: ZBp,
    loanTypes: z.array(ZLoanType).max(20),
    allocation: z
      .array(z.object({ pool: z.enum(ALLOCATION_POOLS), bp: ZBp }))
      .min(1)
      .max(ALLOCATION_POOLS.length),
    dividendMethod: z.enum(['share_months', 'year_end_balance']),
  })
  .strict()
  .openapi('GroupRules');
export type TGroupRules = z.infer<typeof ZGroupRules>;
export type TLoanType = z.infer<typeof ZLoanType>;

const percent = (bp: number) => `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;

export function checkRules(r: TGroupRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const total = r.allocation.reduce((a, x) => a + x.bp, 0);
  if (total !== 10000) {
    issues.push({
      path: 'rules.allocation',
      messageTh: `สัดส่วนการจัดสรรกำไรรวมกันได้ร้อยละ ${percent(total)} ต้องรวมกันเท่ากับร้อยละ 100 พอดี`,
      messageEn: `Allocation percentages sum to ${percent(total)} %, not exactly 100 %`,
    });
  }
  const pools = r.allocation.map((a) => a.pool);
  if (new Set(pools).size !== pools.length) {
    issues.push({
      path: 'rules.allocation',
      messageTh: 'รายการจัดสรรกำไรซ้ำกัน',
      messageEn: 'An allocation pool is listed twice',
    });
  }
  const codes = r.loanTypes.map((l) => l.code);
  if (new Set(codes).size !== codes.length) {
    issues.push({ path: 'rules.loanTypes', messageTh: 'รหัสประเภทเงินกู้ซ้ำกัน', messageEn: 'Duplicate loan type code' });
  }
  if (r.pledge.mode === 'shares' && r.pledge.maxShares < r.pledge.minShares) {
    issues.push({
      path: 'rules.pledge.maxShares',
      messageTh: 'จำนวนหุ้นสูงสุดต้องไม่น้อยกว่าจำนวนหุ้นต่ำสุด',
      messageEn: 'maxShares is below minShares',
    });
  }
  return issues;
}

/** Whether a monthly pledge is one the rules allow. */
export function pledgeAllowed(r: TGroupRules, monthly: number): boolean {
  if (r.pledge.mode === 'amounts') return r.pledge.amounts.includes(monthly);
  const shares = monthly / r.pledge.shareValue;
  return Number.isInteger(shares) && shares >= r.pledge.minShares && shares <= r.pledge.maxShares;
}
