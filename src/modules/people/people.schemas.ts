import { z } from '@hono/zod-openapi';
import { ORG_UNIT_KINDS } from '../org/index.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const ZPersonInput = z
  .object({
    title: z.string().trim().min(1).max(50),
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
    thaiId: optionalText(20).openapi({
      description: '13-digit Thai citizen ID; dashes, spaces and Thai digits allowed',
    }),
    positionCode: optionalText(50),
    orgUnitId: z.string().trim().min(1).max(40),
    phone: optionalText(30),
    email: z
      .union([z.literal(''), z.email().max(200)])
      .optional()
      .nullable()
      .transform((v) => (v ? v : null)),
    networks: z.array(z.string().max(50)).max(20).default([]),
  })
  .strict();
export const ZCreatePersonRequest = ZPersonInput.openapi('CreatePersonRequest');
export type TPersonInput = z.infer<typeof ZPersonInput>;

export const ZUpdatePersonRequest = ZPersonInput.partial()
  .extend({ version: z.number().int().min(1) })
  .strict()
  .openapi('UpdatePersonRequest');
export type TUpdatePersonInput = z.infer<typeof ZUpdatePersonRequest>;

export const ZPersonSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    fullName: z.string(),
    positionCode: z.string().nullable(),
    positionNameTh: z.string().nullable(),
    orgUnitId: z.string(),
    orgUnitNameTh: z.string(),
    orgUnitKind: z.enum(ORG_UNIT_KINDS),
    thaiIdMasked: z.string().nullable(),
    networks: z.array(z.string()),
  })
  .openapi('PersonSummary');
export type TPersonSummary = z.infer<typeof ZPersonSummary>;

export const ZPerson = ZPersonSummary.extend({
  thaiId: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('Person');
export type TPerson = z.infer<typeof ZPerson>;

export const ZPersonListQuery = z.object({
  orgUnitId: z.string().max(40).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZPersonList = z
  .object({
    items: z.array(ZPersonSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('PersonList');

export const ZReference = z
  .object({
    titles: z.array(z.string()),
    positions: z.array(z.object({ code: z.string(), nameTh: z.string(), isStaff: z.boolean() })),
    networks: z.array(z.object({ code: z.string(), abbrTh: z.string(), nameTh: z.string() })),
    roles: z.array(z.object({ role: z.string(), nameTh: z.string() })),
  })
  .openapi('Reference');

/** multipart/form-data; `file` is checked as a File here, its content by the import use case. */
export const ZImportPeopleForm = z
  .object({
    file: z
      .custom<File>((v) => v instanceof File)
      .openapi({
        type: 'string',
        format: 'binary',
        description: '.xlsx, or .csv in UTF-8 (BOM optional); header row first',
      }),
    orgUnitId: z
      .string()
      .trim()
      .max(40)
      .optional()
      .openapi({ description: 'Org unit for rows whose orgUnitId (รหัสหน่วยงาน) cell is empty' }),
  })
  .openapi('ImportPeopleRequest');

export const ZImportPeopleResult = z.object({ imported: z.number().int() }).openapi('ImportPeopleResult');
