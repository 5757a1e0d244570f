import { z } from '@hono/zod-openapi';
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
