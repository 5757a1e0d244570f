// Award calls as the API returns them (src/modules/awards/awards.schemas.ts): calls for
// nominations, dossiers, committee sheets, progress, conflicts, results and the announcement.
// Points travel as numbers with at most one decimal; aggregates as strings with 2 decimals.
import type { Answers, FormField, StoredFileRef, UnitRef } from './requests-types.js';

export type CallStatus = 'draft' | 'open' | 'scoring' | 'closed' | 'decided' | 'announced';
export type CategoryKind = 'pair' | 'group' | 'member' | 'best_practice';
export type NominationStatus = 'draft' | 'endorsed' | 'submitted' | 'withdrawn';
export type MemberRole = 'chair' | 'member' | 'secretary';
export type NomineeRole = 'staff' | 'partner' | 'member';
export type SheetState = 'not_started' | 'in_progress' | 'submitted' | 'conflicted';
export type CallRole = 'organiser' | 'member' | 'nominator';

export interface PersonRef {
  id: string;
  fullName: string;
  positionTh: string | null;
}

export interface FormSection {
  key: string;
  titleTh: string;
  fields: FormField[];
}

export interface DossierFormDef {
  sections: FormSection[];
}

export interface Criterion {
  code: string;
  parentCode: string | null;
  labelTh: string;
  maxPoints: number;
  statedPoints: number | null;
  isLeaf: boolean;
}

export interface Rubric {
  statedTotal: number;
  criteria: Criterion[];
}

export interface Category {
  id: string;
  code: string;
  kind: CategoryKind;
  nameTh: string;
  honourTh: string;
  quotaPerUnit: number;
  winners: number;
  staffPositions: string[];
  partnerNetworks: string[];
  cleanRecord: { fieldKey: string; cleanValue: string } | null;
  form: DossierFormDef;
  rubric: Rubric | null;
}

export interface CommitteeMember {
  id: string;
  person: PersonRef;
  role: MemberRole;
  titleTh: string;
  scores: boolean;
  hasAccount: boolean;
}

export interface Winner {
  categoryCode: string;
  categoryNameTh: string;
  place: number;
  nominationId: string;
  unit: UnitRef;
  entryName: string | null;
  nominees: { role: string; person: PersonRef }[];
}

export interface AwardCall {
  id: string;
  organiserUnit: UnitRef;
  projectId: string | null;
  title: string;
  description: string;
  namesDeadline: string;
  dossierDeadline: string;
  aggregation: 'mean' | 'trimmed_mean';
  aggregationRuleTh: string;
  spreadThreshold: number;
  tieBreaks: { kind: 'criterion' | 'earlier_submission'; code: string | null; labelTh: string }[];
  status: CallStatus;
  openedAt: string | null;
  scoringStartedAt: string | null;
  closedAt: string | null;
  closeForcedReason: string | null;
  decidedOn: string | null;
  announcedAt: string | null;
  categories: Category[];
  committee: CommitteeMember[];
  /** Once announced (committee and organiser: once decided). */
  winners: Winner[] | null;
  viewer: {
    organiser: boolean;
    member: { id: string; role: MemberRole; scores: boolean } | null;
    nominatingUnits: UnitRef[];
  };
}

export interface CallSummary {
  id: string;
  organiserUnit: UnitRef;
  title: string;
  status: CallStatus;
  namesDeadline: string;
  dossierDeadline: string;
  role: CallRole;
}

export interface Nominee {
  role: NomineeRole;
  person: PersonRef;
  networks: string[];
}

export interface NominationSummary {
  id: string;
  callId: string;
  category: { code: string; nameTh: string; kind: CategoryKind };
  unit: UnitRef;
  entryName: string | null;
  status: NominationStatus;
  nominees: Nominee[];
  namedAt: string;
  endorsedAt: string | null;
  submittedAt: string | null;
}

export interface Nomination extends NominationSummary {
  form: DossierFormDef;
  answers: Answers;
  /** By file/photo field key. */
  files: Record<string, StoredFileRef[]>;
  endorsement: { name: string; position: string; at: string } | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  can: { edit: boolean; endorse: boolean; submit: boolean; withdraw: boolean };
  result: { aggregate: string | null; winner: boolean } | null;
}

export interface NominateInput {
  categoryCode: string;
  orgUnitId: string;
  entryName: string | null;
  nominees: { personId: string; role: NomineeRole }[];
}

export interface JudgingDossier {
  nominationId: string;
  categoryCode: string;
  unit: UnitRef;
  entryName: string | null;
  nominees: Nominee[];
  state: SheetState;
  conflictReason: string | null;
  scoredItems: number;
  items: number;
}

export interface Judging {
  callId: string;
  status: CallStatus;
  member: { id: string; role: MemberRole; titleTh: string; scores: boolean };
  dossiers: JudgingDossier[];
}

export interface SheetScore {
  code: string;
  points: number;
  comment: string;
}

export interface Sheet {
  nominationId: string;
  member: { id: string; fullName: string; titleTh: string };
  state: SheetState;
  submittedAt: string | null;
  editable: boolean;
  criteria: Criterion[];
  scores: SheetScore[];
  total: number;
}

export interface Progress {
  status: CallStatus;
  unsubmitted: number;
  judges: { memberId: string; fullName: string; titleTh: string }[];
  dossiers: {
    nominationId: string;
    categoryCode: string;
    unit: UnitRef;
    judges: { memberId: string; state: SheetState }[];
  }[];
}

export interface Conflict {
  nominationId: string;
  unit: UnitRef;
  memberId: string;
  judgeName: string;
  source: 'automatic' | 'declared';
  reason: string;
}

export interface RankEntry {
  rank: number;
  nominationId: string;
  unit: UnitRef;
  entryName: string | null;
  nominees: Nominee[];
  aggregate: string | null;
  aggregateExact: { num: number; den: number } | null;
  judgesCounted: number;
  judgesDropped: number;
  spread: number | null;
  spreadFlag: boolean;
  criterionAggregates: Record<string, string | null>;
  /** The tie-break rule that placed this entry below the previous one. */
  separatedBy: { ruleNo: number; labelTh: string } | null;
  tiedWithPrevious: boolean;
  sheets: {
    memberId: string;
    state: SheetState;
    total: number | null;
    scores: Record<string, number>;
    comments: Record<string, string>;
  }[];
}

export interface Results {
  callId: string;
  status: CallStatus;
  aggregationRuleTh: string;
  spreadThreshold: number;
  judges: { memberId: string; fullName: string; titleTh: string; role: MemberRole }[];
  categories: { code: string; nameTh: string; criteria: Criterion[]; ranking: RankEntry[] }[];
}

export interface DecisionInput {
  winners?: { categoryCode: string; nominationIds: string[] }[];
  reason?: string;
  minutes: string;
  decidedOn: string;
}

export interface Certificate {
  id: string;
  code: string;
  recipientName: string;
  honour: string;
  issuedOn: string;
  revokedAt: string | null;
  verifyPath: string;
  pdfPath: string;
}
