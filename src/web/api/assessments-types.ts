// Shapes of the assessments JSON (see /api/openapi.json, tag "assessments"). Money is whole satang;
// civil dates are 'YYYY-MM-DD'; percentages are basis points (6000 = 60 %).

export type AnswerSpec =
  | { type: 'yes_no'; passWhen: 'yes' | 'no' }
  | { type: 'level'; maxLevel: number; passAtLeast: number; levelLabelsTh: string[] }
  | { type: 'number'; unitTh: string; decimals: number; min: number | null; max: number | null };

export type AnswerValue = boolean | number;

export interface InstrumentSummary {
  id: string;
  code: string;
  version: number;
  titleTh: string;
  isSample: boolean;
  shapeTh: string;
  createdAt: string;
}

export interface Indicator {
  code: string;
  textTh: string;
  guidanceTh: string;
  evidenceTh: string;
  evidenceRequired: boolean;
  answer: AnswerSpec;
  weight: number;
  ledgerSource: string | null;
}

export type ResultRule =
  | { kind: 'score'; passPercent: number }
  | {
      kind: 'level';
      basis: 'overall' | 'weakest_dimension';
      levels: { level: number; labelTh: string; minPercent: number }[];
    };

export interface Instrument extends InstrumentSummary {
  declaredShape: { dimensions: number; indicators: number };
  descriptionTh: string;
  dimensions: { code: string; titleTh: string; indicators: Indicator[] }[];
  result: ResultRule;
  /** What each ledger source used reads from the books. */
  ledgerSourcesTh: Record<string, string>;
}

export interface Program {
  id: string;
  orgUnit: { id: string; nameTh: string };
  titleTh: string;
  fiscalYear: number;
  instruments: InstrumentSummary[];
  targetLevel: number;
  defaultQuota: number;
  quotas: Record<string, number>;
  supportPerGroup: number;
  reportDays: number;
  planTargetBp: number;
  resultsDueOn: string | null;
  createdAt: string;
  canManage: boolean;
}

/** What the new-program form sends (POST /assessment-programs). */
export interface ProgramInput {
  orgUnitId: string;
  titleTh: string;
  /** ปีงบประมาณ, พ.ศ. */
  fiscalYear: number;
  instrumentIds: string[];
  targetLevel: number;
  defaultQuota: number;
  /** Per-province exceptions to the default quota: { "56": 12 }. */
  quotas: Record<string, number>;
  supportPerGroup: number;
  reportDays: number;
  planTargetBp: number;
  resultsDueOn: string | null;
}

export type ReportState = 'not_due' | 'due' | 'on_time' | 'late' | 'overdue';
export interface ReportDeadline {
  dueOn: string | null;
  reportedOn: string | null;
  state: ReportState;
}

export type ForumStatus = 'none' | 'draft' | 'signed' | 'reported';
export type PlanStatus = 'none' | 'draft' | 'adopted' | 'withdrawn';

export interface Target {
  groupId: string;
  groupNameTh: string;
  province: { id: string; nameTh: string };
  district: { id: string; nameTh: string };
  rank: number;
  reason: 'fund_centre_leader' | 'level';
  reasonTh: string;
  selectedOn: string;
  forumStatus: ForumStatus;
  heldOn: string | null;
  planStatus: PlanStatus;
  report: ReportDeadline;
}

export interface SelectionResult {
  selectedOn: string;
  provinces: {
    province: { id: string; nameTh: string };
    quota: number;
    candidates: number;
    leaders: number;
    selected: number;
    skipped: boolean;
  }[];
}

export interface EvidenceFile {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

export interface IndicatorView extends Indicator {
  ledger: { value: AnswerValue | null; explainTh: string } | null;
  entered: { value: AnswerValue | null; note: string } | null;
  value: AnswerValue | null;
  source: 'ledger' | 'entered' | null;
  passed: boolean | null;
  evidence: EvidenceFile[];
}

export interface InstrumentResult {
  instrument: InstrumentSummary;
  resultRuleTh: string;
  dimensions: {
    code: string;
    titleTh: string;
    points: number;
    maxPoints: number;
    percentBp: number;
    indicators: IndicatorView[];
  }[];
  points: number;
  maxPoints: number;
  percentBp: number;
  level: number | null;
  levelTh: string;
  passedIndicators: number;
  failedIndicators: number;
  unanswered: number;
}

export type PlanItemStatus = 'planned' | 'in_progress' | 'done' | 'dropped';

export interface PlanItem {
  itemNo: number;
  instrumentId: string;
  indicatorCode: string;
  indicatorTextTh: string;
  action: string;
  owner: string;
  dueOn: string | null;
  cost: number;
  status: PlanItemStatus;
  followUp: string;
  overdue: boolean;
}

export interface Spending {
  seq: number;
  spentOn: string;
  amount: number;
  itemNo: number | null;
  note: string;
  recordedAt: string;
}

export interface Plan {
  status: 'draft' | 'adopted' | 'withdrawn';
  budget: number;
  planned: number;
  spent: number;
  remaining: number;
  adoptedOn: string | null;
  withdrawnReason: string | null;
  items: PlanItem[];
  spending: Spending[];
}

export interface ForumDetails {
  heldOn: string;
  place: string;
  participantCount: number;
  participants: { nameTh: string; roleTh: string }[];
  review: { rules: string; committee: string; allocation: string; notes: string };
}

export interface Forum {
  program: { id: string; titleTh: string; reportDays: number; supportPerGroup: number };
  target: Target;
  forum:
    | (ForumDetails & {
        status: 'draft' | 'signed' | 'reported';
        signedAt: string | null;
        reportedAt: string | null;
        version: number;
      })
    | null;
  instruments: InstrumentResult[];
  plan: Plan | null;
  report: ReportDeadline;
  can: {
    edit: boolean;
    sign: boolean;
    editPlan: boolean;
    adopt: boolean;
    withdraw: boolean;
    followUp: boolean;
    spend: boolean;
    report: boolean;
  };
}

export interface AnswerInput {
  instrumentId: string;
  indicatorCode: string;
  value: AnswerValue | null;
  note: string;
}

export interface PlanItemInput {
  itemNo: number;
  action: string;
  owner: string;
  dueOn: string | null;
  cost: number;
}

export interface RollupFigures {
  targets: number;
  forums: number;
  assessed: number;
  withPlan: number;
  planPercentBp: number;
  reportsOnTime: number;
  reportsLate: number;
  reportsOverdue: number;
  reportsDue: number;
  budget: number;
  planned: number;
  spent: number;
}

export interface Rollup {
  program: { id: string; titleTh: string; planTargetBp: number; reportDays: number };
  unit: { id: string; nameTh: string; kind: string };
  asOf: string;
  totals: RollupFigures;
  planIndicator: { targets: number; withPlan: number; percentBp: number; targetBp: number; met: boolean };
  children: { id: string; nameTh: string; kind: 'province' | 'district' | 'group'; figures: RollupFigures }[];
  levels: {
    instrument: InstrumentSummary;
    distribution: { level: number | null; levelTh: string; groups: number }[];
  }[];
  mostFailed: {
    instrumentId: string;
    instrumentTitleTh: string;
    indicatorCode: string;
    textTh: string;
    failed: number;
    assessed: number;
  }[];
}
