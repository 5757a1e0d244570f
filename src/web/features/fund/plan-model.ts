// The assistance plan on the client: built from the items of proposals the province accepted and
// no plan has taken yet, each with the amount approved (typed in baht, at most what the district
// asked), and its sign-off chain (proposer → checker… → approver). The server checks it all again,
// including that the plan does not promise more than the fund holds.
import type { Plan, PlanInput, PlanItem, PlanRole, Proposal } from '../../api/fund-types.js';
import { thFund } from '../../i18n/th-fund.js';
import { baht, parseAmount } from '../savings/money.js';

export interface Candidate {
  proposalItemId: string;
  district: string;
  household: string;
  help: string;
  cost: number;
}

export interface PlanItemDraft {
  proposalItemId: string;
  include: boolean;
  approved: string;
}

export interface StepDraft {
  role: PlanRole;
  signerUserId: string;
  positionLine: string;
}

/** Items of accepted proposals not yet in any plan, by district. */
export function candidates(proposals: Proposal[]): Candidate[] {
  return proposals
    .filter((p) => p.status === 'accepted')
    .flatMap((p) =>
      p.items
        .filter((i) => !i.planned)
        .map((i) => ({
          proposalItemId: i.id,
          district: p.district.nameTh,
          household: `${i.household.headName} (${i.household.headThaiIdMasked})`,
          help: `${thFund.helpKinds[i.helpKind]}: ${i.helpTh}`,
          cost: i.cost,
        })),
    );
}

/** Every candidate ticked, approved at what was proposed. */
export const draftItems = (cs: Candidate[]): PlanItemDraft[] =>
  cs.map((c) => ({ proposalItemId: c.proposalItemId, include: true, approved: baht(c.cost) }));

export const defaultChain = (me: string): StepDraft[] => [
  { role: 'proposer', signerUserId: me, positionLine: '' },
  { role: 'checker', signerUserId: '', positionLine: '' },
  { role: 'approver', signerUserId: '', positionLine: '' },
];

export interface PlanErrors {
  titleTh?: string;
  items?: string;
  chain?: string;
  /** proposalItemId → message on its approved amount. */
  approved: Record<string, string>;
  /** step index → message on its signer. */
  signers: Record<number, string>;
}

export function checkPlan(title: string, items: PlanItemDraft[], cs: Candidate[], chain: StepDraft[]): PlanErrors {
  const t = thFund.plan;
  const e: PlanErrors = { approved: {}, signers: {} };
  if (!title.trim()) e.titleTh = t.required(t.titleTh);
  const chosen = items.filter((i) => i.include);
  if (chosen.length === 0) e.items = t.pickOne;
  for (const i of chosen) {
    const c = cs.find((x) => x.proposalItemId === i.proposalItemId)!;
    const a = parseAmount(i.approved);
    if (!a.ok) e.approved[i.proposalItemId] = a.error;
    else if (a.value <= 0) e.approved[i.proposalItemId] = t.approvedZero;
    else if (a.value > c.cost) e.approved[i.proposalItemId] = t.approvedOver(baht(c.cost));
  }
  chain.forEach((s, i) => {
    if (!s.signerUserId) e.signers[i] = t.chooseSigner;
  });
  const ids = chain.map((s) => s.signerUserId).filter(Boolean);
  if (new Set(ids).size !== ids.length) e.chain = t.distinctSigners;
  return e;
}

export const planOk = (e: PlanErrors) =>
  !e.titleTh && !e.items && !e.chain && !Object.keys(e.approved).length && !Object.keys(e.signers).length;

export function approvedTotal(items: PlanItemDraft[]): number {
  return items.reduce((s, i) => {
    const a = parseAmount(i.approved);
    return i.include && a.ok ? s + a.value : s;
  }, 0);
}

export function toPlanInput(title: string, items: PlanItemDraft[], chain: StepDraft[]): PlanInput {
  return {
    titleTh: title.trim(),
    items: items
      .filter((i) => i.include)
      .map((i) => {
        const a = parseAmount(i.approved);
        return { proposalItemId: i.proposalItemId, approvedCost: a.ok ? a.value : 0 };
      }),
    chain: chain.map((s) => ({ role: s.role, signerUserId: s.signerUserId, positionLine: s.positionLine.trim() })),
  };
}

/** What is left to pay on a plan item (satang). */
export const leftToPay = (i: PlanItem) => i.approvedCost - i.paid;

/** The proposer may send a draft plan on for sign-off. */
export const canSubmit = (plan: Plan, me: string) => plan.status === 'draft' && plan.chain[0]?.signer.userId === me;
