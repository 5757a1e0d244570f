import { z } from '@hono/zod-openapi';
import { ZCivilDate } from '../ledger/index.js';
import { ZFormField } from '../requests/index.js';

// Points travel as JSON numbers with at most one decimal (7.5); the use cases turn them into
// integer tenths and refuse finer fractions with a Thai message. Aggregates travel as strings with
// 2 decimals plus the exact fraction they round.
const ZPoints = z.number().min(0).max(10_000).openapi({ description: 'Points, at most one decimal place' });
const ZUnitId = z.string().trim().min(1).max(40);
const text = (max: number) => z.string().trim().min(1).max(max);

export const CALL_STATUSES = ['draft', 'open', 'scoring', 'closed', 'decided', 'announced'] as const;
export const CATEGORY_KINDS = ['pair', 'group', 'member', 'best_practice'] as const;
export const NOMINATION_STATUSES = ['draft', 'endorsed', 'submitted', 'withdrawn'] as const;
export const MEMBER_ROLES = ['chair', 'member', 'secretary'] as const;

export const ZTieBreak = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('criterion'), code: z.string().trim().min(1).max(20) }).strict(),
    z.object({ kind: z.literal('earlier_submission') }).strict(),
  ])
  .openapi('AwardTieBreak');

export const ZFormSection = z
  .object({ key: z.string().trim().min(1).max(40), titleTh: text(300), fields: z.array(ZFormField).max(60) })
  .strict()
  .openapi('AwardFormSection');
export type TFormSection = z.infer<typeof ZFormSection>;

export const ZCategoryInput = z
  .object({
    code: z.string().trim().min(1).max(40).openapi({ description: "Stable key, e.g. 'pair'" }),
    kind: z.enum(CATEGORY_KINDS).openapi({ description: 'pair = a staff member + a network partner' }),
    nameTh: text(300),
    honourTh: text(300).optional().openapi({ description: "Printed on winners' certificates; default nameTh" }),
    quotaPerUnit: z.int().min(1).max(100).default(1).openapi({ description: 'Nominations per office' }),
    winners: z.int().min(1).max(100).default(1),
    staffPositions: z.array(z.string().max(50)).max(20).default([]).openapi({
      description: 'Position codes a staff nominee may hold (e.g. cd_worker, cd_volunteer) in the nominating office',
    }),
    partnerNetworks: z.array(z.string().max(50)).max(20).default([]).openapi({
      description: 'A partner (or member) nominee must belong to one of these networks',
    }),
    cleanRecord: z
      .object({ fieldKey: z.string().max(40), cleanValue: z.string().max(40) })
      .strict()
      .nullable()
      .default(null)
      .openapi({ description: 'The disciplinary declaration field and its clean answer, attested on endorsement' }),
    form: z.object({ sections: z.array(ZFormSection).max(20) }).strict(),
  })
  .strict()
  .openapi('AwardCategoryInput');
export type TCategoryInput = z.infer<typeof ZCategoryInput>;

export const ZCallInput = z
  .object({
    organiserUnitId: ZUnitId.openapi({ description: 'The organising office (a province office)' }),
    projectId: z.string().uuid().nullable().default(null),
    title: text(300),
    description: z.string().trim().max(10_000).default(''),
    namesDeadline: ZCivilDate.openapi({ description: 'Names by the end of this day, Asia/Bangkok' }),
    dossierDeadline: ZCivilDate.openapi({ description: 'Dossiers by the end of this day, Asia/Bangkok' }),
    aggregation: z.enum(['mean', 'trimmed_mean']),
    spreadThreshold: ZPoints.openapi({ description: 'Flag a dossier whose judge totals differ by more points' }),
    tieBreaks: z.array(ZTieBreak).max(10).default([]),
    categories: z.array(ZCategoryInput).min(1).max(10),
  })
  .strict()
  .openapi('AwardCallInput');
export type TCallInput = z.infer<typeof ZCallInput>;

export const ZRubricInput = z
  .object({
    statedTotal: ZPoints.openapi({ description: 'The total the letter states (รวม ๑๐๐ คะแนน)' }),
    criteria: z
      .array(
        z
          .object({
            code: z
              .string()
              .trim()
              .min(1)
              .max(20)
              .openapi({ description: "'1', '2', '2.1': the tree is in the codes" }),
            labelTh: text(3000),
            maxPoints: ZPoints,
            statedPoints: ZPoints.nullable().default(null).openapi({ description: 'The number the text annotates' }),
          })
          .strict(),
      )
      .max(100),
  })
  .strict()
  .openapi('AwardRubricInput');
