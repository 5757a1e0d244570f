// Shapes of the staff fund's JSON (see the OpenAPI document: StaffFund, FundParticipant, FundReport…).
export interface Ref {
  id: string;
  nameTh: string;
}

export interface Fund {
  id: string;
  orgUnit: Ref;
  projectId: string | null;
  nameTh: string;
  startsOn: string;
  endsOn: string;
  pledgePerDay: number;
  targetParticipants: number;
  bankName: string;
  bankAccountNo: string;
  proposalRequestId: string | null;
  participants: number;
  collections: number;
  balances: { savings: number; cashOnHand: number; bank: number; assistancePaid: number };
  canManage: boolean;
  canSurvey: boolean;
}

export interface Participant {
  participantNo: number;
  person: Ref;
  positionNameTh: string | null;
  unit: Ref & { kind: string };
  joinedOn: string;
  saved: number;
  counted: number;
  expected: number;
  keepsPledge: boolean;
}

export interface CountInput {
  participantNo: number;
  amount: number;
  witnessPersonIds: string[];
}

export interface Collection {
  collectionNo: number;
  collectedOn: string;
  place: string;
  note: string;
  entryNo: number;
  reversedByEntryNo: number | null;
  total: number;
  counts: { participantNo: number; person: Ref; unit: Ref; amount: number; witnesses: Ref[] }[];
}

export interface Kpi {
  code: string;
  labelTh: string;
  unitTh: string;
  target: number | null;
  actual: number;
  met: boolean | null;
}

export interface FundReport {
  fund: { id: string; nameTh: string; orgUnit: Ref; startsOn: string; endsOn: string; pledgePerDay: number };
  asOf: string;
  kpis: Kpi[];
  byUnit: (Ref & { participants: number; keepingPledge: number; saved: number })[];
  reconciliation: {
    counted: number;
    savings: number;
    cashOnHand: number;
    deposits: number;
    payouts: number;
    bank: number;
    assistancePaid: number;
    reconciled: boolean;
  };
  households: {
    byDistrict: (Ref & { surveyed: number; proposed: number; helped: number; paid: number })[];
    byKind: { kind: string; households: number; paid: number }[];
    followUps: { improved: number; unchanged: number; worse: number };
  };
}

export interface HouseholdSummary {
  id: string;
  householdNo: number;
  district: Ref;
  village: Ref & { villageNo: number | null };
  houseNo: string;
  headName: string;
  headThaiIdMasked: string;
  members: number;
  tpmap: boolean;
  vulnerability: 'vulnerable' | 'poor' | 'disadvantaged' | null;
  surveyedOn: string;
}

export type Vulnerability = 'vulnerable' | 'poor' | 'disadvantaged';
export const TPMAP_DIMENSIONS = ['health', 'living', 'education', 'income', 'services'] as const;
export type TpmapDimension = (typeof TPMAP_DIMENSIONS)[number];

export interface HouseholdMember {
  title: string;
  firstName: string;
  lastName: string;
  relation: string;
  birthYearBe: number | null;
}

export interface HouseholdInput {
  villageId: string;
  houseNo: string;
  head: { title: string; firstName: string; lastName: string; thaiId: string };
  phone: string | null;
  members: HouseholdMember[];
  tpmap: boolean;
  failedIndicators: { dimension: TpmapDimension; indicatorTh: string }[];
  vulnerability: Vulnerability | null;
  needsTh: string;
  surveyedOn: string;
}

export interface Household extends HouseholdSummary {
  head: { title: string; firstName: string; lastName: string };
  /** The full ID, only on the single-record view; the UI never shows it, it resends it unchanged. */
  headThaiId: string;
  phone: string | null;
  memberList: HouseholdMember[];
  failedIndicators: { dimension: string; indicatorTh: string }[];
  needsTh: string;
  version: number;
  canEdit: boolean;
}

export const HELP_KINDS = ['cash', 'goods', 'housing', 'occupation', 'education', 'health', 'other'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];
export type ProposalStatus = 'expected' | 'draft' | 'submitted' | 'returned' | 'accepted';

export interface ProposalItemInput {
  householdId: string;
  helpKind: HelpKind;
  helpTh: string;
  cost: number;
  reasonTh: string;
}

export interface ProposalInput {
  districtId: string;
  summaryTh: string;
  items: ProposalItemInput[];
}

export interface HouseholdRef {
  id: string;
  householdNo: number;
  headName: string;
  headThaiIdMasked: string;
  village: string;
}

export interface Proposal {
  id: string;
  district: Ref;
  submissionId: string;
  status: ProposalStatus;
  late: boolean | null;
  returnComment: string | null;
  summaryTh: string;
  version: number;
  submittedAt: string;
  total: number;
  items: {
    id: string;
    household: HouseholdRef;
    helpKind: HelpKind;
    helpTh: string;
    cost: number;
    reasonTh: string;
    planned: boolean;
  }[];
}

export interface ProposalDistrict {
  district: Ref;
  submissionId: string;
  status: ProposalStatus;
  late: boolean | null;
  returnComment: string | null;
  proposalId: string | null;
  households: number;
  proposed: number;
  total: number;
  canPropose: boolean;
}

export type PlanRole = 'proposer' | 'checker' | 'approver';

export interface PlanInput {
  titleTh: string;
  items: { proposalItemId: string; approvedCost: number }[];
  chain: { role: PlanRole; signerUserId: string; positionLine: string }[];
}

export interface PlanItem {
  itemNo: number;
  proposalItemId: string;
  district: Ref;
  /** Null for viewers who may not see the household's personal data (the approver, say). */
  household: HouseholdRef | null;
  helpKind: HelpKind;
  helpTh: string;
  proposedCost: number;
  approvedCost: number;
  paid: number;
}

export interface PlanStep {
  stepNo: number;
  role: PlanRole;
  signer: { userId: string; nameTh: string };
  positionLine: string;
  signedAt: string | null;
  signedOn: string | null;
  comment: string | null;
}

export interface Plan {
  id: string;
  fundId: string;
  titleTh: string;
  status: 'draft' | 'submitted' | 'approved';
  currentStep: number | null;
  approvedAt: string | null;
  total: number;
  paid: number;
  items: PlanItem[];
  chain: PlanStep[];
  canSign: boolean;
}

export interface PlanSigner {
  userId: string;
  username: string;
  fullName: string;
  positionTh: string | null;
  orgUnitNameTh: string;
}

export interface PayoutInput {
  planId: string;
  itemNo: number;
  paidOn: string;
  amount: number;
  receiptNo: string;
}

export type Outcome = 'improved' | 'unchanged' | 'worse';

export interface Payout {
  payoutNo: number;
  planId: string;
  itemNo: number;
  district: Ref;
  helpKind: HelpKind;
  paidOn: string;
  amount: number;
  receiptNo: string;
  entryNo: number;
  reversedByEntryNo: number | null;
  files: { id: string; fileName: string; contentType: string; kind: string }[];
  followUps: { id: string; visitedOn: string; outcome: Outcome; noteTh: string }[];
}

export interface Deposit {
  depositNo: number;
  depositedOn: string;
  slipRef: string;
  amount: number;
  entryNo: number;
  reversedByEntryNo: number | null;
}

export interface ParticipantStatement {
  fund: Ref;
  participant: Participant;
  pledgePerDay: number;
  rows: {
    collectionNo: number;
    collectedOn: string;
    amount: number;
    runningTotal: number;
    witnesses: Ref[];
    reversed: boolean;
  }[];
}
