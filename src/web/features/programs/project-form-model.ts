// The project form's editable state and its conversion to the API's input. Amounts are typed in
// baht and sent in satang; list items keep their blanks so the server can point at them.
import type { Project, ProjectInput, SignoffRole } from '../../api/programs-types.js';
import { baht, parseAmount } from '../savings/money.js';

export interface IndicatorDraft {
  kind: 'quantitative' | 'qualitative';
  textTh: string;
  target: string;
  unit: string;
}

export interface ChainDraft {
  role: SignoffRole;
  signerUserId: string;
  positionLine: string;
}

export interface ProjectDraft {
  orgUnitId: string;
  titleTh: string;
  rationale: string;
  objectives: string[];
  methods: string[];
  startsOn: string;
  endsOn: string;
  targetGroup: string;
  location: string;
  hasBudget: boolean;
  amount: string;
  budgetSource: string;
  expectedResults: string[];
  indicators: IndicatorDraft[];
  tags: string[];
  chain: ChainDraft[];
}

export function emptyDraft(orgUnitId: string, me: string): ProjectDraft {
  return {
    orgUnitId,
    titleTh: '',
    rationale: '',
    objectives: [''],
    methods: [''],
    startsOn: '',
    endsOn: '',
    targetGroup: '',
    location: '',
    hasBudget: false,
    amount: '',
    budgetSource: '',
    expectedResults: [''],
    indicators: [
      { kind: 'quantitative', textTh: '', target: '', unit: '' },
      { kind: 'qualitative', textTh: '', target: '', unit: '' },
    ],
    tags: [],
    chain: [
      { role: 'proposer', signerUserId: me, positionLine: '' },
      { role: 'approver', signerUserId: '', positionLine: '' },
    ],
  };
}

export function draftFrom(p: Project): ProjectDraft {
  return {
    orgUnitId: p.orgUnitId,
    titleTh: p.titleTh,
    rationale: p.rationale,
    objectives: p.objectives,
    methods: p.methods,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    targetGroup: p.targetGroup,
    location: p.location,
    hasBudget: p.budgetSatang !== null,
    amount: p.budgetSatang === null ? '' : baht(p.budgetSatang),
    budgetSource: p.budgetSource ?? '',
    expectedResults: p.expectedResults,
    indicators: p.indicators.map((k) => ({
      kind: k.kind,
      textTh: k.textTh,
      target: k.target === null ? '' : String(k.target),
      unit: k.unit ?? '',
    })),
    tags: p.tags,
    chain: p.chain.map((s) => ({ role: s.role, signerUserId: s.signer.userId, positionLine: s.positionLine })),
  };
}

export function toInput(d: ProjectDraft): ProjectInput {
  const amount = parseAmount(d.amount);
  return {
    orgUnitId: d.orgUnitId,
    titleTh: d.titleTh.trim(),
    rationale: d.rationale.trim(),
    objectives: d.objectives.map((s) => s.trim()),
    methods: d.methods.map((s) => s.trim()),
    startsOn: d.startsOn,
    endsOn: d.endsOn,
    targetGroup: d.targetGroup.trim(),
    location: d.location.trim(),
    // An unreadable amount goes as NaN-free -1 so the server names the field.
    budgetSatang: d.hasBudget ? (amount.ok ? amount.value : -1) : null,
    budgetSource: d.hasBudget ? d.budgetSource.trim() || null : null,
    expectedResults: d.expectedResults.map((s) => s.trim()),
    indicators: d.indicators.map((k) => ({
      kind: k.kind,
      textTh: k.textTh.trim(),
      target: k.kind === 'quantitative' && k.target.trim() !== '' ? Number(k.target) : null,
      unit: k.kind === 'quantitative' ? k.unit.trim() || null : null,
    })),
    tags: d.tags,
    chain: d.chain.map((s) => ({ ...s, positionLine: s.positionLine.trim() })),
  };
}
