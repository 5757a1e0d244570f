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
    dividendsAndRefunds: ZSatang.openapi({ description: 'Unpaid year-end dividends and interest refunds' }),
    loansSettled: z.array(z.object({ loanNo: z.number(), amount: ZSatang })),
    payout: ZSatang,
    entryNo: z.number().nullable(),
  })
  .openapi('LeaveResult');
export type TLeaveResult = z.infer<typeof ZLeaveResult>;

export const ZImportOpeningForm = z.object({
  file: z
    .custom<File>((v) => v instanceof File)
    .openapi({ type: 'string', format: 'binary', description: '.xlsx or UTF-8 .csv; header row first' }),
  asOf: ZCivilDate.openapi({ description: 'Date of the opening balances' }),
  cash: z.string().max(30).default('0').openapi({ description: 'Cash on hand in baht, e.g. 1,234.50' }),
  bank: z.string().max(30).default('0').openapi({ description: 'Bank balance in baht' }),
});

export const ZImportOpeningResult = z
  .object({
    members: z.number(),
    loans: z.number(),
    entryNo: z.number(),
    totals: z.object({
      pledged: ZSatang,
      special: ZSatang,
      loans: ZSatang,
      cash: ZSatang,
      bank: ZSatang,
      reserve: ZSatang.openapi({ description: 'Cash + bank + loans − savings: the reserve carried forward' }),
    }),
  })
  .openapi('ImportOpeningResult');
