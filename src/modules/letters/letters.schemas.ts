import { z } from '@hono/zod-openapi';
import { ZStoredFile } from '../files/index.js';

export const URGENCIES = ['ด่วน', 'ด่วนมาก', 'ด่วนที่สุด'] as const;

// Text fields accept empty strings here so the use case can answer each missing part with its own
// Thai message (checkDraft), rather than zod's generic "required".
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

export const ZEnclosure = z
  .object({
    description: text(300),
    quantity: z.int().min(1).max(9999),
    unit: text(30).openapi({ example: 'ชุด' }),
  })
  .strict();

export const ZLetterDraftRequest = z
  .object({
    issuingUnitId: z.string().trim().min(1).max(40),
    circular: z.boolean().default(false).openapi({ description: 'A circular ("ว") takes the circular series' }),
    urgency: z.enum(URGENCIES).nullable().optional(),
    officeName: text(200).openapi({ example: 'ศาลากลางจังหวัดพะเยา' }),
    officeAddress: text(300).openapi({ example: 'ถนนพหลโยธิน พย 56000' }),
    subject: text(500),
    salutation: text(300).openapi({
      description: 'The เรียน line without "เรียน"; may hold {ชื่อหน่วยงาน} {ชื่ออำเภอ} {ชื่อจังหวัด}',
      example: 'นายอำเภอ{ชื่ออำเภอ}',
    }),
    referenceText: optionalText(500),
    referenceCopyId: z.string().uuid().nullable().optional(),
    enclosures: z.array(ZEnclosure).max(30).default([]),
    body: z.array(z.string().trim().max(5000)).max(30).openapi({ description: 'Paragraphs; may hold placeholders' }),
    closing: text(100).default('ขอแสดงความนับถือ'),
    signerPersonId: z.string().uuid().nullable().optional(),
    signerPosition: text(200),
    signerActingFor: optionalText(200),
    ownerUnit: text(300).openapi({ example: 'สำนักงานพัฒนาชุมชนจังหวัด\nกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน' }),
    phone: text(100),
    email: optionalText(200),
    thaiDigits: z.boolean().default(true),
    addresseeIds: z.array(z.string().trim().min(1).max(40)).max(2000),
  })
  .strict()
  .openapi('LetterDraftRequest');
export type TLetterDraftRequest = z.infer<typeof ZLetterDraftRequest>;

const ZUnitRef = z.object({ id: z.string(), nameTh: z.string(), kind: z.string() });

export const ZLetterCopySummary = z
  .object({
    id: z.string(),
    letterId: z.string(),
    number: z.string().openapi({ description: 'As printed, e.g. "พย ๐๐๑๙.๑/ว ๒๐๓๒"' }),
    year: z.number(),
    series: z.enum(['outgoing', 'circular']),
    runningNo: z.number(),
    letterDate: z.string(),
    subject: z.string(),
    issuingUnit: ZUnitRef,
    addressee: ZUnitRef,
    status: z.enum(['issued', 'cancelled']),
    cancelReason: z.string().nullable(),
    receivedNo: z.number().nullable(),
    receivedAt: z.string().nullable(),
  })
  .openapi('LetterCopySummary');
export type TLetterCopySummary = z.infer<typeof ZLetterCopySummary>;

/** A letter as its author edits it (templates unmerged), with its registered copies once issued. */
export const ZLetter = z
  .object({
    id: z.string(),
    status: z.enum(['draft', 'issued']),
    issuingUnit: ZUnitRef,
    bookCode: z.string().nullable().openapi({ description: 'The unit’s book code now (null: not configured)' }),
    circular: z.boolean(),
    urgency: z.enum(URGENCIES).nullable(),
    officeName: z.string(),
    officeAddress: z.string(),
    subject: z.string(),
    salutation: z.string(),
    referenceText: z.string().nullable(),
    referenceCopyId: z.string().nullable(),
    enclosures: z.array(ZEnclosure),
    body: z.array(z.string()),
    closing: z.string(),
    signer: z.object({ personId: z.string(), fullName: z.string() }),
    signerPosition: z.string(),
    signerActingFor: z.string().nullable(),
    ownerUnit: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
    thaiDigits: z.boolean(),
    letterDate: z.string().nullable(),
    issuedAt: z.string().nullable(),
    addressees: z.array(ZUnitRef),
    copies: z.array(ZLetterCopySummary),
    attachments: z.array(ZStoredFile),
  })
  .openapi('Letter');
export type TLetter = z.infer<typeof ZLetter>;

export const ZLetterSummary = z
  .object({
    id: z.string(),
    status: z.enum(['draft', 'issued']),
    issuingUnit: ZUnitRef,
    subject: z.string(),
    circular: z.boolean(),
    letterDate: z.string().nullable(),
    createdAt: z.string(),
    addresseeCount: z.number(),
    copies: z.array(ZLetterCopySummary),
  })
  .openapi('LetterSummary');
export type TLetterSummary = z.infer<typeof ZLetterSummary>;

/** One addressee's copy, merged and formatted exactly as it is printed. */
export const ZLetterDocument = z
  .object({
    number: z.string(),
    urgency: z.string().nullable(),
    officeName: z.string(),
    officeAddress: z.array(z.string()),
    date: z.string(),
    subject: z.string(),
    salutation: z.string(),
    reference: z.string().nullable(),
    enclosures: z.array(z.object({ description: z.string(), quantity: z.string() })),
    body: z.array(z.string()),
    closing: z.string(),
    signerName: z.string(),
    signerPosition: z.array(z.string()),
    ownerUnit: z.array(z.string()),
    phone: z.string(),
    email: z.string().nullable(),
  })
  .openapi('LetterDocument');
export type TLetterDocument = z.infer<typeof ZLetterDocument>;

export const ZLetterCopy = ZLetterCopySummary.extend({
  document: ZLetterDocument,
  attachments: z.array(ZStoredFile),
}).openapi('LetterCopy');
export type TLetterCopy = z.infer<typeof ZLetterCopy>;

export const ZLetterPreview = z
  .object({ addressee: ZUnitRef, document: ZLetterDocument, copies: z.number() })
  .openapi('LetterPreview');
export type TLetterPreview = z.infer<typeof ZLetterPreview>;

export const ZCancelCopyRequest = z
  .object({ reason: z.string().trim().max(500) })
  .strict()
  .openapi('CancelCopyRequest');
export const ZLetterBook = z
  .object({ orgUnitId: z.string(), bookCode: z.string().nullable(), configured: z.boolean() })
  .openapi('LetterBook');
export type TLetterBook = z.infer<typeof ZLetterBook>;
export const ZLetterBookRequest = z
  .object({ bookCode: z.string().trim().max(40).openapi({ example: 'พย 0019.1' }) })
  .strict()
  .openapi('LetterBookRequest');

export const ZListLettersQuery = z.object({
  orgUnitId: z.string().max(40).optional(),
  year: z.coerce.number().int().min(1900).max(2999).optional(),
});
export const ZInboxQuery = z.object({ orgUnitId: z.string().max(40).optional() });
export const ZInbox = z.object({ unit: ZUnitRef, items: z.array(ZLetterCopySummary) }).openapi('LetterInbox');
export type TInbox = z.infer<typeof ZInbox>;
