// Assessments (SMART Saving Group): instruments, programs and their targets, a target's forum and
// plan, roll-ups.
import { apiUrl, request } from './client.js';
import type {
  AnswerInput,
  Forum,
  ForumDetails,
  Instrument,
  InstrumentSummary,
  PlanItemInput,
  PlanItemStatus,
  Program,
  ProgramInput,
  Rollup,
  SelectionResult,
  Target,
} from './assessments-types.js';

const p = (id: string) => `/assessment-programs/${encodeURIComponent(id)}`;
const f = (programId: string, groupId: string) => `${p(programId)}/forums/${encodeURIComponent(groupId)}`;

export const assessmentsApi = {
  instruments: (signal?: AbortSignal) => request<{ items: InstrumentSummary[] }>('/assessment-instruments', { signal }),
  instrument: (id: string, signal?: AbortSignal) =>
    request<Instrument>(`/assessment-instruments/${encodeURIComponent(id)}`, { signal }),
  instrumentXlsxUrl: (id: string) => apiUrl(`/assessment-instruments/${encodeURIComponent(id)}/instrument.xlsx`),
  importInstrument: (file: File, idempotencyKey: string) => {
    const form = new FormData();
    form.set('file', file);
    return request<Instrument>('/assessment-instruments/import', { method: 'POST', form, idempotencyKey });
  },

  programs: (signal?: AbortSignal) => request<{ items: Program[] }>('/assessment-programs', { signal }),
  program: (id: string, signal?: AbortSignal) => request<Program>(p(id), { signal }),
  createProgram: (input: ProgramInput, idempotencyKey: string) =>
    request<Program>('/assessment-programs', { method: 'POST', json: input, idempotencyKey }),
  /** Every province the viewer manages, or only those given. */
  select: (id: string, provinceIds?: string[]) =>
    request<SelectionResult>(`${p(id)}/selection`, { method: 'POST', json: provinceIds ? { provinceIds } : {} }),
  clearSelection: (id: string, provinceId: string, reason: string) =>
    request<{ removed: number }>(`${p(id)}/selection/${encodeURIComponent(provinceId)}`, {
      method: 'DELETE',
      json: { reason },
    }),
  targets: (id: string, orgUnitId?: string, signal?: AbortSignal) =>
    request<{ items: Target[] }>(`${p(id)}/targets`, { query: { orgUnitId }, signal }),
  rollupXlsxUrl: (id: string, orgUnitId?: string) => apiUrl(`${p(id)}/rollup.xlsx`, { orgUnitId }),
  rollup: (id: string, orgUnitId?: string, signal?: AbortSignal) =>
    request<Rollup>(`${p(id)}/rollup`, { query: { orgUnitId }, signal }),

  forum: (programId: string, groupId: string, signal?: AbortSignal) =>
    request<Forum>(f(programId, groupId), { signal }),
  saveForum: (programId: string, groupId: string, input: ForumDetails & { version?: number }) =>
    request<Forum>(f(programId, groupId), { method: 'PUT', json: input }),
  saveAnswers: (programId: string, groupId: string, answers: AnswerInput[]) =>
    request<Forum>(`${f(programId, groupId)}/answers`, { method: 'PUT', json: { answers } }),
  attach: (programId: string, groupId: string, instrumentId: string, indicatorCode: string, file: File) => {
    const form = new FormData();
    form.set('instrumentId', instrumentId);
    form.set('indicatorCode', indicatorCode);
    form.set('file', file);
    return request<{ id: string }>(`${f(programId, groupId)}/evidence`, { method: 'POST', form });
  },
  removeEvidence: (programId: string, groupId: string, fileId: string) =>
    request<void>(`${f(programId, groupId)}/evidence/${encodeURIComponent(fileId)}`, { method: 'DELETE' }),
  evidenceUrl: (programId: string, groupId: string, fileId: string) =>
    apiUrl(`${f(programId, groupId)}/evidence/${encodeURIComponent(fileId)}`, { inline: '1' }),
  sign: (programId: string, groupId: string) => request<Forum>(`${f(programId, groupId)}/sign`, { method: 'POST' }),
  saveItems: (programId: string, groupId: string, items: PlanItemInput[]) =>
    request<Forum>(`${f(programId, groupId)}/plan/items`, { method: 'PUT', json: { items } }),
  adopt: (programId: string, groupId: string) =>
    request<Forum>(`${f(programId, groupId)}/plan/adopt`, { method: 'POST' }),
  withdraw: (programId: string, groupId: string, reason: string) =>
    request<Forum>(`${f(programId, groupId)}/plan/withdraw`, { method: 'POST', json: { reason } }),
  followUp: (programId: string, groupId: string, itemNo: number, status: PlanItemStatus, followUp: string) =>
    request<Forum>(`${f(programId, groupId)}/plan/items/${itemNo}`, { method: 'PATCH', json: { status, followUp } }),
  spend: (
    programId: string,
    groupId: string,
    input: { spentOn: string; amount: number; itemNo: number | null; note: string },
    idempotencyKey: string,
  ) => request<Forum>(`${f(programId, groupId)}/plan/spending`, { method: 'POST', json: input, idempotencyKey }),
  report: (programId: string, groupId: string) => request<Forum>(`${f(programId, groupId)}/report`, { method: 'POST' }),
};
