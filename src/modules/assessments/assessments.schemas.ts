// Programs, targets, forums, plans and roll-ups on the wire. Instruments are in instrument.schemas.ts.
import { z } from '@hono/zod-openapi';
import { ZCivilDate, ZNonNegativeSatang, ZSatang } from '../ledger/index.js';
import { ZAnswerSpec, ZInstrumentSummary } from './instrument.schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const ZUnitId = z.string().trim().min(1).max(40);
const ZUnitRef = z.object({ id: z.string(), nameTh: z.string() });

export const ZProgramInput = z
  .object({
    orgUnitId: ZUnitId.openapi({ description: 'The office running it (the department, or a province)' }),
    titleTh: text(500),
    fiscalYear: z.int().min(2500).max(2700).openapi({ description: 'ปีงบประมาณ (พ.ศ.)' }),
    instrumentIds: z.array(z.string().uuid()).min(1).max(5),
    targetLevel: z.int().min(1).max(3).default(3),
    defaultQuota: z.int().min(0).max(1000).openapi({ description: 'Groups per province (seed 004: 10)' }),
    quotas: z
      .record(z.string().max(10), z.int().min(0).max(1000))
      .default({})
      .openapi({ description: 'Per-province exceptions: { "56": 12 }' }),
    supportPerGroup: ZNonNegativeSatang.openapi({ description: 'Plan support per group, satang (3,000 baht)' }),
    reportDays: z.int().min(0).max(366).default(7).openapi({ description: 'Days after the forum to report' }),
    planTargetBp: z.int().min(0).max(10000).default(6000).openapi({ description: 'The 60 % indicator, bp' }),
    resultsDueOn: ZCivilDate.nullable().default(null).openapi({ description: 'The province records results by' }),
  })
  .strict()
  .openapi('AssessmentProgramInput');
export type TProgramInput = z.infer<typeof ZProgramInput>;

export const ZProgram = z
  .object({
    id: z.string(),
    orgUnit: ZUnitRef,
    titleTh: z.string(),
    fiscalYear: z.number(),
    instruments: z.array(ZInstrumentSummary),
    targetLevel: z.number(),
    defaultQuota: z.number(),
    quotas: z.record(z.string(), z.number()),
    supportPerGroup: ZSatang,
    reportDays: z.number(),
    planTargetBp: z.number(),
    resultsDueOn: z.string().nullable(),
    createdAt: z.string(),
    canManage: z.boolean().openapi({ description: 'The viewer may run the selection somewhere in it' }),
  })
  .openapi('AssessmentProgram');
export type TProgram = z.infer<typeof ZProgram>;

export const ZSelectionInput = z
  .object({
    provinceIds: z.array(ZUnitId).max(80).optional().openapi({ description: 'Default: every province in scope' }),
    selectedOn: ZCivilDate.optional().openapi({ description: 'Levels and fund-centre roles as of (default today)' }),
  })
  .strict()
  .openapi('AssessmentSelectionInput');
export type TSelectionInput = z.infer<typeof ZSelectionInput>;

export const ZProvinceSelection = z.object({
  province: ZUnitRef,
  quota: z.number(),
  candidates: z.number().openapi({ description: 'Groups at the target level' }),
  leaders: z.number().openapi({ description: 'Of them, fund-centre leaders' }),
  selected: z.number(),
  skipped: z.boolean().openapi({ description: 'Already selected earlier; left unchanged' }),
});
export const ZSelectionResult = z
  .object({ selectedOn: z.string(), provinces: z.array(ZProvinceSelection) })
  .openapi('AssessmentSelectionResult');
export type TSelectionResult = z.infer<typeof ZSelectionResult>;

export const FORUM_STATUSES = ['none', 'draft', 'signed', 'reported'] as const;
export const PLAN_STATUSES = ['none', 'draft', 'adopted', 'withdrawn'] as const;
export const REPORT_STATES = ['not_due', 'due', 'on_time', 'late', 'overdue'] as const;

export const ZReportDeadline = z
  .object({
    dueOn: z.string().nullable().openapi({ description: 'Forum day + the program’s report days; null before a forum' }),
    reportedOn: z.string().nullable(),
    state: z.enum(REPORT_STATES).openapi({
      description:
        'not_due: no forum yet; due: before or on the day; on_time/late: reported; overdue: past, not reported',
    }),
  })
  .openapi('AssessmentReportDeadline');
export type TReportDeadline = z.infer<typeof ZReportDeadline>;

