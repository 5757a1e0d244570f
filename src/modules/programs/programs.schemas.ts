import { z } from '@hono/zod-openapi';
import { ZCivilDate, ZSatang } from '../ledger/index.js';
import { PROGRAM_TAG_CODES } from './tags.js';

export const SIGNOFF_ROLES = ['proposer', 'endorser', 'checker', 'approver'] as const;
export const ZSignoffRole = z.enum(SIGNOFF_ROLES);
export type TSignoffRole = z.infer<typeof ZSignoffRole>;
export const PROJECT_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type TProjectStatus = (typeof PROJECT_STATUSES)[number];

const text = (max: number) => z.string().trim().max(max);
const list = z.array(text(2000)).max(50);

export const ZIndicatorInput = z
  .object({
    kind: z.enum(['quantitative', 'qualitative']),
    textTh: text(1000),
    target: z.number().min(0).max(1e12).nullable().optional(),
    unit: text(40).nullable().optional(),
  })
  .strict();

export const ZSignoffStepInput = z
  .object({
    role: ZSignoffRole,
    signerUserId: z.string().uuid(),
    positionLine: text(300).openapi({ description: 'ตำแหน่ง as printed; a newline starts a second line' }),
  })
  .strict();

// Required texts are checked in the use case so that an empty list or blank field gets a message
// naming it, rather than zod's generic one.
export const ZProjectInput = z
  .object({
    orgUnitId: z.string().trim().min(1).max(40),
    titleTh: text(500),
    rationale: text(20000),
    objectives: list,
    methods: list,
    startsOn: ZCivilDate,
    endsOn: ZCivilDate,
    targetGroup: text(5000),
    location: text(2000),
    budgetSatang: ZSatang.nullable().openapi({ description: 'null = ไม่ใช้งบประมาณ (no government budget)' }),
    budgetSource: text(300).nullable().optional(),
    expectedResults: list,
    indicators: z.array(ZIndicatorInput).max(30),
    tags: z.array(z.enum(PROGRAM_TAG_CODES)).max(10).default([]),
    chain: z.array(ZSignoffStepInput).max(8),
  })
  .strict()
  .openapi('ProjectInput');
export type TProjectInput = z.infer<typeof ZProjectInput>;

export const ZSignoffComment = z
  .object({ comment: text(2000).optional() })
  .strict()
  .openapi('SignoffComment');

/**
 * Where a KPI's actual comes from: 'manual', entered by a person with the day it was true, or
 * 'report_submissions', the number of addressed offices that have submitted to a report request,
 * computed on every read.
 */
export const KPI_SOURCES = ['manual', 'report_submissions'] as const;
export const ZKpiSource = z.enum(KPI_SOURCES);
export type TKpiSource = z.infer<typeof ZKpiSource>;

export const ZIndicator = z
  .object({
    id: z.string(),
    kind: z.enum(['quantitative', 'qualitative']),
    textTh: z.string(),
    target: z.number().nullable(),
    unit: z.string().nullable(),
    source: ZKpiSource,
    sourceRequest: z
      .object({ id: z.string(), title: z.string(), expected: z.number() })
      .nullable()
      .openapi({ description: "The report request a 'report_submissions' KPI counts; null for manual KPIs" }),
    actual: z
      .object({
        value: z.number(),
        asOf: z.string().nullable().openapi({
          description: 'The day the value was true; for a computed KPI the latest submission day (null: none yet)',
        }),
        note: z.string().nullable(),
        source: ZKpiSource.openapi({ description: "'manual' = entered by a person; otherwise computed by the system" }),
      })
      .nullable(),
  })
  .openapi('Indicator');
export type TIndicator = z.infer<typeof ZIndicator>;

export const ZUserRef = z.object({ userId: z.string(), fullName: z.string(), positionTh: z.string().nullable() });
export type TUserRef = z.infer<typeof ZUserRef>;

export const ZSignoffStep = z.object({
  stepNo: z.number(),
  role: ZSignoffRole,
  signer: ZUserRef,
  positionLine: z.string(),
  signedOn: z.string().nullable(),
  comment: z.string().nullable(),
});
export type TSignoffStep = z.infer<typeof ZSignoffStep>;

export const ZSignoffEvent = z.object({
  stepNo: z.number(),
  role: z.string(),
  action: z.enum(['submit', 'sign', 'approve', 'return']),
  actor: ZUserRef,
  comment: z.string().nullable(),
  at: z.string(),
  onDate: z.string(),
});

export const ZProjectSummary = z
  .object({
    id: z.string(),
    titleTh: z.string(),
    orgUnitId: z.string(),
    orgUnitNameTh: z.string(),
    fiscalYear: z.number(),
    projectNo: z.number().nullable(),
    registerNumber: z.string().nullable().openapi({ description: "e.g. '1/2569' (number/fiscal year พ.ศ.)" }),
    status: z.enum(PROJECT_STATUSES),
    startsOn: z.string(),
    endsOn: z.string(),
    nextSigner: ZUserRef.nullable(),
  })
  .openapi('ProjectSummary');