export type TRubricInput = z.infer<typeof ZRubricInput>;

export const ZMemberInput = z
  .object({
    personId: z.string().uuid(),
    role: z.enum(MEMBER_ROLES),
    titleTh: text(300).openapi({ description: "As appointed, e.g. 'ประธานคณะกรรมการพัฒนาสตรีจังหวัดฉะเชิงเทรา'" }),
    scores: z.boolean().default(true),
  })
  .strict()
  .openapi('AwardMemberInput');
export type TMemberInput = z.infer<typeof ZMemberInput>;

export const ZNominateInput = z
  .object({
    categoryCode: z.string().trim().min(1).max(40),
    orgUnitId: ZUnitId.openapi({ description: 'The nominating office' }),
    entryName: z.string().trim().max(300).nullable().default(null).openapi({ description: 'group / best_practice' }),
    nominees: z
      .array(z.object({ personId: z.string().uuid(), role: z.enum(['staff', 'partner', 'member']) }).strict())
      .max(20),
  })
  .strict()
  .openapi('AwardNominateInput');
export type TNominateInput = z.infer<typeof ZNominateInput>;

export const ZAnswersInput = z
  .object({ answers: z.record(z.string(), z.unknown()) })
  .strict()
  .openapi('AwardAnswers');
export const ZEndorseInput = z
  .object({ positionLine: text(300).optional().openapi({ description: "Default 'พัฒนาการอำเภอ…'" }) })
  .strict()
  .openapi('AwardEndorse');
export const ZReasonInput = z
  .object({ reason: text(2000) })
  .strict()
  .openapi('AwardReason');
export const ZSheetInput = z
  .object({
    scores: z
      .array(
        z
          .object({
            code: z.string().trim().min(1).max(20),
            points: ZPoints,
            comment: z.string().trim().max(2000).default(''),
          })
          .strict(),
      )
      .max(100),
  })
  .strict()
  .openapi('AwardSheetInput');
export type TSheetInput = z.infer<typeof ZSheetInput>;
export const ZConflictInput = z
  .object({
    nominationId: z.string().uuid(),
    memberId: z
      .string()
      .uuid()
      .optional()
      .openapi({ description: 'Default: the acting judge; the chair may name another' }),
    reason: text(2000),
  })
  .strict()
  .openapi('AwardConflictInput');
export const ZCloseInput = z
  .object({
    force: z.boolean().default(false).openapi({ description: 'Close although some sheets are unsubmitted' }),
    reason: z.string().trim().max(2000).optional(),
  })
  .strict()
  .openapi('AwardClose');
export const ZDecisionInput = z
  .object({
    winners: z
      .array(z.object({ categoryCode: z.string().max(40), nominationIds: z.array(z.string().uuid()).min(1).max(100) }))
      .max(10)
      .optional()
      .openapi({ description: 'Default: the top of each ranking' }),
    reason: z.string().trim().max(5000).optional().openapi({ description: 'Required if not the top of the ranking' }),
    minutes: z.string().trim().max(20_000).default(''),
    decidedOn: ZCivilDate,
  })
  .strict()
  .openapi('AwardDecision');
export type TDecisionInput = z.infer<typeof ZDecisionInput>;
const ZSigner = z.object({ name: text(200), position: text(300) }).strict();
export const ZAnnounceInput = z
  .object({
    issuedOn: ZCivilDate.optional().openapi({ description: "Certificates' date; default today (Asia/Bangkok)" }),
    signer: ZSigner.optional().openapi({ description: "Certificates' signer; default the chair and their title" }),
  })
  .strict()
  .openapi('AwardAnnounce');
export type TAnnounceInput = z.infer<typeof ZAnnounceInput>;

// ---- responses ----

export const ZUnitRef = z.object({ id: z.string(), nameTh: z.string() });
export const ZPersonRef = z.object({ id: z.string(), fullName: z.string(), positionTh: z.string().nullable() });
const ZExact = z.object({ num: z.number().int(), den: z.number().int() }).openapi({
  description: 'The exact value in tenths of a point: num / den',
});

export const ZCriterion = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  labelTh: z.string(),
  maxPoints: z.number(),
  statedPoints: z.number().nullable(),
  isLeaf: z.boolean(),
});
export const ZRubric = z.object({ statedTotal: z.number(), criteria: z.array(ZCriterion) }).openapi('AwardRubric');
export type TRubric = z.infer<typeof ZRubric>;

