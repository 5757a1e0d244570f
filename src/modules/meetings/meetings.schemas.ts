import { z } from '@hono/zod-openapi';
import { ZCivilDate, ZNonNegativeSatang, ZSatang } from '../ledger/index.js';

export const ZMeetingRow = z
  .object({
    memberNo: z.int().positive(),
    pledge: ZNonNegativeSatang.default(0),
    specialDeposit: ZNonNegativeSatang.default(0),
    specialWithdrawal: ZNonNegativeSatang.default(0),
    fine: ZNonNegativeSatang.default(0),
    loanPayments: z
      .array(z.object({ loanNo: z.int().positive(), amount: ZNonNegativeSatang }).strict())
      .max(10)
      .default([]),
  })
  .strict();

export const ZPostMeetingDayRequest = z
  .object({
    postedOn: ZCivilDate,
    memo: z.string().trim().max(200).default(''),
    rows: z.array(ZMeetingRow).min(1).max(2000),
  })
  .strict()
  .openapi('PostMeetingDayRequest');
export type TPostMeetingDayRequest = z.infer<typeof ZPostMeetingDayRequest>;

export const ZMeetingTotals = z.object({
  pledge: ZSatang,
  specialDeposit: ZSatang,
  specialWithdrawal: ZSatang,
  fine: ZSatang,
  loanPrincipal: ZSatang,
  loanInterest: ZSatang,
  loanPenalty: ZSatang,
  cashIn: ZSatang,
  cashOut: ZSatang,
});

export const ZMeetingDayResult = z
  .object({
    groupId: z.string(),
    batchNo: z.number(),
    postedOn: z.string(),
    entries: z.array(
      ZMeetingTotals.extend({ memberNo: z.number(), fullName: z.string(), entryNo: z.number() }).omit({
        cashIn: true,
        cashOut: true,
      }),
    ),
    totals: ZMeetingTotals,
  })
  .openapi('MeetingDayResult');
export type TMeetingDayResult = z.infer<typeof ZMeetingDayResult>;

/** Rows in one upload, across its groups: a district's month at once (about 36 groups of 100). */
export const MAX_UPLOAD_ROWS = 10_000;

export const ZPostMeetingDaysRequest = z
  .object({
    days: z
      .array(ZPostMeetingDayRequest.extend({ groupId: z.string().uuid() }).strict())
      .min(1)
      .max(200)
      .openapi({ description: `At most ${MAX_UPLOAD_ROWS} rows in all` }),
  })
  .strict()
  .openapi('PostMeetingDaysRequest');
export type TPostMeetingDaysRequest = z.infer<typeof ZPostMeetingDaysRequest>;

export const ZMeetingDaysResult = z.object({ days: z.array(ZMeetingDayResult) }).openapi('MeetingDaysResult');
export type TMeetingDaysResult = z.infer<typeof ZMeetingDaysResult>;