export type TProjectSummary = z.infer<typeof ZProjectSummary>;

export const ZProject = ZProjectSummary.extend({
  responsibleUnitTh: z.string().openapi({ description: 'หน่วยงานที่รับผิดชอบ as printed' }),
  rationale: z.string(),
  objectives: z.array(z.string()),
  methods: z.array(z.string()),
  targetGroup: z.string(),
  location: z.string(),
  budgetSatang: z.number().nullable(),
  budgetText: z.string().nullable().openapi({ description: 'The amount in Thai words, or null without budget' }),
  budgetSource: z.string().nullable(),
  expectedResults: z.array(z.string()),
  tags: z.array(z.string()),
  indicators: z.array(ZIndicator),
  chain: z.array(ZSignoffStep),
  currentStep: z.number().nullable(),
  history: z.array(ZSignoffEvent),
  plans: z.array(z.object({ id: z.string(), nameTh: z.string() })),
  createdBy: z.string(),
  actions: z
    .object({ edit: z.boolean(), submit: z.boolean(), sign: z.boolean(), return: z.boolean() })
    .openapi({ description: 'What the current user may do now' }),
}).openapi('Project');
export type TProject = z.infer<typeof ZProject>;

export const ZSigner = ZUserRef.extend({ username: z.string(), orgUnitNameTh: z.string() }).openapi('ProjectSigner');
export type TSigner = z.infer<typeof ZSigner>;

export const ZProjectListQuery = z.object({
  status: z.enum(PROJECT_STATUSES).optional(),
  fiscalYear: z.coerce.number().int().min(2400).max(3000).optional(),
});

// ---- plans ----

export const PLAN_STEP_STATUSES = ['not_started', 'in_progress', 'done'] as const;

export const ZPlanStepInput = z
  .object({
    nameTh: text(1000),
    ownerUnitId: z.string().trim().min(1).max(40),
    ownerNote: text(200).nullable().optional(),
    startsOn: ZCivilDate.nullable().optional(),
    dueOn: ZCivilDate,
  })
  .strict()
  .openapi('PlanStepInput');
export type TPlanStepInput = z.infer<typeof ZPlanStepInput>;

export const ZPlanInput = z
  .object({ nameTh: text(500), steps: z.array(ZPlanStepInput).max(100) })
  .strict()
  .openapi('PlanInput');
export type TPlanInput = z.infer<typeof ZPlanInput>;

export const ZPlanStepUpdate = z
  .object({
    status: z.enum(PLAN_STEP_STATUSES),
    doneOn: ZCivilDate.nullable().optional(),
    evidenceNote: text(2000).nullable().optional(),
  })
  .strict()
  .openapi('PlanStepUpdate');
export type TPlanStepUpdate = z.infer<typeof ZPlanStepUpdate>;

export const ZPlanStep = z.object({
  id: z.string(),
  seq: z.number(),
  nameTh: z.string(),
  ownerUnitId: z.string(),
  ownerUnitNameTh: z.string(),
  ownerNote: z.string().nullable(),
  startsOn: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(PLAN_STEP_STATUSES),
  doneOn: z.string().nullable(),
  evidenceNote: z.string().nullable(),
  overdue: z.boolean().openapi({ description: 'Due date passed (Bangkok day, by the server clock) and not done' }),
});
export type TPlanStep = z.infer<typeof ZPlanStep>;

export const ZPlan = z
  .object({
    id: z.string(),
    nameTh: z.string(),
    project: z.object({ id: z.string(), titleTh: z.string(), registerNumber: z.string().nullable() }),
    today: z.string().openapi({ description: 'The Bangkok day overdue was computed for' }),
    steps: z.array(ZPlanStep),
    kpis: z.array(ZIndicator),
    canManage: z.boolean(),
  })
  .openapi('Plan');
export type TPlan = z.infer<typeof ZPlan>;

// Combinations (a target for a manual quantitative KPI, a request for a computed one) are checked in
// the use case so that each gets a Thai message naming its field.
export const ZKpiInput = z
  .object({
    textTh: text(1000),
    kind: z.enum(['quantitative', 'qualitative']).default('quantitative'),
    target: z.number().min(0).max(1e12).nullable().optional().openapi({
      description: "Required for a manual quantitative KPI; 'report_submissions' defaults to the offices addressed",
    }),
    unit: text(40).nullable().optional(),
    source: ZKpiSource.default('manual'),
    sourceRef: text(100)
      .nullable()
      .optional()
      .openapi({ description: "For 'report_submissions': the report request's id" }),
  })
  .strict()
  .openapi('KpiInput');
export type TKpiInput = z.infer<typeof ZKpiInput>;

/** A person's figure for a manual KPI; computed KPIs take none. */
export const ZKpiActualInput = z
  .object({
    source: z.literal('manual').default('manual'),
    value: z.number().min(0).max(1e12),
    asOf: ZCivilDate,
    note: text(1000).nullable().optional(),
  })
  .strict()
  .openapi('KpiActualInput');
export type TKpiActualInput = z.infer<typeof ZKpiActualInput>;
