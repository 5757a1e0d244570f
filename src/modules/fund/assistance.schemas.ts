import { z } from '@hono/zod-openapi';
import { ZCivilDate, ZPositiveSatang, ZSatang } from '../ledger/index.js';
import { ZUnitRef } from './fund.schemas.js';

const required = (max: number) => z.string().trim().min(1).max(max);

export const HELP_KINDS = ['cash', 'goods', 'housing', 'occupation', 'education', 'health', 'other'] as const;

export const ZProposalRequestInput = z
  .object({
    title: required(300),
    instructions: z.string().trim().max(5000).default(''),
    deadline: ZCivilDate.openapi({ description: 'Districts send their proposals by this Bangkok day' }),
    sentOn: ZCivilDate.optional(),
  })
  .strict()
  .openapi('FundProposalRequestInput');
export type TProposalRequestInput = z.infer<typeof ZProposalRequestInput>;

export const ZProposalInput = z
  .object({
    districtId: required(40),
    summaryTh: z.string().trim().max(3000).default(''),
    items: z
      .array(
        z
          .object({
            householdId: z.string().uuid(),
            helpKind: z.enum(HELP_KINDS),
            helpTh: required(300).openapi({ description: 'What help, e.g. ซ่อมแซมหลังคาบ้าน' }),
            cost: ZPositiveSatang,
            reasonTh: required(1000).openapi({ description: 'Why this household' }),
          })
          .strict(),
      )
      .max(200),
  })
  .strict()
  .openapi('FundProposalInput');
export type TProposalInput = z.infer<typeof ZProposalInput>;

export const ZProposalItem = z.object({
  id: z.string(),
  household: z.object({
    id: z.string(),
    householdNo: z.number(),
    headName: z.string(),
    headThaiIdMasked: z.string(),
    village: z.string(),
  }),
  helpKind: z.enum(HELP_KINDS),
  helpTh: z.string(),
  cost: ZSatang,
  reasonTh: z.string(),
  planned: z.boolean(),
});
const ZSubmissionStatus = z
  .enum(['expected', 'draft', 'submitted', 'returned', 'accepted'])
  .openapi({ description: 'The district’s report on the proposal request: sent, sent back, accepted…' });
export const ZProposal = z
  .object({
    id: z.string(),
    district: ZUnitRef,
    submissionId: z.string(),
    status: ZSubmissionStatus,
    late: z.boolean().nullable(),
    returnComment: z.string().nullable(),
    summaryTh: z.string(),
    version: z.number(),
    submittedAt: z.string(),
    total: ZSatang,
    items: z.array(ZProposalItem),
  })
  .openapi('FundProposal');
export type TProposal = z.infer<typeof ZProposal>;

export const ZProposalDistrict = z.object({
  district: ZUnitRef,
  submissionId: z.string(),
  status: ZSubmissionStatus,
  late: z.boolean().nullable(),
  returnComment: z.string().nullable(),
  proposalId: z.string().nullable(),
  households: z.number().openapi({ description: 'Households the district has registered for the fund' }),
  proposed: z.number().openapi({ description: 'Households in its proposal' }),
  total: ZSatang,
  canPropose: z.boolean().openapi({ description: 'The viewer proposes for this district, and may now' }),
});
export const ZProposalList = z
  .object({
    items: z.array(ZProposal),
    districts: z.array(ZProposalDistrict).openapi({
      description:
        'Every district addressed by the proposal request that the viewer may read, with or without a proposal',
    }),
  })
  .openapi('FundProposalList');
export type TProposalList = z.infer<typeof ZProposalList>;

export const PLAN_ROLES = ['proposer', 'checker', 'approver'] as const;
export const ZPlanInput = z
  .object({
    titleTh: required(300),
    items: z
      .array(z.object({ proposalItemId: z.string().uuid(), approvedCost: ZPositiveSatang }).strict())
      .min(1)
      .max(1000),
    chain: z
      .array(
        z
          .object({
            role: z.enum(PLAN_ROLES),
            signerUserId: z.string().uuid(),
            positionLine: z.string().trim().max(300).default(''),
          })
          .strict(),
      )
      .min(2)
      .max(6),
  })
  .strict()
  .openapi('FundPlanInput');
