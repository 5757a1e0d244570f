import { z } from '@hono/zod-openapi';

export const ZPassbookLink = z
  .object({ url: z.string(), qrDataUrl: z.string(), issuedAt: z.string() })
  .openapi('PassbookLink');

export const ZOpenPassbookRequest = z
  .object({
    thaiId: z
      .string()
      .transform((s) => s.replace(/[\s-]/g, ''))
      .pipe(z.string().regex(/^[0-9]{13}$/, 'กรุณากรอกเลขประจำตัวประชาชน 13 หลัก')),
  })
  .strict()
  .openapi('OpenPassbookRequest');

export const ZPassbook = z
  .object({
    groupNameTh: z.string(),
    memberNo: z.number(),
    fullName: z.string(),
    balances: z.object({ pledgedSavings: z.number(), specialSavings: z.number(), loansOutstanding: z.number() }),
    lastEntries: z.array(
      z.object({
        entryNo: z.number(),
        postedOn: z.string(),
        memo: z.string(),
        pledged: z.number(),
        special: z.number(),
        loanPrincipal: z.number(),
      }),
    ),
    chain: z.object({ intact: z.boolean(), headEntryNo: z.number(), headHash: z.string(), checkedAt: z.string() }),
  })
  .openapi('Passbook');
export type TPassbook = z.infer<typeof ZPassbook>;