export const ZTarget = z
  .object({
    groupId: z.string(),
    groupNameTh: z.string(),
    province: ZUnitRef,
    district: ZUnitRef,
    rank: z.number(),
    reason: z.enum(['fund_centre_leader', 'level']),
    reasonTh: z.string(),
    selectedOn: z.string(),
    forumStatus: z.enum(FORUM_STATUSES),
    heldOn: z.string().nullable(),
    planStatus: z.enum(PLAN_STATUSES),
    report: ZReportDeadline,
  })
  .openapi('AssessmentTarget');
export type TTarget = z.infer<typeof ZTarget>;

export const ZTargetQuery = z.object({
  orgUnitId: ZUnitId.optional().openapi({ description: 'Only targets under this unit' }),
});

export const ZParticipant = z.object({ nameTh: text(200), roleTh: z.string().trim().max(100).default('') }).strict();

export const ZForumInput = z
  .object({
    heldOn: ZCivilDate.openapi({ description: 'The day the forum was held' }),
    place: text(300),
    participantCount: z.int().min(1).max(1000).openapi({ description: 'Everyone who took part (seed 004: about 15)' }),
    participants: z.array(ZParticipant).max(200).default([]).openapi({ description: 'Named participants, if listed' }),
    review: z
      .object({
        rules: z.string().trim().max(4000).default(''),
        committee: z.string().trim().max(4000).default(''),
        allocation: z.string().trim().max(4000).default(''),
        notes: z.string().trim().max(4000).default(''),
      })
      .strict()
      .default({ rules: '', committee: '', allocation: '', notes: '' })
      .openapi({ description: 'Seed 004 step 4.2: the review of the group’s rules, committee and profit allocation' }),
    version: z.int().min(1).optional().openapi({ description: 'The version read, to refuse a stale overwrite' }),
  })
  .strict()
  .openapi('AssessmentForumInput');
export type TForumInput = z.infer<typeof ZForumInput>;

export const ZAnswerInput = z
  .object({
    instrumentId: z.string().uuid(),
    indicatorCode: z.string().trim().min(1).max(20),
    value: z.union([z.boolean(), z.number()]).nullable().openapi({ description: 'null clears the answer' }),
    note: z.string().trim().max(2000).default(''),
  })
  .strict();
export const ZAnswersInput = z
  .object({ answers: z.array(ZAnswerInput).min(1).max(200) })
  .strict()
  .openapi('AssessmentAnswersInput');
export type TAnswerInput = z.infer<typeof ZAnswerInput>;

const ZValue = z.union([z.boolean(), z.number()]).nullable();

export const ZIndicatorView = z.object({
  code: z.string(),
  textTh: z.string(),
  guidanceTh: z.string(),
  evidenceTh: z.string(),
  evidenceRequired: z.boolean(),
  answer: ZAnswerSpec,
  weight: z.number(),
  ledgerSource: z.string().nullable(),
  ledger: z.object({ value: ZValue, explainTh: z.string() }).nullable().openapi({
    description: 'What the books say (computed on read until sign-off)',
  }),
  entered: z.object({ value: ZValue, note: z.string() }).nullable(),
  value: ZValue.openapi({ description: 'The answer that counts: entered, else the ledger’s' }),
  source: z.enum(['ledger', 'entered']).nullable(),
  passed: z.boolean().nullable(),
  evidence: z.array(z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), byteSize: z.number() })),
});

export const ZInstrumentResult = z.object({
  instrument: ZInstrumentSummary,
  resultRuleTh: z.string(),
  dimensions: z.array(
    z.object({
      code: z.string(),
      titleTh: z.string(),
      points: z.number(),
      maxPoints: z.number(),
      percentBp: z.number(),
      indicators: z.array(ZIndicatorView),
    }),
  ),
  points: z.number(),
  maxPoints: z.number(),
  percentBp: z.number(),
  level: z.number().nullable(),
  levelTh: z.string(),
  passedIndicators: z.number(),
  failedIndicators: z.number(),
  unanswered: z.number(),
});

export const PLAN_ITEM_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;

export const ZPlanItem = z.object({
  itemNo: z.number(),
  instrumentId: z.string(),
  indicatorCode: z.string(),
  indicatorTextTh: z.string(),
  action: z.string(),
  owner: z.string(),
  dueOn: z.string().nullable(),
  cost: ZSatang,
  status: z.enum(PLAN_ITEM_STATUSES),
  followUp: z.string(),
  overdue: z.boolean().openapi({ description: 'Due before today and neither done nor dropped' }),
});

export const ZSpending = z.object({
  seq: z.number(),
  spentOn: z.string(),
  amount: ZSatang,
  itemNo: z.number().nullable(),
  note: z.string(),
  recordedAt: z.string(),
});

