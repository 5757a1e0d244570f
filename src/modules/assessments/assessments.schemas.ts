// Programs, targets, forums, plans and roll-ups on the wire. Instruments are in instrument.schemas.ts.
import { z } from '@hono/zod-openapi';
import { ZCivilDate, ZNonNegativeSatang, ZSatang } from '../ledger/index.js';
import { ZInstrumentSummary } from './instrument.schemas.js';

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
