import { z } from '@hono/zod-openapi';
import { ZCivilDate, ZSatang } from '../ledger/index.js';

export const ZLeaveRequest = z
  .object({ leftOn: ZCivilDate, reason: z.enum(['resigned', 'deceased', 'expelled']) })
  .strict()
  .openapi('LeaveRequest');

export const ZLeaveResult = z
  .object({
    memberNo: z.number(),
    leftOn: z.string(),
    pledgedSavings: ZSatang,
    specialSavings: ZSatang,
    loansSettled: z.array(z.object({ loanNo: z.number(), amount: ZSatang })),
    payout: ZSatang,
    entryNo: z.number().nullable(),
  })
  .openapi('LeaveResult');
export type TLeaveResult = z.infer<typeof ZLeaveResult>;
