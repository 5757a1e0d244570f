// Award calls: the organiser opens and starts scoring, districts nominate and send dossiers, the
// committee scores, the chair closes, decides and announces (src/modules/awards/*-routes.ts).
import { apiUrl, request } from './client.js';
import type { StoredFileRef } from './requests-types.js';
import type {
  AwardCall,
  CallSummary,
  Certificate,
  Conflict,
  DecisionInput,
  Judging,
  NominateInput,
  Nomination,
  NominationSummary,
  Progress,
  Results,
  Sheet,
  SheetScore,
} from './awards-types.js';

const c = (id: string) => `/award-calls/${encodeURIComponent(id)}`;
const n = (id: string) => `/award-nominations/${encodeURIComponent(id)}`;

export const awardsApi = {
  list: (signal?: AbortSignal) => request<{ items: CallSummary[] }>('/award-calls', { signal }),
  get: (id: string, signal?: AbortSignal) => request<AwardCall>(c(id), { signal }),
  open: (id: string) => request<AwardCall>(`${c(id)}/open`, { method: 'POST' }),
  startScoring: (id: string) => request<AwardCall>(`${c(id)}/start-scoring`, { method: 'POST' }),

  nominations: (id: string, signal?: AbortSignal) =>
    request<{ items: NominationSummary[] }>(`${c(id)}/nominations`, { signal }),
  nominate: (id: string, input: NominateInput, idempotencyKey: string) =>
    request<Nomination>(`${c(id)}/nominations`, { method: 'POST', json: input, idempotencyKey }),
  nomination: (id: string, signal?: AbortSignal) => request<Nomination>(n(id), { signal }),
  saveAnswers: (id: string, answers: Record<string, unknown>) =>
    request<Nomination>(`${n(id)}/answers`, { method: 'PUT', json: { answers } }),
  attach: (id: string, field: string, file: File) => {
    const form = new FormData();
    form.set('field', field);
    form.set('file', file);
    return request<StoredFileRef>(`${n(id)}/files`, { method: 'POST', form });
  },
  removeFile: (id: string, fileId: string) =>
    request<void>(`${n(id)}/files/${encodeURIComponent(fileId)}`, { method: 'DELETE' }),
  fileUrl: (id: string, fileId: string, inline = false) =>
    apiUrl(`${n(id)}/files/${encodeURIComponent(fileId)}`, { inline: inline ? '1' : null }),
  /** Without a position line the server writes "พัฒนาการอำเภอ…" itself. */
  endorse: (id: string) => request<Nomination>(`${n(id)}/endorse`, { method: 'POST' }),
  submit: (id: string) => request<Nomination>(`${n(id)}/submit`, { method: 'POST' }),
  withdraw: (id: string, reason: string) =>
    request<Nomination>(`${n(id)}/withdraw`, { method: 'POST', json: { reason } }),

  judging: (id: string, signal?: AbortSignal) => request<Judging>(`${c(id)}/judging`, { signal }),
  mySheet: (nominationId: string, signal?: AbortSignal) => request<Sheet>(`${n(nominationId)}/my-sheet`, { signal }),
  saveSheet: (nominationId: string, scores: SheetScore[]) =>
    request<Sheet>(`${n(nominationId)}/my-sheet`, { method: 'PUT', json: { scores } }),
  submitSheet: (nominationId: string) => request<Sheet>(`${n(nominationId)}/my-sheet/submit`, { method: 'POST' }),
  conflicts: (id: string, signal?: AbortSignal) => request<{ items: Conflict[] }>(`${c(id)}/conflicts`, { signal }),
  declareConflict: (id: string, nominationId: string, reason: string) =>
    request<{ items: Conflict[] }>(`${c(id)}/conflicts`, { method: 'POST', json: { nominationId, reason } }),
  progress: (id: string, signal?: AbortSignal) => request<Progress>(`${c(id)}/progress`, { signal }),
  close: (id: string, force = false, reason?: string) =>
    request<AwardCall>(`${c(id)}/close`, { method: 'POST', json: force ? { force, reason } : { force } }),
  results: (id: string, signal?: AbortSignal) => request<Results>(`${c(id)}/results`, { signal }),
  decide: (id: string, input: DecisionInput) =>
    request<AwardCall>(`${c(id)}/decision`, { method: 'POST', json: input }),
  announce: (id: string) =>
    request<{ call: AwardCall; certificates: Certificate[] }>(`${c(id)}/announce`, { method: 'POST' }),
  /** Issues any missing certificates and returns them all (idempotent per recipient). */
  certificates: (id: string) => request<{ items: Certificate[] }>(`${c(id)}/certificates`, { method: 'POST' }),
};