export const ZPlan = z.object({
  status: z.enum(['draft', 'adopted', 'withdrawn']),
  budget: ZSatang,
  planned: ZSatang.openapi({ description: 'Sum of the items’ costs' }),
  spent: ZSatang,
  remaining: ZSatang.openapi({ description: 'Budget minus spent' }),
  adoptedOn: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  items: z.array(ZPlanItem),
  spending: z.array(ZSpending),
});

export const ZForum = z
  .object({
    program: z.object({ id: z.string(), titleTh: z.string(), reportDays: z.number(), supportPerGroup: ZSatang }),
    target: ZTarget,
    forum: z
      .object({
        heldOn: z.string(),
        place: z.string(),
        participantCount: z.number(),
        participants: z.array(z.object({ nameTh: z.string(), roleTh: z.string() })),
        review: z.object({ rules: z.string(), committee: z.string(), allocation: z.string(), notes: z.string() }),
        status: z.enum(['draft', 'signed', 'reported']),
        signedAt: z.string().nullable(),
        reportedAt: z.string().nullable(),
        version: z.number(),
      })
      .nullable(),
    instruments: z.array(ZInstrumentResult),
    plan: ZPlan.nullable(),
    report: ZReportDeadline,
    can: z.object({
      edit: z.boolean(),
      sign: z.boolean(),
      editPlan: z.boolean(),
      adopt: z.boolean(),
      withdraw: z.boolean(),
      followUp: z.boolean(),
      spend: z.boolean(),
      report: z.boolean(),
    }),
  })
  .openapi('AssessmentForum');
export type TForum = z.infer<typeof ZForum>;

export const ZPlanItemsInput = z
  .object({
    items: z
      .array(
        z
          .object({
            itemNo: z.int().min(1),
            action: z.string().trim().max(2000),
            owner: z.string().trim().max(200),
            dueOn: ZCivilDate.nullable(),
            cost: ZNonNegativeSatang,
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict()
  .openapi('AssessmentPlanItemsInput');
export type TPlanItemsInput = z.infer<typeof ZPlanItemsInput>;

export const ZFollowUpInput = z
  .object({ status: z.enum(PLAN_ITEM_STATUSES), followUp: z.string().trim().max(2000).default('') })
  .strict()
  .openapi('AssessmentFollowUpInput');

export const ZSpendingInput = z
  .object({
    spentOn: ZCivilDate,
    amount: ZSatang.openapi({ description: 'Satang; negative corrects an earlier row (say so in the note)' }),
    itemNo: z.int().min(1).nullable().default(null),
    note: text(500),
  })
  .strict()
  .openapi('AssessmentSpendingInput');
export type TSpendingInput = z.infer<typeof ZSpendingInput>;

export const ZReasonInput = z.object({ reason: text(500) }).strict();

export const ZRollupFigures = z.object({
  targets: z.number(),
  forums: z.number().openapi({ description: 'Forums recorded' }),
  assessed: z.number().openapi({ description: 'Forums signed off' }),
  withPlan: z.number().openapi({ description: 'Targets with an adopted plan' }),
  planPercentBp: z.number().openapi({ description: 'withPlan / targets, basis points (floor)' }),
  reportsOnTime: z.number(),
  reportsLate: z.number(),
  reportsOverdue: z.number(),
  reportsDue: z.number().openapi({ description: 'Forum held, report not yet due' }),
  budget: ZSatang.openapi({ description: 'targets × support per group' }),
  planned: ZSatang.openapi({ description: 'Costs of adopted plans' }),
  spent: ZSatang,
});
export type TRollupFigures = z.infer<typeof ZRollupFigures>;

export const ZRollup = z
  .object({
    program: z.object({ id: z.string(), titleTh: z.string(), planTargetBp: z.number(), reportDays: z.number() }),
    unit: z.object({ id: z.string(), nameTh: z.string(), kind: z.string() }),
    asOf: z.string(),
    totals: ZRollupFigures,
    planIndicator: z.object({
      targets: z.number(),
      withPlan: z.number(),
      percentBp: z.number(),
      targetBp: z.number(),
      met: z.boolean(),
    }),
    children: z.array(
      z.object({
        id: z.string(),
        nameTh: z.string(),
        kind: z.enum(['province', 'district', 'group']),
        figures: ZRollupFigures,
      }),
    ),
    levels: z.array(
      z.object({
        instrument: ZInstrumentSummary,
        distribution: z.array(z.object({ level: z.number().nullable(), levelTh: z.string(), groups: z.number() })),
      }),
    ),
    mostFailed: z.array(
      z.object({
        instrumentId: z.string(),
        instrumentTitleTh: z.string(),
        indicatorCode: z.string(),
        textTh: z.string(),
        failed: z.number(),
        assessed: z.number(),
      }),
    ),
  })
  .openapi('AssessmentRollup');
export type TRollup = z.infer<typeof ZRollup>;
