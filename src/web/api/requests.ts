// Report requests: the issuing side defines, sends and tracks them; addressed units fill and submit.
import { apiUrl, request } from './client.js';
import type {
  Answers,
  CreateRequestInput,
  InboxItem,
  Matrix,
  ReportRequest,
  RequestSummary,
  StoredFileRef,
  Submission,
  UpdateRequestInput,
} from './requests-types.js';

const r = (id: string) => `/report-requests/${encodeURIComponent(id)}`;
const s = (id: string) => `/report-submissions/${encodeURIComponent(id)}`;

export const requestsApi = {
  list: (signal?: AbortSignal) => request<{ items: RequestSummary[] }>('/report-requests', { signal }),
  create: (input: CreateRequestInput, idempotencyKey: string) =>
    request<ReportRequest>('/report-requests', { method: 'POST', json: input, idempotencyKey }),
  get: (id: string, signal?: AbortSignal) => request<ReportRequest>(r(id), { signal }),
  /** Replaces a draft (form, deadline, addressed units). */
  update: (id: string, input: UpdateRequestInput) => request<ReportRequest>(r(id), { method: 'PUT', json: input }),
  send: (id: string) => request<ReportRequest>(`${r(id)}/send`, { method: 'POST', json: {} }),
  close: (id: string) => request<ReportRequest>(`${r(id)}/close`, { method: 'POST' }),
  matrix: (id: string, signal?: AbortSignal) => request<Matrix>(`${r(id)}/matrix`, { signal }),
  /** The matrix workbook, downloaded by the browser itself. */
  matrixXlsxUrl: (id: string) => apiUrl(`${r(id)}/matrix.xlsx`),

  inbox: (signal?: AbortSignal) => request<{ today: string; items: InboxItem[] }>('/report-inbox', { signal }),
  submission: (id: string, signal?: AbortSignal) => request<Submission>(s(id), { signal }),
  save: (id: string, answers: Answers) => request<Submission>(`${s(id)}/answers`, { method: 'PUT', json: { answers } }),
  submit: (id: string, answers: Answers) =>
    request<Submission>(`${s(id)}/submit`, { method: 'POST', json: { answers } }),
  returnForCorrection: (id: string, comment: string) =>
    request<Submission>(`${s(id)}/return`, { method: 'POST', json: { comment } }),
  accept: (id: string) => request<Submission>(`${s(id)}/accept`, { method: 'POST' }),
  grantException: (id: string) => request<Submission>(`${s(id)}/exception`, { method: 'POST' }),
  attach: (id: string, field: string, file: File) => {
    const form = new FormData();
    form.set('field', field);
    form.set('file', file);
    return request<StoredFileRef>(`${s(id)}/files`, { method: 'POST', form });
  },
  removeFile: (id: string, fileId: string) =>
    request<void>(`${s(id)}/files/${encodeURIComponent(fileId)}`, { method: 'DELETE' }),
  fileUrl: (id: string, fileId: string, inline = false) =>
    apiUrl(`${s(id)}/files/${encodeURIComponent(fileId)}`, { inline: inline ? '1' : null }),
};
