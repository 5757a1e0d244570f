import { z } from '@hono/zod-openapi';
import { ZSatang } from '../ledger/index.js';

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
    balances: z.object({ pledgedSavings: ZSatang, specialSavings: ZSatang, loansOutstanding: ZSatang }),
    lastEntries: z.array(
      z.object({
        entryNo: z.number(),
        postedOn: z.string(),
        memo: z.string(),
        pledged: ZSatang,
        special: ZSatang,
        loanPrincipal: ZSatang,
      }),
    ),
    chain: z.object({ intact: z.boolean(), headEntryNo: z.number(), headHash: z.string(), checkedAt: z.string() }),
  })
  .openapi('Passbook');
export type TPassbook = z.infer<typeof ZPassbook>;
