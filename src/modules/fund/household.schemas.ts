import { z } from '@hono/zod-openapi';
import { ZCivilDate } from '../ledger/index.js';
import { ZUnitRef } from './fund.schemas.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);

/** TPMAP's five dimensions of basic needs (สุขภาพ ความเป็นอยู่ การศึกษา รายได้ การเข้าถึงบริการรัฐ). */
export const TPMAP_DIMENSIONS = ['health', 'living', 'education', 'income', 'services'] as const;
export const VULNERABILITIES = ['vulnerable', 'poor', 'disadvantaged'] as const;

export const ZHouseholdInput = z
  .object({
    villageId: required(40).openapi({ description: 'The village (หมู่บ้าน) the household lives in' }),
    houseNo: required(40).openapi({ description: 'บ้านเลขที่' }),
    head: z
      .object({
        title: required(40),
        firstName: required(100),
        lastName: required(100),
        thaiId: required(20).openapi({ description: '13 digits with a valid check digit; never listed unmasked' }),
      })
      .strict(),
    phone: text(40).nullable().default(null),
    members: z
      .array(
        z
          .object({
            title: text(40).default(''),
            firstName: required(100),
            lastName: required(100),
            relation: required(60),
            birthYearBe: z.int().min(2400).max(2700).nullable().default(null),
          })
          .strict(),
      )
      .max(30)
      .default([]),
    tpmap: z.boolean().openapi({ description: 'Fails the TPMAP basic-needs criteria' }),
    failedIndicators: z
      .array(z.object({ dimension: z.enum(TPMAP_DIMENSIONS), indicatorTh: required(300) }).strict())
      .max(40)
      .default([]),
    vulnerability: z.enum(VULNERABILITIES).nullable().default(null),
    needsTh: required(2000).openapi({ description: 'ความต้องการ: what help the household asks for' }),
    surveyedOn: ZCivilDate,
  })
  .strict()
  .openapi('FundHouseholdInput');
export type THouseholdInput = z.infer<typeof ZHouseholdInput>;

export const ZHouseholdSummary = z
  .object({
    id: z.string(),
    householdNo: z.number(),
    district: ZUnitRef,
    village: ZUnitRef.extend({ villageNo: z.number().nullable() }),
    houseNo: z.string(),
    headName: z.string(),
    headThaiIdMasked: z.string().openapi({ description: 'e.g. 1-2345-xxxxx-xx-1' }),
    members: z.number(),
    tpmap: z.boolean(),
    vulnerability: z.enum(VULNERABILITIES).nullable(),
    surveyedOn: z.string(),
  })
  .openapi('FundHouseholdSummary');
export type THouseholdSummary = z.infer<typeof ZHouseholdSummary>;

export const ZHousehold = ZHouseholdSummary.extend({
  head: z.object({ title: z.string(), firstName: z.string(), lastName: z.string() }),
  headThaiId: z.string().openapi({ description: 'Full ID: only on this single-record view, for its readers' }),
  phone: z.string().nullable(),
  memberList: z.array(
    z.object({
      title: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      relation: z.string(),
      birthYearBe: z.number().nullable(),
    }),
  ),
  failedIndicators: z.array(z.object({ dimension: z.string(), indicatorTh: z.string() })),
  needsTh: z.string(),
  version: z.number(),
  canEdit: z.boolean(),
}).openapi('FundHousehold');
export type THousehold = z.infer<typeof ZHousehold>;