export const ZCategory = z
  .object({
    id: z.string(),
    code: z.string(),
    kind: z.enum(CATEGORY_KINDS),
    nameTh: z.string(),
    honourTh: z.string(),
    quotaPerUnit: z.number().int(),
    winners: z.number().int(),
    staffPositions: z.array(z.string()),
    partnerNetworks: z.array(z.string()),
    cleanRecord: z.object({ fieldKey: z.string(), cleanValue: z.string() }).nullable(),
    form: z.object({ sections: z.array(ZFormSection) }),
    rubric: ZRubric.nullable(),
  })
  .openapi('AwardCategory');

export const ZMember = z
  .object({
    id: z.string(),
    person: ZPersonRef,
    role: z.enum(MEMBER_ROLES),
    titleTh: z.string(),
    scores: z.boolean(),
    hasAccount: z.boolean(),
  })
  .openapi('AwardCommitteeMember');
export type TMember = z.infer<typeof ZMember>;

export const ZWinner = z.object({
  categoryCode: z.string(),
  categoryNameTh: z.string(),
  place: z.number().int(),
  nominationId: z.string(),
  unit: ZUnitRef,
  entryName: z.string().nullable(),
  nominees: z.array(z.object({ role: z.string(), person: ZPersonRef })),
});

export const ZCall = z
  .object({
    id: z.string(),
    organiserUnit: ZUnitRef,
    projectId: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    namesDeadline: z.string(),
    dossierDeadline: z.string(),
    aggregation: z.enum(['mean', 'trimmed_mean']),
    aggregationRuleTh: z.string(),
    spreadThreshold: z.number(),
    tieBreaks: z.array(
      z.object({ kind: z.enum(['criterion', 'earlier_submission']), code: z.string().nullable(), labelTh: z.string() }),
    ),
    status: z.enum(CALL_STATUSES).openapi({ description: 'Open past the dossier deadline counts as scoring' }),
    openedAt: z.string().nullable(),
    scoringStartedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    closeForcedReason: z.string().nullable(),
    decidedOn: z.string().nullable(),
    announcedAt: z.string().nullable(),
    categories: z.array(ZCategory),
    committee: z.array(ZMember),
    winners: z.array(ZWinner).nullable().openapi({ description: 'Once announced (members: once decided)' }),
    viewer: z.object({
      organiser: z.boolean().openapi({ description: 'May manage the call' }),
      member: z.object({ id: z.string(), role: z.enum(MEMBER_ROLES), scores: z.boolean() }).nullable(),
      nominatingUnits: z.array(ZUnitRef).openapi({ description: 'Offices the viewer may nominate for' }),
    }),
  })
  .openapi('AwardCall');
export type TCall = z.infer<typeof ZCall>;

export const ZCallSummary = z
  .object({
    id: z.string(),
    organiserUnit: ZUnitRef,
    title: z.string(),
    status: z.enum(CALL_STATUSES),
    namesDeadline: z.string(),
    dossierDeadline: z.string(),
    role: z.enum(['organiser', 'member', 'nominator']),
  })
  .openapi('AwardCallSummary');
export type TCallSummary = z.infer<typeof ZCallSummary>;

export const ZFileRef = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  byteSize: z.number(),
});
const ZNominee = z.object({
  role: z.enum(['staff', 'partner', 'member']),
  person: ZPersonRef,
  networks: z.array(z.string()),
});

export const ZNominationSummary = z
  .object({
    id: z.string(),
    callId: z.string(),
    category: z.object({ code: z.string(), nameTh: z.string(), kind: z.enum(CATEGORY_KINDS) }),
    unit: ZUnitRef,
    entryName: z.string().nullable(),
    status: z.enum(NOMINATION_STATUSES),
    nominees: z.array(ZNominee),
    namedAt: z.string(),
    endorsedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
  })
  .openapi('AwardNominationSummary');
export type TNominationSummary = z.infer<typeof ZNominationSummary>;

export const ZNomination = ZNominationSummary.extend({
  form: z.object({ sections: z.array(ZFormSection) }),
  answers: z.record(z.string(), z.unknown()),
  files: z.record(z.string(), z.array(ZFileRef)).openapi({ description: 'By file/photo field key' }),
  endorsement: z.object({ name: z.string(), position: z.string(), at: z.string() }).nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  can: z.object({ edit: z.boolean(), endorse: z.boolean(), submit: z.boolean(), withdraw: z.boolean() }),
  result: z
    .object({ aggregate: z.string().nullable(), winner: z.boolean() })
    .nullable()
    .openapi({ description: "Once announced: this dossier's aggregate and whether it won" }),
}).openapi('AwardNomination');
export type TNomination = z.infer<typeof ZNomination>;

const SHEET_STATES = ['not_started', 'in_progress', 'submitted', 'conflicted'] as const;

