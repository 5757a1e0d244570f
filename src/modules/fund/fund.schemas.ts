import { z } from '@hono/zod-openapi';
import { ZCivilDate, ZNonNegativeSatang, ZPositiveSatang, ZSatang } from '../ledger/index.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
export const ZUnitRef = z.object({ id: z.string(), nameTh: z.string() });
export const ZPersonRef = z.object({ id: z.string(), nameTh: z.string() });

export const ZFundInput = z
  .object({
    orgUnitId: required(40).openapi({ description: 'The province office that runs the fund' }),
    projectId: z.string().uuid().nullable().default(null),
    nameTh: required(300),
    startsOn: ZCivilDate,
    endsOn: ZCivilDate,
    pledgePerDay: ZPositiveSatang.openapi({ description: 'Each participant’s pledge per day, satang (≥ 100)' }),
    targetParticipants: z.int().min(1).max(100_000),
    bankName: required(200),
    bankAccountNo: required(40),
  })
  .strict()
  .openapi('StaffFundInput');
export type TFundInput = z.infer<typeof ZFundInput>;

export const ZBalances = z.object({
  savings: ZSatang.openapi({ description: 'Counted and booked from the piggy banks (3101)' }),
  cashOnHand: ZSatang.openapi({ description: 'Counted, not yet deposited (1101)' }),
  bank: ZSatang.openapi({ description: 'The fund’s balance: deposits − payouts (1102)' }),
  assistancePaid: ZSatang.openapi({ description: 'Paid out to households (5101)' }),
});

export const ZFund = z
  .object({
    id: z.string(),
    orgUnit: ZUnitRef,
    projectId: z.string().nullable(),
    nameTh: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    pledgePerDay: ZSatang,
    targetParticipants: z.number(),
    bankName: z.string(),
    bankAccountNo: z.string(),
    proposalRequestId: z.string().nullable(),
    participants: z.number(),
    collections: z.number(),
    balances: ZBalances,
    canManage: z.boolean(),
    canSurvey: z.boolean().openapi({ description: 'The viewer registers households for some district' }),
  })
  .openapi('StaffFund');
export type TFund = z.infer<typeof ZFund>;

export const ZParticipantsInput = z
  .object({
    personIds: z.array(z.string().uuid()).min(1).max(500),
    joinedOn: ZCivilDate,
  })
  .strict()
  .openapi('FundParticipantsInput');

export const ZParticipant = z
  .object({
    participantNo: z.number(),
    person: ZPersonRef,
    positionNameTh: z.string().nullable(),
    unit: ZUnitRef.extend({ kind: z.string() }),
    joinedOn: z.string(),
    saved: ZSatang,
    counted: z.number().openapi({ description: 'Piggy-bank counts recorded (not reversed)' }),
    expected: ZSatang.openapi({ description: 'Pledge per day × days from joining to the last count' }),
    keepsPledge: z.boolean(),
  })
  .openapi('FundParticipant');
export type TParticipant = z.infer<typeof ZParticipant>;

export const ZCountInput = z
  .object({
    participantNo: z.int().min(1),
    amount: ZNonNegativeSatang,
    witnessPersonIds: z
      .array(z.string().uuid())
      .max(5)
      .openapi({ description: 'Exactly two people, different from each other and from the participant' }),
  })
  .strict();
export const ZCollectionInput = z
  .object({
    collectedOn: ZCivilDate,
    place: text(300).default(''),
    note: text(2000).default(''),
    counts: z.array(ZCountInput).max(1000),
  })
  .strict()
  .openapi('FundCollectionInput');
export type TCollectionInput = z.infer<typeof ZCollectionInput>;

export const ZCount = z.object({
  participantNo: z.number(),
  person: ZPersonRef,
  unit: ZUnitRef,
  amount: ZSatang,
  witnesses: z.array(ZPersonRef),
});
export const ZCollection = z
  .object({
    collectionNo: z.number(),
    collectedOn: z.string(),
    place: z.string(),
    note: z.string(),
    entryNo: z.number(),
    reversedByEntryNo: z.number().nullable(),
    total: ZSatang,
    counts: z.array(ZCount),
  })
  .openapi('FundCollection');
export type TCollection = z.infer<typeof ZCollection>;

export const ZDepositInput = z
  .object({
    depositedOn: ZCivilDate,
    slipRef: required(100).openapi({ description: 'Reference printed on the bank’s pay-in slip' }),
    amount: ZPositiveSatang,
  })
  .strict()
  .openapi('FundDepositInput');
export type TDepositInput = z.infer<typeof ZDepositInput>;

export const ZDeposit = z
  .object({
    depositNo: z.number(),
    depositedOn: z.string(),
    slipRef: z.string(),
    amount: ZSatang,
    entryNo: z.number(),
    reversedByEntryNo: z.number().nullable(),
  })
  .openapi('FundDeposit');
export type TDeposit = z.infer<typeof ZDeposit>;

export const ZReverseInput = z
  .object({ reason: required(500), postedOn: ZCivilDate.optional() })
  .strict()
  .openapi('FundReverseInput');

export const ZFundLine = z.object({
  lineNo: z.number(),
  accountCode: z.string(),
  accountNameTh: z.string(),
  participantNo: z.number().nullable(),
  amount: ZSatang,
});
export const ZFundEntry = z
  .object({
    entryNo: z.number(),
    postedOn: z.string(),
    kind: z.string(),
    memo: z.string(),
    reversesEntryNo: z.number().nullable(),
    reversedByEntryNo: z.number().nullable(),
    reason: z.string().nullable(),
    lines: z.array(ZFundLine),
  })
  .openapi('FundJournalEntry');
export type TFundEntry = z.infer<typeof ZFundEntry>;

export const ZStatementRow = z.object({
  collectionNo: z.number(),
  collectedOn: z.string(),
  amount: ZSatang,
  runningTotal: ZSatang,
  witnesses: z.array(ZPersonRef),
  reversed: z.boolean(),
});
export const ZParticipantStatement = z
  .object({ fund: ZUnitRef, participant: ZParticipant, pledgePerDay: ZSatang, rows: z.array(ZStatementRow) })
  .openapi('FundParticipantStatement');
export type TParticipantStatement = z.infer<typeof ZParticipantStatement>;
