import { z } from '@hono/zod-openapi';
import { ZCampaign, ZCampaignFigures } from '../campaigns/index.js';
import { ZAreaCompleteness } from '../requests/index.js';
import { civilDate } from '../../kernel/dates.js';
import { ZCivilDate, ZSatang } from '../ledger/index.js';

/** The five figures seed 001 quotes nationally, plus what is still owed. */
export const ZFigures = z.object({
  groups: z.number(),
  members: z.number(),
  savings: ZSatang.openapi({ description: 'Accumulated pledged + special savings' }),
  pledgedSavings: ZSatang,
  specialSavings: ZSatang,
  borrowers: z.number().openapi({ description: 'Members with loan principal outstanding' }),
  lent: ZSatang.openapi({ description: 'Loan principal disbursed, all time up to the date' }),
  outstanding: ZSatang.openapi({ description: 'Loan principal outstanding' }),
});
export type TFigures = z.infer<typeof ZFigures>;

export const ZRollupQuery = z.object({
  orgUnitId: z.string().max(40).default('TH'),
  asOf: ZCivilDate.optional(),
});

export const ZRollup = z
  .object({
    orgUnitId: z.string(),
    orgUnitNameTh: z.string(),
    asOf: z.string(),
    totals: ZFigures,
    children: z.array(
      z.object({
        id: z.string(),
        nameTh: z.string(),
        kind: z.enum(['province', 'district', 'group']),
        figures: ZFigures,
      }),
    ),
  })
  .openapi('Rollup');
export type TRollup = z.infer<typeof ZRollup>;

export const ZStatementQuery = z.object({ from: ZCivilDate.optional(), to: ZCivilDate.optional() });

const ZStatementBalances = z.object({ pledged: ZSatang, special: ZSatang, loans: ZSatang });

export const ZMemberStatement = z
  .object({
    groupId: z.string(),
    groupNameTh: z.string(),
    districtNameTh: z.string(),
    provinceNameTh: z.string(),
    memberNo: z.number(),
    fullName: z.string(),
    thaiIdMasked: z.string(),
    joinedOn: z.string(),
    from: z.string(),
    to: z.string(),
    opening: ZStatementBalances,
    rows: z.array(
      z.object({
        postedOn: z.string(),
        entryNo: z.number(),
        descriptionTh: z.string(),
        pledged: ZSatang,
        special: ZSatang,
        loanPrincipal: ZSatang,
        interestPaid: ZSatang,
        penaltyPaid: ZSatang,
        balances: ZStatementBalances,
      }),
    ),
    closing: ZStatementBalances,
    totals: z.object({ interestPaid: ZSatang, penaltyPaid: ZSatang }),
  })
  .openapi('MemberStatement');
export type TMemberStatement = z.infer<typeof ZMemberStatement>;

const ZAccountAmount = z.object({ accountCode: z.string(), accountNameTh: z.string(), amount: ZSatang });

export const ZFinancialStatements = z
  .object({
    groupId: z.string(),
    from: z.string(),
    to: z.string(),
    balanceSheet: z.object({
      assets: z.array(ZAccountAmount),
      liabilities: z.array(ZAccountAmount),
      equity: z.array(ZAccountAmount),
      totalAssets: ZSatang,
      totalLiabilities: ZSatang,
      totalEquity: ZSatang,
      /** Income less expenses not yet closed into equity by a year-end. */
      unclosedProfit: ZSatang,
    }),
    incomeStatement: z.object({
      income: z.array(ZAccountAmount),
      expenses: z.array(ZAccountAmount),
      totalIncome: ZSatang,
      totalExpenses: ZSatang,
      netProfit: ZSatang,
    }),
  })
  .openapi('FinancialStatements');
export type TFinancialStatements = z.infer<typeof ZFinancialStatements>;

export const ZPeriodQuery = z.object({ from: ZCivilDate.optional(), to: ZCivilDate.optional() });

export const ZCashBook = z
  .object({
    groupId: z.string(),
    from: z.string(),
    to: z.string(),
    opening: ZSatang,
    rows: z.array(
      z.object({
        postedOn: z.string(),
        entryNo: z.number(),
        memo: z.string(),
        memberNo: z.number().nullable(),
        cashIn: ZSatang,
        cashOut: ZSatang,
        balance: ZSatang,
      }),
    ),
    totalIn: ZSatang,
    totalOut: ZSatang,
    closing: ZSatang,
  })
  .openapi('CashBook');
