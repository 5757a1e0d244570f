import { z } from '@hono/zod-openapi';
import { ZCivilDate } from '../ledger/index.js';

// The form definition. Shapes are checked here; rules that need the whole form (unique keys, a
// choice with options, a table with columns, sums only on numbers) are checked in
// form-definition.ts, so each gets its own Thai message.
const base = {
  key: z.string().trim().min(1).max(40).openapi({ description: 'Stable key: letters, digits, _' }),
  labelTh: z.string().trim().min(1).max(200),
  required: z.boolean().default(false),
  helpTh: z.string().trim().max(500).default(''),
};
const ZNumberField = z
  .object({
    ...base,
    type: z.literal('number'),
    scale: z.int().min(0).max(6).default(0).openapi({ description: 'Decimal places allowed; 0 = integer' }),
    sumInMatrix: z.boolean().default(false),
  })
  .strict();
const ZMoneyField = z
  .object({ ...base, type: z.literal('money'), sumInMatrix: z.boolean().default(false) })
  .strict()
  .openapi({ description: 'Amount in satang (integer)' });
const ZTextField = z.object({ ...base, type: z.literal('text'), multiline: z.boolean().default(false) }).strict();
const ZDateField = z.object({ ...base, type: z.literal('date') }).strict();
const ZChoiceOption = z.object({ value: z.string().trim().min(1).max(40), labelTh: z.string().trim().min(1).max(200) });
const ZChoiceField = z
  .object({
    ...base,
    type: z.literal('choice'),
    options: z.array(ZChoiceOption).max(50).default([]),
    multiple: z.boolean().default(false),
  })
  .strict();
const ZPersonField = z
  .object({ ...base, type: z.literal('person') })
  .strict()
  .openapi({ description: "A person record id within the responding unit's area" });
export const FILE_KINDS = ['image', 'pdf', 'word', 'excel'] as const;
const MB = 1024 * 1024;
const ZFileField = z
  .object({
    ...base,
    type: z.literal('file'),
    accept: z.array(z.enum(FILE_KINDS)).default([...FILE_KINDS]),
    maxBytes: z
      .int()
      .min(1)
      .max(20 * MB)
      .default(10 * MB),
    maxFiles: z.int().min(1).max(20).default(5),
  })
  .strict();
const ZPhotoField = z
  .object({
    ...base,
    type: z.literal('photo'),
    maxBytes: z
      .int()
      .min(1)
      .max(20 * MB)
      .default(5 * MB),
    maxFiles: z.int().min(1).max(20).default(5),
  })
  .strict();
export const ZColumnField = z.discriminatedUnion('type', [
  ZNumberField,
  ZMoneyField,
  ZTextField,
  ZDateField,
  ZChoiceField,
]);
const ZTableField = z
  .object({
    ...base,
    type: z.literal('table'),
    columns: z.array(ZColumnField).max(30).default([]),
    minRows: z.int().min(0).max(500).default(0),
    maxRows: z.int().min(1).max(500).default(100),
  })
  .strict();
export const ZFormField = z
  .discriminatedUnion('type', [
    ZNumberField,
    ZMoneyField,
    ZTextField,
    ZDateField,
    ZChoiceField,
    ZPersonField,
    ZFileField,
    ZPhotoField,
    ZTableField,
  ])
  .openapi('ReportFormField');
export type TFormField = z.infer<typeof ZFormField>;
export type TColumnField = z.infer<typeof ZColumnField>;
export type TTableField = Extract<TFormField, { type: 'table' }>;

export const ZRequestInput = z
  .object({
    orgUnitId: z.string().trim().min(1).max(40).openapi({ description: 'Issuing office: a province or district' }),
    title: z.string().trim().min(1).max(300),
    instructions: z.string().trim().max(5000).default(''),
    projectId: z.string().uuid().nullable().default(null),
    letterId: z.string().uuid().nullable().default(null),
    fields: z.array(ZFormField).max(60),
    deadline: ZCivilDate.openapi({ description: 'On time = submitted by the end of this day, Asia/Bangkok' }),
    lockAfterDeadline: z.boolean().default(false),
    addressedUnitIds: z.array(z.string().trim().min(1).max(40)).max(1000),
  })
  .strict();
export const ZCreateRequest = ZRequestInput.extend({
  send: z.boolean().default(false).openapi({ description: 'Send at once instead of saving a draft' }),
  sentOn: ZCivilDate.optional().openapi({ description: 'Sending date when sending at once; default today' }),
})
  .strict()
  .openapi('CreateReportRequest');
export type TCreateRequest = z.infer<typeof ZCreateRequest>;
export const ZUpdateRequest = ZRequestInput.strict().openapi('UpdateReportRequest');
export type TRequestInput = z.infer<typeof ZRequestInput>;
export const ZSendRequest = z
  .object({ sentOn: ZCivilDate.optional().openapi({ description: 'Default today (Asia/Bangkok)' }) })
  .strict()
  .openapi('SendReportRequest');

export const ZUnitRef = z.object({ id: z.string(), nameTh: z.string() });

const ZAnsweredVia = z.object({ path: z.string(), labelTh: z.string() }).nullable().openapi({
  description:
    'Set when the units answer on another page (the staff fund’s proposals): the reports cannot be filled in or submitted here',
});
export type TAnsweredVia = NonNullable<z.infer<typeof ZAnsweredVia>>;

export const ZReportRequest = z
  .object({
    id: z.string(),
    issuingUnit: ZUnitRef,
    title: z.string(),
    instructions: z.string(),
    projectId: z.string().nullable(),
    letterId: z.string().nullable(),
    fields: z.array(ZFormField),
    deadline: z.string(),
    sentOn: z.string().nullable(),
    status: z.enum(['draft', 'sent', 'closed']),
    lockAfterDeadline: z.boolean(),
    answeredVia: ZAnsweredVia,
    addressedUnits: z.array(ZUnitRef),
  })
  .openapi('ReportRequest');