export const ZJudging = z
  .object({
    callId: z.string(),
    status: z.enum(CALL_STATUSES),
    member: z.object({ id: z.string(), role: z.enum(MEMBER_ROLES), titleTh: z.string(), scores: z.boolean() }),
    dossiers: z.array(
      z.object({
        nominationId: z.string(),
        categoryCode: z.string(),
        unit: ZUnitRef,
        entryName: z.string().nullable(),
        nominees: z.array(ZNominee),
        state: z.enum(SHEET_STATES),
        conflictReason: z.string().nullable(),
        scoredItems: z.number().int(),
        items: z.number().int(),
      }),
    ),
  })
  .openapi('AwardJudging');
export type TJudging = z.infer<typeof ZJudging>;

export const ZSheet = z
  .object({
    nominationId: z.string(),
    member: z.object({ id: z.string(), fullName: z.string(), titleTh: z.string() }),
    state: z.enum(SHEET_STATES),
    submittedAt: z.string().nullable(),
    editable: z.boolean(),
    criteria: z.array(ZCriterion),
    scores: z.array(z.object({ code: z.string(), points: z.number(), comment: z.string() })),
    total: z.number(),
  })
  .openapi('AwardSheet');
export type TSheet = z.infer<typeof ZSheet>;

export const ZProgress = z
  .object({
    status: z.enum(CALL_STATUSES),
    unsubmitted: z.number().int().openapi({ description: 'Sheets still owed by judges not conflicted' }),
    judges: z.array(z.object({ memberId: z.string(), fullName: z.string(), titleTh: z.string() })),
    dossiers: z.array(
      z.object({
        nominationId: z.string(),
        categoryCode: z.string(),
        unit: ZUnitRef,
        judges: z.array(z.object({ memberId: z.string(), state: z.enum(SHEET_STATES) })),
      }),
    ),
  })
  .openapi('AwardProgress');
export type TProgress = z.infer<typeof ZProgress>;

export const ZConflict = z
  .object({
    nominationId: z.string(),
    unit: ZUnitRef,
    memberId: z.string(),
    judgeName: z.string(),
    source: z.enum(['automatic', 'declared']),
    reason: z.string(),
  })
  .openapi('AwardConflict');
export type TConflict = z.infer<typeof ZConflict>;

const ZRankEntry = z.object({
  rank: z.number().int(),
  nominationId: z.string(),
  unit: ZUnitRef,
  entryName: z.string().nullable(),
  nominees: z.array(ZNominee),
  aggregate: z.string().nullable().openapi({ description: '2 decimals, half up' }),
  aggregateExact: ZExact.nullable(),
  judgesCounted: z.number().int(),
  judgesDropped: z.number().int().openapi({ description: 'Trimmed off (trimmed mean)' }),
  spread: z.number().nullable(),
  spreadFlag: z.boolean(),
  criterionAggregates: z.record(z.string(), z.string().nullable()),
  separatedBy: z
    .object({ ruleNo: z.number().int(), labelTh: z.string() })
    .nullable()
    .openapi({ description: 'The tie-break rule that placed this entry below the previous one' }),
  tiedWithPrevious: z.boolean(),
  sheets: z.array(
    z.object({
      memberId: z.string(),
      state: z.enum(SHEET_STATES),
      total: z.number().nullable(),
      scores: z.record(z.string(), z.number()),
      comments: z.record(z.string(), z.string()),
    }),
  ),
});
export const ZResults = z
  .object({
    callId: z.string(),
    status: z.enum(CALL_STATUSES),
    aggregationRuleTh: z.string(),
    spreadThreshold: z.number(),
    judges: z.array(
      z.object({ memberId: z.string(), fullName: z.string(), titleTh: z.string(), role: z.enum(MEMBER_ROLES) }),
    ),
    categories: z.array(
      z.object({ code: z.string(), nameTh: z.string(), criteria: z.array(ZCriterion), ranking: z.array(ZRankEntry) }),
    ),
  })
  .openapi('AwardResults');
export type TResults = z.infer<typeof ZResults>;

export const ZAnnouncement = z
  .object({ callId: z.string(), title: z.string(), announcedAt: z.string(), winners: z.array(ZWinner) })
  .openapi('AwardAnnouncement');
export type TAnnouncement = z.infer<typeof ZAnnouncement>;

export const ZAttachForm = z.object({
  field: z.string().trim().min(1).max(40).openapi({ description: 'Key of a file or photo field' }),
  file: z.custom<File>((v) => v instanceof File).openapi({ type: 'string', format: 'binary' }),
});
