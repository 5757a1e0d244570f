// Calls of the programs module: projects and their sign-off, plans, KPIs.
import { apiUrl, request } from './client.js';
import type {
  Indicator,
  KpiInput,
  Plan,
  PlanStepInput,
  PlanStepStatus,
  ProgramTag,
  Project,
  ProjectInput,
  ProjectStatus,
  ProjectSummary,
  Signer,
} from './programs-types.js';

const p = (id: string) => `/projects/${encodeURIComponent(id)}`;
const pl = (id: string) => `/plans/${encodeURIComponent(id)}`;

export const programsApi = {
  projects: (filter: { status?: ProjectStatus | '' }, signal?: AbortSignal) =>
    request<{ items: ProjectSummary[] }>('/projects', { query: { status: filter.status }, signal }),
  project: (id: string, signal?: AbortSignal) => request<Project>(p(id), { signal }),
  createProject: (input: ProjectInput, idempotencyKey: string) =>
    request<Project>('/projects', { method: 'POST', json: input, idempotencyKey }),
  updateProject: (id: string, input: ProjectInput) => request<Project>(p(id), { method: 'PATCH', json: input }),
  act: (id: string, action: 'submit' | 'sign' | 'return', comment: string) =>
    request<Project>(`${p(id)}/${action}`, { method: 'POST', json: comment ? { comment } : {} }),
  /** The printable form, opened by the browser itself. */
  pdfUrl: (id: string) => apiUrl(`${p(id)}/form.pdf`),
  signers: (q: string, signal?: AbortSignal) =>
    request<{ items: Signer[] }>('/programs/signers', { query: { q }, signal }),
  tags: (signal?: AbortSignal) => request<{ items: ProgramTag[] }>('/programs/tags', { signal }),

  createPlan: (projectId: string, input: { nameTh: string; steps: PlanStepInput[] }, idempotencyKey: string) =>
    request<Plan>(`${p(projectId)}/plans`, { method: 'POST', json: input, idempotencyKey }),
  plan: (id: string, signal?: AbortSignal) => request<Plan>(pl(id), { signal }),
  addStep: (planId: string, input: PlanStepInput) =>
    request<Plan>(`${pl(planId)}/steps`, { method: 'POST', json: input }),
  updateStep: (
    planId: string,
    stepId: string,
    input: { status: PlanStepStatus; doneOn?: string | null; evidenceNote?: string | null },
  ) => request<Plan>(`${pl(planId)}/steps/${encodeURIComponent(stepId)}`, { method: 'PATCH', json: input }),
  addKpi: (planId: string, input: KpiInput) => request<Plan>(`${pl(planId)}/kpis`, { method: 'POST', json: input }),
  recordActual: (kpiId: string, input: { value: number; asOf: string; note?: string | null }) =>
    request<Indicator>(`/kpis/${encodeURIComponent(kpiId)}/actuals`, { method: 'POST', json: input }),
};