export type TReportRequest = z.infer<typeof ZReportRequest>;

export const ZRequestSummary = z
  .object({
    id: z.string(),
    issuingUnit: ZUnitRef,
    title: z.string(),
    deadline: z.string(),
    sentOn: z.string().nullable(),
    status: z.enum(['draft', 'sent', 'closed']),
    expected: z.number(),
    submitted: z.number(),
  })
  .openapi('ReportRequestSummary');

export const MATRIX_STATUSES = ['missing', 'on_time', 'late', 'returned', 'accepted'] as const;
export type MatrixStatus = (typeof MATRIX_STATUSES)[number];

export const ZStoredFileRef = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  byteSize: z.number(),
});

export const ZSubmission = z
  .object({
    id: z.string(),
    request: ZReportRequest.omit({ addressedUnits: true }),
    unit: ZUnitRef,
    status: z.enum(['expected', 'draft', 'submitted', 'returned', 'accepted']),
    matrixStatus: z.enum(MATRIX_STATUSES),
    answers: z.record(z.string(), z.unknown()),
    files: z.record(z.string(), z.array(ZStoredFileRef)).openapi({ description: 'By file/photo field key' }),
    people: z.array(ZUnitRef).openapi({ description: 'Names of the people chosen in person fields' }),
    firstSubmittedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
    late: z.boolean().nullable(),
    returnComment: z.string().nullable(),
    updatedAt: z.string().nullable(),
    locked: z.boolean().openapi({ description: 'Past the deadline of a locking request, no exception' }),
    lockException: z.boolean(),
    canFill: z.boolean().openapi({ description: 'The viewer may edit and submit it now' }),
    canReview: z.boolean().openapi({ description: 'The viewer is on the issuing side and may review it' }),
  })
  .openapi('ReportSubmission');
export type TSubmission = z.infer<typeof ZSubmission>;

export const ZAnswers = z
  .object({ answers: z.record(z.string(), z.unknown()).openapi({ description: 'By field key' }) })
  .strict()
  .openapi('ReportAnswers');
export const ZSubmitBody = z
  .object({ answers: z.record(z.string(), z.unknown()).optional() })
  .strict()
  .openapi('SubmitReport');
export const ZReturnBody = z
  .object({ comment: z.string().max(2000).default('') })
  .strict()
  .openapi('ReturnReport');

const ZSums = z.record(z.string(), z.number()).openapi({ description: 'By sum key (field, or table.column)' });
export const ZMatrix = z
  .object({
    request: ZReportRequest,
    asOf: z.string(),
    sumFields: z.array(z.object({ key: z.string(), labelTh: z.string(), type: z.enum(['number', 'money']) })),
    rows: z.array(
      z.object({
        submissionId: z.string(),
        unit: ZUnitRef,
        status: z.enum(MATRIX_STATUSES),
        firstSubmittedAt: z.string().nullable(),
        updatedAt: z.string().nullable(),
        lockException: z.boolean(),
        sums: ZSums,
      }),
    ),
    totals: z.object({
      expected: z.number(),
      onTime: z.number(),
      late: z.number(),
      missing: z.number(),
      returned: z.number(),
      accepted: z.number(),
    }),
    sums: ZSums.openapi({ description: 'Over reports submitted and not sent back for correction' }),
  })
  .openapi('ReportMatrix');
export type TMatrix = z.infer<typeof ZMatrix>;

export const ZInboxItem = z.object({
  submissionId: z.string(),
  requestId: z.string(),
  title: z.string(),
  issuingUnit: ZUnitRef,
  unit: ZUnitRef,
  deadline: z.string(),
  sentOn: z.string().nullable(),
  requestStatus: z.enum(['sent', 'closed']),
  status: z.enum(['expected', 'draft', 'submitted', 'returned', 'accepted']),
  matrixStatus: z.enum(MATRIX_STATUSES),
  dueInDays: z.number().openapi({ description: 'Days from today (Asia/Bangkok) to the deadline; negative = overdue' }),
  overdue: z.boolean(),
  reminder: z.boolean().openapi({ description: 'Not submitted and due within 3 days' }),
  locked: z.boolean(),
  answeredVia: ZAnsweredVia,
});
export const ZInbox = z.object({ today: z.string(), items: z.array(ZInboxItem) }).openapi('ReportInbox');
export type TInboxItem = z.infer<typeof ZInboxItem>;

export const ZAttachForm = z.object({
  field: z.string().trim().min(1).max(40).openapi({ description: 'Key of a file or photo field' }),
  file: z.custom<File>((v) => v instanceof File).openapi({ type: 'string', format: 'binary' }),
});

/** An area dashboard's report completeness (open requests addressed to offices in the area). */
export const ZAreaCompleteness = z
  .object({
    totals: z.object({
      requests: z.number().int(),
      expected: z.number().int(),
      onTime: z.number().int(),
      late: z.number().int(),
      missing: z.number().int(),
    }),
    requests: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          issuerNameTh: z.string(),
          deadline: z.string(),
          expected: z.number().int(),
          onTime: z.number().int(),
          late: z.number().int(),
          missing: z.number().int(),
          overdue: z.boolean(),
        }),
      )
      .openapi({ description: 'The open requests with the latest deadlines first (at most 10)' }),
  })
  .openapi('AreaReportCompleteness');
export type TAreaCompleteness = z.infer<typeof ZAreaCompleteness>;
