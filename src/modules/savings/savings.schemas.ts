import { z } from '@hono/zod-openapi';
import { ZCivilDate, ZPositiveSatang, ZSatang } from '../ledger/index.js';
import { ZGroupRules } from './rules.js';

export const ZRegisterGroupRequest = z
  .object({
    nameTh: z.string().trim().min(1).max(200),
    orgUnitId: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .openapi({ description: 'The village or subdistrict where the group sits' }),
    foundedOn: ZCivilDate,
    level: z.int().min(1).max(3),
    rules: ZGroupRules,
  })
  .strict()
  .openapi('RegisterGroupRequest');
export type TRegisterGroupRequest = z.infer<typeof ZRegisterGroupRequest>;

export const ZSetRulesRequest = z
  .object({ effectiveFrom: ZCivilDate, rules: ZGroupRules })
  .strict()
  .openapi('SetRulesRequest');

export const ZSetLevelRequest = z
  .object({ effectiveOn: ZCivilDate, level: z.int().min(1).max(3), note: z.string().trim().max(500).default('') })
  .strict()
  .openapi('SetLevelRequest');

export const ZSetFundCentreRequest = z
  .object({
    effectiveOn: ZCivilDate,
    leads: z.boolean().openapi({ description: 'Leads a community fund management centre (ศูนย์จัดการกองทุนชุมชน)' }),
    centreNameTh: z.string().trim().max(300).default(''),
    note: z.string().trim().max(500).default(''),
  })
  .strict()
  .openapi('SetFundCentreRequest');
export type TSetFundCentreRequest = z.infer<typeof ZSetFundCentreRequest>;

export const ZGroupSummary = z
  .object({
    id: z.string(),
    nameTh: z.string(),
    orgUnitId: z.string(),
    orgUnitNameTh: z.string(),
    districtId: z.string(),
    districtNameTh: z.string(),
    provinceId: z.string(),
    foundedOn: z.string(),
    status: z.string(),
    level: z.number().nullable(),
    activeMembers: z.number(),
  })
  .openapi('GroupSummary');
export type TGroupSummary = z.infer<typeof ZGroupSummary>;

export const ZGroup = ZGroupSummary.extend({
  version: z.number(),
  closedThrough: z.string().nullable(),
  rules: ZGroupRules,
  rulesEffectiveFrom: z.string(),
  ruleVersions: z.array(z.object({ effectiveFrom: z.string(), recordedAt: z.string() })),
  levels: z.array(z.object({ effectiveOn: z.string(), level: z.number(), note: z.string() })),
  fundCentre: z.array(
    z.object({ effectiveOn: z.string(), leads: z.boolean(), centreNameTh: z.string(), note: z.string() }),
  ),
  committeeSeats: z.array(
    z.object({
      committee: z.string(),
      role: z.string(),
      memberNo: z.number(),
      fullName: z.string(),
      termStart: z.string(),
      termEnd: z.string(),
    }),
  ),
}).openapi('Group');
export type TGroup = z.infer<typeof ZGroup>;

export const ZGroupListQuery = z.object({
  orgUnitId: z.string().max(40).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const ZGroupList = z.object({ items: z.array(ZGroupSummary), total: z.number() }).openapi('GroupList');

export const ZBeneficiary = z.object({
  fullName: z.string().trim().min(1).max(200),
  relation: z.string().trim().min(1).max(50),
  shareBp: z.int().min(1).max(10000),
});

export const ZJoinMemberRequest = z
  .object({
    thaiId: z.string().trim().min(1).max(20),
    title: z.string().trim().min(1).max(50),
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
    birthDate: ZCivilDate.nullable().optional(),
    phone: z.string().trim().max(30).nullable().optional(),
    address: z.string().trim().max(300).default(''),
    joinedOn: ZCivilDate,
    monthlyPledge: ZPositiveSatang,
    beneficiaries: z.array(ZBeneficiary).max(10).default([]),
  })
  .strict()
  .openapi('JoinMemberRequest');
export type TJoinMemberRequest = z.infer<typeof ZJoinMemberRequest>;

export const ZMemberBalances = z.object({
  pledgedSavings: ZSatang,
  specialSavings: ZSatang,
  loansOutstanding: ZSatang,
});

export const ZMemberSummary = z
  .object({
    groupId: z.string(),
    memberNo: z.number(),
    fullName: z.string(),
    thaiIdMasked: z.string(),
    joinedOn: z.string(),
    monthlyPledge: ZSatang,
    status: z.string(),
    balances: ZMemberBalances,
  })
  .openapi('MemberSummary');
export type TMemberSummary = z.infer<typeof ZMemberSummary>;

export const ZMember = ZMemberSummary.extend({
  title: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string(),
  leftOn: z.string().nullable(),
  leaveReason: z.string().nullable(),
  beneficiaries: z.array(ZBeneficiary),
  version: z.number(),
}).openapi('Member');
export type TMember = z.infer<typeof ZMember>;

export const ZMemberList = z.object({ items: z.array(ZMemberSummary) }).openapi('MemberList');

export const COMMITTEES = ['executive', 'loan', 'audit', 'promotion'] as const;
export const COMMITTEE_ROLES = ['chair', 'vice_chair', 'secretary', 'treasurer', 'member'] as const;

export const ZAddSeatRequest = z
  .object({
    committee: z.enum(COMMITTEES).openapi({ description: 'อำนวยการ, เงินกู้, ตรวจสอบ, ส่งเสริม' }),
    role: z.enum(COMMITTEE_ROLES),
    memberNo: z.int().positive(),
    termStart: ZCivilDate,
    termEnd: ZCivilDate,
  })
  .strict()
  .openapi('AddSeatRequest');
export type TAddSeatRequest = z.infer<typeof ZAddSeatRequest>;
