// Shapes of the programs API (projects with sign-off, plans, KPIs), as src/modules/programs returns them.
export type SignoffRole = 'proposer' | 'endorser' | 'checker' | 'approver';
export type ProjectStatus = 'draft' | 'submitted' | 'approved';
export type PlanStepStatus = 'not_started' | 'in_progress' | 'done';

export interface UserRef {
  userId: string;
  fullName: string;
  positionTh: string | null;
}

export interface Signer extends UserRef {
  username: string;
  orgUnitNameTh: string;
}

/** 'manual': a person records the actual; 'report_submissions': the system counts offices that submitted. */
export type KpiSource = 'manual' | 'report_submissions';

export interface Indicator {
  id: string;
  kind: 'quantitative' | 'qualitative';
  textTh: string;
  target: number | null;
  unit: string | null;
  source: KpiSource;
  /** The report request a computed KPI counts (null for manual ones). */
  sourceRequest: { id: string; title: string; expected: number } | null;
  /** asOf is null for a computed KPI nobody has submitted to yet. */
  actual: { value: number; asOf: string | null; note: string | null; source: KpiSource } | null;
}

export interface KpiInput {
  textTh: string;
  target?: number | null;
  unit?: string | null;
  source: KpiSource;
  sourceRef?: string | null;
}

export interface ProjectSummary {
  id: string;
  titleTh: string;
  orgUnitId: string;
  orgUnitNameTh: string;
  fiscalYear: number;
  projectNo: number | null;
  registerNumber: string | null;
  status: ProjectStatus;
  startsOn: string;
  endsOn: string;
  nextSigner: UserRef | null;
}

export interface SignoffStep {
  stepNo: number;
  role: SignoffRole;
  signer: UserRef;
  positionLine: string;
  signedOn: string | null;
  comment: string | null;
}

export interface SignoffEvent {
  stepNo: number;
  role: string;
  action: 'submit' | 'sign' | 'approve' | 'return';
  actor: UserRef;
  comment: string | null;
  at: string;
  onDate: string;
}

export interface Project extends ProjectSummary {
  responsibleUnitTh: string;
  rationale: string;
  objectives: string[];
  methods: string[];
  targetGroup: string;
  location: string;
  budgetSatang: number | null;
  budgetText: string | null;
  budgetSource: string | null;
  expectedResults: string[];
  tags: string[];
  indicators: Indicator[];
  chain: SignoffStep[];
  currentStep: number | null;
  history: SignoffEvent[];
  plans: { id: string; nameTh: string }[];
  createdBy: string;
  actions: { edit: boolean; submit: boolean; sign: boolean; return: boolean };
}

export interface ProjectInput {
  orgUnitId: string;
  titleTh: string;
  rationale: string;
  objectives: string[];
  methods: string[];
  startsOn: string;
  endsOn: string;
  targetGroup: string;
  location: string;
  budgetSatang: number | null;
  budgetSource: string | null;
  expectedResults: string[];
  indicators: { kind: 'quantitative' | 'qualitative'; textTh: string; target: number | null; unit: string | null }[];
  tags: string[];
  chain: { role: SignoffRole; signerUserId: string; positionLine: string }[];
}

export interface ProgramTag {
  code: string;
  nameTh: string;
}

export interface PlanStep {
  id: string;
  seq: number;
  nameTh: string;
  ownerUnitId: string;
  ownerUnitNameTh: string;
  ownerNote: string | null;
  startsOn: string | null;
  dueOn: string;
  status: PlanStepStatus;
  doneOn: string | null;
  evidenceNote: string | null;
  overdue: boolean;
}

export interface Plan {
  id: string;
  nameTh: string;
  project: { id: string; titleTh: string; registerNumber: string | null };
  today: string;
  steps: PlanStep[];
  kpis: Indicator[];
  canManage: boolean;
}

export interface PlanStepInput {
  nameTh: string;
  ownerUnitId: string;
  ownerNote?: string | null;
  startsOn?: string | null;
  dueOn: string;
}
