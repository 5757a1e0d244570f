// The staff fund (seed 000): its figures, participants and the piggy-bank counts.
import { apiUrl, request } from './client.js';
import type {
  Collection,
  CountInput,
  Deposit,
  Fund,
  FundReport,
  Household,
  HouseholdInput,
  HouseholdSummary,
  Participant,
  ParticipantStatement,
  Payout,
  PayoutInput,
  Plan,
  PlanInput,
  PlanSigner,
  Proposal,
  ProposalDistrict,
  ProposalInput,
} from './fund-types.js';

const f = (id: string) => `/funds/${encodeURIComponent(id)}`;
const p = (planId: string) => `/fund-plans/${encodeURIComponent(planId)}`;

export const fundApi = {
  list: (signal?: AbortSignal) => request<{ items: Fund[] }>('/funds', { signal }),
  get: (id: string, signal?: AbortSignal) => request<Fund>(f(id), { signal }),
  report: (id: string, signal?: AbortSignal) => request<FundReport>(`${f(id)}/report`, { signal }),
  reportPdfUrl: (id: string) => apiUrl(`${f(id)}/report.pdf`),
  participants: (id: string, signal?: AbortSignal) =>
    request<{ items: Participant[] }>(`${f(id)}/participants`, { signal }),
  households: (id: string, signal?: AbortSignal) =>
    request<{ items: HouseholdSummary[] }>(`${f(id)}/households`, { signal }),
  householdsXlsxUrl: (id: string) => apiUrl(`${f(id)}/households.xlsx`),
  household: (id: string, signal?: AbortSignal) =>
    request<Household>(`/fund-households/${encodeURIComponent(id)}`, { signal }),
  registerHousehold: (id: string, body: HouseholdInput, idempotencyKey: string) =>
    request<Household>(`${f(id)}/households`, { method: 'POST', json: body, idempotencyKey }),
  updateHousehold: (id: string, body: HouseholdInput & { version: number }) =>
    request<Household>(`/fund-households/${encodeURIComponent(id)}`, { method: 'PUT', json: body }),
  proposals: (id: string, signal?: AbortSignal) =>
    request<{ items: Proposal[]; districts: ProposalDistrict[] }>(`${f(id)}/proposals`, { signal }),
  openProposals: (
    id: string,
    body: { title: string; instructions: string; deadline: string },
    idempotencyKey: string,
  ) => request<Fund>(`${f(id)}/proposal-request`, { method: 'POST', json: body, idempotencyKey }),
  submitProposal: (id: string, body: ProposalInput) =>
    request<Proposal>(`${f(id)}/proposals`, { method: 'POST', json: body }),
  plans: (id: string, signal?: AbortSignal) => request<{ items: Plan[] }>(`${f(id)}/plans`, { signal }),
  plan: (planId: string, signal?: AbortSignal) => request<Plan>(p(planId), { signal }),
  planSigners: (id: string, signal?: AbortSignal) =>
    request<{ items: PlanSigner[] }>(`${f(id)}/plan-signers`, { signal }),
  createPlan: (id: string, body: PlanInput, idempotencyKey: string) =>
    request<Plan>(`${f(id)}/plans`, { method: 'POST', json: body, idempotencyKey }),
  submitPlan: (planId: string) => request<Plan>(`${p(planId)}/submit`, { method: 'POST' }),
  signPlan: (planId: string, comment: string) =>
    request<Plan>(`${p(planId)}/sign`, { method: 'POST', json: comment ? { comment } : {} }),
  returnPlan: (planId: string, comment: string) =>
    request<Plan>(`${p(planId)}/return`, { method: 'POST', json: { comment } }),
  payouts: (id: string, signal?: AbortSignal) => request<{ items: Payout[] }>(`${f(id)}/payouts`, { signal }),
  recordPayout: (id: string, body: PayoutInput, idempotencyKey: string) =>
    request<Payout>(`${f(id)}/payouts`, { method: 'POST', json: body, idempotencyKey }),
  attachPayoutFile: (id: string, payoutNo: number, kind: 'receipt' | 'photo', file: File) => {
    const form = new FormData();
    form.set('kind', kind);
    form.set('file', file);
    return request<{ id: string; fileName: string }>(`${f(id)}/payouts/${payoutNo}/files`, { method: 'POST', form });
  },
  payoutFileUrl: (id: string, payoutNo: number, fileId: string, inline = false) =>
    apiUrl(`${f(id)}/payouts/${payoutNo}/files/${encodeURIComponent(fileId)}`, { inline: inline ? '1' : null }),
  recordFollowUp: (
    id: string,
    payoutNo: number,
    body: { visitedOn: string; outcome: 'improved' | 'unchanged' | 'worse'; noteTh: string },
  ) => request<Payout>(`${f(id)}/payouts/${payoutNo}/follow-ups`, { method: 'POST', json: body }),
  deposits: (id: string, signal?: AbortSignal) => request<{ items: Deposit[] }>(`${f(id)}/deposits`, { signal }),
  recordDeposit: (id: string, body: { depositedOn: string; slipRef: string; amount: number }, idempotencyKey: string) =>
    request<Deposit>(`${f(id)}/deposits`, { method: 'POST', json: body, idempotencyKey }),
  statement: (id: string, participantNo: number, signal?: AbortSignal) =>
    request<ParticipantStatement>(`${f(id)}/participants/${participantNo}/statement`, { signal }),
  collections: (id: string, signal?: AbortSignal) =>
    request<{ items: Collection[] }>(`${f(id)}/collections`, { signal }),
  recordCollection: (
    id: string,
    body: { collectedOn: string; place: string; note: string; counts: CountInput[] },
    idempotencyKey: string,
  ) => request<Collection>(`${f(id)}/collections`, { method: 'POST', json: body, idempotencyKey }),
};
