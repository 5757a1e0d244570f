import { z } from '@hono/zod-openapi';
import { ZSatang } from '../ledger/index.js';
import { HELP_KINDS } from './assistance.schemas.js';
import { ZUnitRef } from './fund.schemas.js';

export const ZKpi = z.object({
  code: z.string(),
  labelTh: z.string(),
  unitTh: z.string(),
  target: z.number().nullable(),
  actual: z.number(),
  met: z.boolean().nullable().openapi({ description: 'Null when the indicator has no numeric target' }),
});

export const ZFundReport = z
  .object({
    fund: z.object({
      id: z.string(),
      nameTh: z.string(),
      orgUnit: ZUnitRef,
      startsOn: z.string(),
      endsOn: z.string(),
      pledgePerDay: ZSatang,
    }),
    asOf: z.string(),
    kpis: z.array(ZKpi),
    byUnit: z.array(
      ZUnitRef.extend({
        participants: z.number(),
        keepingPledge: z.number(),
        saved: ZSatang,
      }),
    ),
    reconciliation: z.object({
      counted: ZSatang.openapi({ description: 'Sum of standing piggy-bank counts' }),
      savings: ZSatang.openapi({ description: 'Participants’ savings in the books (3101)' }),
      cashOnHand: ZSatang,
      deposits: ZSatang.openapi({ description: 'Sum of standing bank deposits (slips)' }),
      payouts: ZSatang.openapi({ description: 'Sum of standing payouts (receipts)' }),
      bank: ZSatang.openapi({ description: 'The fund’s balance in the books (1102)' }),
      assistancePaid: ZSatang,
      reconciled: z.boolean().openapi({
        description: 'bank = deposits − payouts, savings = counted = cash on hand + bank + assistance paid',
      }),
    }),
    households: z.object({
      byDistrict: z.array(
        ZUnitRef.extend({ surveyed: z.number(), proposed: z.number(), helped: z.number(), paid: ZSatang }),
      ),
      byKind: z.array(z.object({ kind: z.enum(HELP_KINDS), households: z.number(), paid: ZSatang })),
      followUps: z.object({ improved: z.number(), unchanged: z.number(), worse: z.number() }),
    }),
  })
  .openapi('FundReport');
export type TFundReport = z.infer<typeof ZFundReport>;
