import { z } from '@hono/zod-openapi';
import { ALLOCATION_POOLS } from '../savings/index.js';
import { ZCivilDate, ZSatang } from '../ledger/index.js';

export const ZYearEndRequest = z
  .object({ through: ZCivilDate.openapi({ description: 'Last day of the year being closed (a past date)' }) })
  .strict()
  .openapi('YearEndRequest');
export type TYearEndRequest = z.infer<typeof ZYearEndRequest>;

const ZAccountAmount = z.object({ accountCode: z.string(), accountNameTh: z.string(), amount: ZSatang });

export const ZYearEndMember = z.object({
  memberNo: z.number(),
  fullName: z.string(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  /** Joined on or before `through` and had not left by then: shares in dividends and refunds. */
  eligible: z.boolean(),
  /** Pledged savings (3101) at each month end of the period, in the order of `months`. */
  pledgedMonthEnd: z.array(ZSatang),
  /** Special savings (2101) at each month end, before this close's interest. */
  specialMonthEnd: z.array(ZSatang),
  /** Satang-months (share_months) or satang (year_end_balance); 0 when not eligible. */
  dividendWeight: z.number(),
  dividend: ZSatang,
  /** Loan interest paid in the period (credits to 4101, net of reversals). */
  interestPaid: ZSatang,
  refund: ZSatang,
  specialInterest: ZSatang,
  total: ZSatang,
  explanationTh: z.string(),
});
export type TYearEndMember = z.infer<typeof ZYearEndMember>;

export const ZYearEndPool = z.object({
  pool: z.enum(ALLOCATION_POOLS),
  nameTh: z.string(),
  bp: z.number(),
  amount: ZSatang,
  accountCode: z.string(),
  movedToReserve: z.boolean(),
});

export const ZYearEndComputation = z
  .object({
    groupId: z.string(),
    through: z.string(),
    periodFrom: z.string(),
    months: z.array(z.string()),
    rules: z.object({
      effectiveFrom: z.string(),
      specialSavingsAnnualRateBp: z.number(),
      dividendMethod: z.enum(['share_months', 'year_end_balance']),
      allocation: z.array(z.object({ pool: z.enum(ALLOCATION_POOLS), bp: z.number() })),
    }),
    income: z.array(ZAccountAmount),
    expenses: z.array(ZAccountAmount),
    totalIncome: ZSatang,
    totalExpenses: ZSatang,
    specialInterestTotal: ZSatang,
    netProfit: ZSatang,
    pools: z.array(ZYearEndPool),
    reserveTotal: ZSatang,
    dividendWeightTotal: z.number(),
    refundWeightTotal: ZSatang,
    members: z.array(ZYearEndMember),
    notesTh: z.array(z.string()),
  })
  .openapi('YearEndComputation');
export type TYearEndComputation = z.infer<typeof ZYearEndComputation>;

const ZEntryNos = z.object({
  interest: z.number().nullable(),
  closing: z.number().nullable(),
  allocation: z.number().nullable(),
});

export const ZYearEndSummary = z.object({
  groupId: z.string(),
  through: z.string(),
  periodFrom: z.string(),
  netProfit: ZSatang,
  entryNos: ZEntryNos,
  closedAt: z.string(),
});

export const ZYearEndClose = ZYearEndSummary.extend({ computation: ZYearEndComputation }).openapi('YearEndClose');
export type TYearEndClose = z.infer<typeof ZYearEndClose>;

export const ZYearEndList = z.object({ items: z.array(ZYearEndSummary) }).openapi('YearEndList');

export const ZMemberStatement = ZYearEndSummary.extend({
  months: z.array(z.string()),
  rules: ZYearEndComputation.shape.rules,
  pools: z.array(ZYearEndPool),
  dividendWeightTotal: z.number(),
  refundWeightTotal: ZSatang,
  member: ZYearEndMember,
}).openapi('YearEndMemberStatement');
export type TMemberStatement = z.infer<typeof ZMemberStatement>;
