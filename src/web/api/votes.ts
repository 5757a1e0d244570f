// Elections: organisers define, open, close and announce; voters cast by slip code or logged in.
import { apiUrl, request } from './client.js';
import type {
  AnnounceInput,
  Ballot,
  Choice,
  Election,
  ElectionInput,
  ElectionSummary,
  MyBallot,
  Results,
  VoterSlip,
} from './votes-types.js';

const e = (id: string) => `/elections/${encodeURIComponent(id)}`;
const b = (code: string) => `/ballots/${encodeURIComponent(code)}`;

export const votesApi = {
  list: (signal?: AbortSignal) => request<{ items: ElectionSummary[] }>('/elections', { signal }),
  create: (input: ElectionInput, idempotencyKey: string) =>
    request<Election>('/elections', { method: 'POST', json: input, idempotencyKey }),
  get: (id: string, signal?: AbortSignal) => request<Election>(e(id), { signal }),
  update: (id: string, input: Omit<ElectionInput, 'orgUnitId'>) =>
    request<Election>(e(id), { method: 'PUT', json: input }),
  open: (id: string) => request<Election>(`${e(id)}/open`, { method: 'POST' }),
  close: (id: string) => request<Election>(`${e(id)}/close`, { method: 'POST' }),
  results: (id: string, signal?: AbortSignal) => request<Results>(`${e(id)}/results`, { signal }),
  resultsXlsxUrl: (id: string) => apiUrl(`${e(id)}/results.xlsx`),
  voters: (id: string, signal?: AbortSignal) => request<{ items: VoterSlip[] }>(`${e(id)}/voters`, { signal }),
  slipsPdfUrl: (id: string) => apiUrl(`${e(id)}/slips.pdf`),
  qrUrl: (id: string, personId: string) => apiUrl(`${e(id)}/voters/${encodeURIComponent(personId)}/qr.png`),
  announce: (id: string, input: AnnounceInput, idempotencyKey: string) =>
    request<{ results: Results }>(`${e(id)}/announce`, { method: 'POST', json: input, idempotencyKey }),

  myBallots: (signal?: AbortSignal) => request<{ items: MyBallot[] }>('/my-ballots', { signal }),
  myBallot: (id: string, signal?: AbortSignal) => request<Ballot>(`${e(id)}/my-ballot`, { signal }),
  castMine: (id: string, choices: Choice[]) =>
    request<Ballot>(`${e(id)}/my-ballot`, { method: 'POST', json: { choices } }),

  ballot: (code: string, signal?: AbortSignal) => request<Ballot>(b(code), { signal }),
  cast: (code: string, choices: Choice[]) => request<Ballot>(b(code), { method: 'POST', json: { choices } }),
};