export type TCashBook = z.infer<typeof ZCashBook>;

export const ZActivityTotals = z.object({
  pledge: ZSatang,
  specialDeposit: ZSatang,
  specialWithdrawal: ZSatang,
  loanDisbursed: ZSatang,
  loanPrincipal: ZSatang,
  loanInterest: ZSatang,
  loanPenalty: ZSatang,
  fines: ZSatang,
  cashIn: ZSatang,
  cashOut: ZSatang,
});
export type TActivityTotals = z.infer<typeof ZActivityTotals>;

export const ZActivitySummary = z
  .object({
    groupId: z.string(),
    from: z.string(),
    to: z.string(),
    days: z.array(z.object({ postedOn: z.string(), entries: z.number(), totals: ZActivityTotals })),
    totals: ZActivityTotals,
  })
  .openapi('ActivitySummary');
export type TActivitySummary = z.infer<typeof ZActivitySummary>;

export const ZTrendQuery = z.object({
  orgUnitId: z.string().max(40).default('TH'),
  months: z.coerce.number().int().min(1).max(60).default(12),
  asOf: ZCivilDate.optional(),
});

export const ZTrends = z
  .object({
    orgUnitId: z.string(),
    orgUnitNameTh: z.string(),
    months: z.array(ZFigures.omit({ savings: true }).extend({ month: z.string(), savings: ZSatang })),
    groupsByLevel: z.array(z.object({ level: z.number().nullable(), groups: z.number() })),
  })
  .openapi('Trends');
export type TTrends = z.infer<typeof ZTrends>;

// The dashboard (GET /reports/dashboard): the contract the UI builds to, published in OpenAPI.
const isCivilDate = (s: string) => {
  try {
    civilDate(s);
    return true;
  } catch {
    return false;
  }
};
export const ZDashboardQuery = z.object({
  orgUnitId: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/)
    .default('TH')
    .openapi({ description: "Org unit: 'TH', a province, district or subdistrict id" }),
  asOf: ZCivilDate.refine(isCivilDate, { message: 'not a calendar date' })
    .optional()
    .openapi({ description: 'Figures at the end of this day (month of asOf for the roll-up); default today' }),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

export const AGING_BUCKETS = ['1-30', '31-90', '91-180', '>180'] as const;
const ZUnitKind = z.enum(['department', 'province', 'district', 'subdistrict']);

export const ZDashboard = z
  .object({
    unit: z.object({
      id: z.string(),
      nameTh: z.string(),
      kind: ZUnitKind,
      ancestors: z
        .array(z.object({ id: z.string(), nameTh: z.string(), kind: z.string() }))
        .openapi({ description: 'Ancestors from the top down, excluding the unit itself (breadcrumbs)' }),
    }),
    asOf: z.string(),
    totals: ZFigures,
    trend: z
      .array(ZFigures.extend({ month: z.string() }))
      .openapi({ description: "12 month ends up to asOf's month, oldest first" }),
    groupsByLevel: z.array(z.object({ level: z.number().nullable(), groups: z.number() })),
    arrears: z
      .object({
        asOf: z.string().openapi({ description: 'Arrears are the current state: as of today, whatever asOf is' }),
        loans: z.number(),
        borrowers: z.number(),
        outstanding: ZSatang,
        buckets: z.array(z.object({ bucket: z.enum(AGING_BUCKETS), loans: z.number(), outstanding: ZSatang })),
      })
      .openapi({
        description: 'Loans with principal outstanding whose earliest unpaid installment fell due before today',
      }),
    children: z.array(
      z.object({
        id: z.string(),
        nameTh: z.string(),
        kind: z.enum(['province', 'district', 'group']),
        figures: ZFigures,
        arrears: z.object({ loans: z.number(), outstanding: ZSatang }),
        level: z.number().nullable().openapi({ description: 'Groups only: latest development level' }),
      }),
    ),
    campaigns: z.array(z.object({ campaign: ZCampaign, totals: ZCampaignFigures })),
    reports: ZAreaCompleteness,
  })
  .openapi('Dashboard');
export type TDashboard = z.infer<typeof ZDashboard>;
