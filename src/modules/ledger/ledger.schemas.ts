import { z } from '@hono/zod-openapi';

/** Money on the wire: a whole number of satang (1 baht = 100). */
export const ZSatang = z
  .int()
  .min(-Number.MAX_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER)
  .openapi({ description: 'Amount in satang (integer; 1 baht = 100 satang)', example: 10000 });
export const ZPositiveSatang = ZSatang.min(1);
export const ZNonNegativeSatang = ZSatang.min(0);

export const ZCivilDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ description: 'Civil date YYYY-MM-DD (Common Era)', example: '2026-01-15' });

export const ZJournalLine = z.object({
  lineNo: z.number(),
  accountCode: z.string(),
  accountNameTh: z.string(),
  memberNo: z.number().nullable(),
  loanNo: z.number().nullable(),
  amount: ZSatang,
});

export const ZJournalEntry = z
  .object({
    entryNo: z.number(),
    postedOn: z.string(),
    recordedAt: z.string(),
    kind: z.string(),
    memo: z.string(),
    memberNo: z.number().nullable(),
    loanNo: z.number().nullable(),
    batchNo: z.number().nullable(),
    reversesEntryNo: z.number().nullable(),
    reversedByEntryNo: z.number().nullable(),
    reason: z.string().nullable(),
    lines: z.array(ZJournalLine),
  })
  .openapi('JournalEntry');
export type TJournalEntry = z.infer<typeof ZJournalEntry>;

export const ZJournalQuery = z.object({
  from: ZCivilDate.optional(),
  to: ZCivilDate.optional(),
  memberNo: z.coerce.number().int().positive().optional(),
  batchNo: z.coerce.number().int().positive().optional().openapi({ description: 'One meeting day batch' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ZJournalPage = z.object({ items: z.array(ZJournalEntry), total: z.number() }).openapi('JournalPage');

export const ZTrialBalanceRow = z.object({
  accountCode: z.string(),
  accountNameTh: z.string(),
  type: z.string(),
  debit: ZSatang,
  credit: ZSatang,
});
export const ZTrialBalance = z
  .object({
    groupId: z.string(),
    asOf: z.string(),
    rows: z.array(ZTrialBalanceRow),
    totalDebit: ZSatang,
    totalCredit: ZSatang,
  })
  .openapi('TrialBalance');
export type TTrialBalance = z.infer<typeof ZTrialBalance>;

export const ZReverseEntryRequest = z
  .object({ reason: z.string().trim().min(3).max(500), postedOn: ZCivilDate.optional() })
  .strict()
  .openapi('ReverseEntryRequest');

export const ZClosePeriodRequest = z
  .object({ through: ZCivilDate.openapi({ description: 'Last day of the month to close' }) })
  .strict()
  .openapi('ClosePeriodRequest');

export const ZPeriodState = z
  .object({ groupId: z.string(), closedThrough: z.string().nullable() })
  .openapi('PeriodState');
