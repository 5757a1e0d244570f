// The staff fund (seed 000): its figures, participants and the piggy-bank counts.
import { apiUrl, request } from './client.js';
import type {
  Collection,
  CountInput,
  Fund,
  FundReport,
  Household,
  HouseholdInput,
  HouseholdSummary,
  Participant,
  Proposal,
  ProposalDistrict,
  ProposalInput,
} from './fund-types.js';

const f = (id: string) => `/funds/${encodeURIComponent(id)}`;

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
  collections: (id: string, signal?: AbortSignal) =>
    request<{ items: Collection[] }>(`${f(id)}/collections`, { signal }),
  recordCollection: (
    id: string,
    body: { collectedOn: string; place: string; note: string; counts: CountInput[] },
    idempotencyKey: string,
  ) => request<Collection>(`${f(id)}/collections`, { method: 'POST', json: body, idempotencyKey }),
};
