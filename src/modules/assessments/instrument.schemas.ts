// The instrument model: dimensions (ด้าน) → indicators (ตัวชี้วัด), each with its answer type and
// pass rule, and the rule that turns indicator results into the instrument's score or level. zod
// checks the shape; check-instrument.ts checks what only makes sense as a whole (the declared
// "5 ด้าน 23 ตัวชี้วัด" against the content, unique codes, ledger sources of the right type).
import { z } from '@hono/zod-openapi';

const text = (max: number) => z.string().trim().min(1).max(max);
const ZCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$/)
  .openapi({ description: "Stable key within the instrument, e.g. '2' or '2.3'" });

/**
 * Facts the savings modules already hold, computed on read for a forum's group and date, so the
 * forum does not retype what the books say (and a later posting changes them until sign-off).
 */
export const LEDGER_SOURCES = [
  'books_days_since_posting',
  'arrears_percent',
  'allocation_complete',
  'committee_complete',
  'active_members',
] as const;
export type LedgerSource = (typeof LEDGER_SOURCES)[number];
export const LEDGER_SOURCE_TYPE: Record<LedgerSource, 'yes_no' | 'number'> = {
  books_days_since_posting: 'number',
  arrears_percent: 'number',
  allocation_complete: 'yes_no',
  committee_complete: 'yes_no',
  active_members: 'number',
};

export const LEDGER_SOURCE_TH: Record<LedgerSource, string> = {
  books_days_since_posting: 'จำนวนวันนับจากการบันทึกบัญชีครั้งล่าสุด',
  arrears_percent: 'ร้อยละเงินต้นค้างชำระต่อเงินกู้คงค้าง',
  allocation_complete: 'ระเบียบจัดสรรกำไรครบร้อยละ 100',
  committee_complete: 'คณะกรรมการอำนวยการมีประธานและเหรัญญิกอยู่ในวาระ',
  active_members: 'จำนวนสมาชิกที่ยังคงสถานะ',
};

export const ZAnswerSpec = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('yes_no'), passWhen: z.enum(['yes', 'no']).default('yes') }).strict(),
    z
      .object({
        type: z.literal('level'),
        maxLevel: z.int().min(1).max(10),
        passAtLeast: z.int().min(0).max(10),
        /** One label per level 0…maxLevel, or none. */
        levelLabelsTh: z.array(text(200)).max(11).default([]),
      })
      .strict(),
    z
      .object({
        type: z.literal('number'),
        unitTh: z.string().trim().max(50).default(''),
        decimals: z.int().min(0).max(2).default(0),
        /** Passes when min ≤ value ≤ max; either bound may be open. */
        min: z.number().nullable().default(null),
        max: z.number().nullable().default(null),
      })
      .strict(),
  ])
  .openapi('AssessmentAnswerSpec');
export type TAnswerSpec = z.infer<typeof ZAnswerSpec>;
export type AnswerType = TAnswerSpec['type'];

export const ZIndicatorInput = z
  .object({
    code: ZCode,
    textTh: text(2000),
    guidanceTh: z.string().trim().max(4000).default(''),
    evidenceTh: z.string().trim().max(1000).default('').openapi({ description: 'What evidence shows it' }),
    evidenceRequired: z.boolean().default(false).openapi({ description: 'Sign-off needs a file attached' }),
    answer: ZAnswerSpec,
    weight: z.int().min(1).max(100).default(1).openapi({ description: 'Points when passed' }),
    ledgerSource: z.enum(LEDGER_SOURCES).nullable().default(null),
  })
  .strict()
  .openapi('AssessmentIndicatorInput');
export type TIndicatorInput = z.infer<typeof ZIndicatorInput>;

export const ZDimensionInput = z
  .object({ code: ZCode, titleTh: text(500), indicators: z.array(ZIndicatorInput).min(1).max(100) })
  .strict()
  .openapi('AssessmentDimensionInput');
export type TDimensionInput = z.infer<typeof ZDimensionInput>;

export const ZResultRule = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('score'), passPercent: z.int().min(0).max(100) }).strict(),
    z
      .object({
        kind: z.literal('level'),
        /** The percentage the levels are read from: the whole instrument, or its weakest dimension. */
        basis: z.enum(['overall', 'weakest_dimension']),
        levels: z
          .array(z.object({ level: z.int().min(0).max(20), labelTh: text(200), minPercent: z.int().min(0).max(100) }))
          .min(1)
          .max(20),
      })
      .strict(),
  ])
  .openapi('AssessmentResultRule');
export type TResultRule = z.infer<typeof ZResultRule>;

export const ZInstrumentInput = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_-]{0,39}$/)
      .openapi({ description: 'Same code = a new version of the same instrument' }),
    titleTh: text(300),
    isSample: z.boolean().openapi({ description: 'A sample (ตัวอย่าง), not the department’s official text' }),
    declaredShape: z
      .object({ dimensions: z.int().min(1).max(30), indicators: z.int().min(1).max(500) })
      .strict()
      .openapi({ description: 'What the instrument says it has, e.g. 5 ด้าน 23 ตัวชี้วัด' }),
    descriptionTh: z.string().trim().max(4000).default(''),
    dimensions: z.array(ZDimensionInput).min(1).max(30),
    result: ZResultRule,
  })
  .strict()
  .openapi('AssessmentInstrumentInput');
export type TInstrumentInput = z.infer<typeof ZInstrumentInput>;

/** What the stored jsonb holds: the content below the instrument's own columns. */
export const ZInstrumentContent = ZInstrumentInput.pick({ descriptionTh: true, dimensions: true, result: true });
export type TInstrumentContent = z.infer<typeof ZInstrumentContent>;

export const ZInstrument = ZInstrumentInput.extend({
  id: z.string(),
  ledgerSourcesTh: z
    .record(z.string(), z.string())
    .openapi({ description: 'What each ledger source the instrument uses reads from the books' }),
  version: z.number(),
  shapeTh: z.string().openapi({ description: '"5 ด้าน 23 ตัวชี้วัด"' }),
  createdAt: z.string(),
}).openapi('AssessmentInstrument');
export type TInstrument = z.infer<typeof ZInstrument>;

export const ZInstrumentSummary = ZInstrument.pick({
  id: true,
  code: true,
  version: true,
  titleTh: true,
  isSample: true,
  shapeTh: true,
  createdAt: true,
}).openapi('AssessmentInstrumentSummary');
export type TInstrumentSummary = z.infer<typeof ZInstrumentSummary>;

export const shapeTh = (dimensions: number, indicators: number) => `${dimensions} ด้าน ${indicators} ตัวชี้วัด`;