export type TPlanInput = z.infer<typeof ZPlanInput>;

export const ZPlanSigner = z
  .object({
    userId: z.string(),
    username: z.string(),
    fullName: z.string(),
    positionTh: z.string().nullable(),
    orgUnitNameTh: z.string(),
  })
  .openapi('FundPlanSigner');
export type TPlanSigner = z.infer<typeof ZPlanSigner>;

export const ZPlanItem = z.object({
  itemNo: z.number(),
  proposalItemId: z.string(),
  district: ZUnitRef,
  household: ZProposalItem.shape.household.nullable().openapi({
    description: 'Null for viewers who may not see the household’s personal data',
  }),
  helpKind: z.enum(HELP_KINDS),
  helpTh: z.string(),
  proposedCost: ZSatang,
  approvedCost: ZSatang,
  paid: ZSatang,
});
export const ZPlanStep = z.object({
  stepNo: z.number(),
  role: z.enum(PLAN_ROLES),
  signer: z.object({ userId: z.string(), nameTh: z.string() }),
  positionLine: z.string(),
  signedAt: z.string().nullable(),
  signedOn: z.string().nullable(),
  comment: z.string().nullable(),
});
export const ZPlan = z
  .object({
    id: z.string(),
    fundId: z.string(),
    titleTh: z.string(),
    status: z.enum(['draft', 'submitted', 'approved']),
    currentStep: z.number().nullable(),
    approvedAt: z.string().nullable(),
    total: ZSatang,
    paid: ZSatang,
    items: z.array(ZPlanItem),
    chain: z.array(ZPlanStep),
    canSign: z.boolean().openapi({ description: 'It is the viewer’s turn' }),
  })
  .openapi('FundPlan');
export type TPlan = z.infer<typeof ZPlan>;

export const ZSignInput = z.object({ comment: z.string().trim().max(1000).optional() }).strict();
export const ZReturnInput = z.object({ comment: required(1000) }).strict();

export const ZPayoutInput = z
  .object({
    planId: z.string().uuid(),
    itemNo: z.int().min(1),
    paidOn: ZCivilDate,
    amount: ZPositiveSatang,
    receiptNo: required(100).openapi({ description: 'Receipt (ใบสำคัญรับเงิน) number' }),
  })
  .strict()
  .openapi('FundPayoutInput');
export type TPayoutInput = z.infer<typeof ZPayoutInput>;

export const ZFileRef = z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), kind: z.string() });
export const ZFollowUp = z.object({
  id: z.string(),
  visitedOn: z.string(),
  outcome: z.enum(['improved', 'unchanged', 'worse']),
  noteTh: z.string(),
});
export const ZPayout = z
  .object({
    payoutNo: z.number(),
    planId: z.string(),
    itemNo: z.number(),
    district: ZUnitRef,
    helpKind: z.enum(HELP_KINDS),
    paidOn: z.string(),
    amount: ZSatang,
    receiptNo: z.string(),
    entryNo: z.number(),
    reversedByEntryNo: z.number().nullable(),
    files: z.array(ZFileRef),
    followUps: z.array(ZFollowUp),
  })
  .openapi('FundPayout');
export type TPayout = z.infer<typeof ZPayout>;

export const ZAttachPayoutForm = z.object({
  kind: z.enum(['receipt', 'photo']),
  file: z.custom<File>((v) => v instanceof File).openapi({ type: 'string', format: 'binary' }),
});

export const ZFollowUpInput = z
  .object({
    visitedOn: ZCivilDate,
    outcome: z.enum(['improved', 'unchanged', 'worse']),
    noteTh: required(2000),
  })
  .strict()
  .openapi('FundFollowUpInput');
