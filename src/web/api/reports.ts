// Reports over the groups' books (roll-ups by area, statements, downloads) and the year-end close,
// the one write here (with the caller's idempotency key).
import { apiUrl, request } from './client.js';
import type {
  ActivitySummary,
  Campaign,
  CampaignProgress,
  CashBook,
  CreateCampaignInput,
  Dashboard,
  FinancialStatements,
  Rollup,
  YearEndClose,
  YearEndComputation,
  YearEndMemberResult,
  YearEndSummary,
} from './reports-types.js';
import type { Period } from './savings-types.js';

const g = (groupId: string) => `/groups/${encodeURIComponent(groupId)}`;

export const reportsApi = {
  rollup: (orgUnitId: string, asOf: string, signal?: AbortSignal) =>
    request<Rollup>('/reports/rollup', { query: { orgUnitId, asOf }, signal }),
  dashboard: (orgUnitId: string, asOf: string, signal?: AbortSignal) =>
    request<Dashboard>('/reports/dashboard', { query: { orgUnitId, asOf }, signal }),
  /** The dashboard as an Excel workbook, downloaded by the browser itself. */
  dashboardXlsxUrl: (orgUnitId: string, asOf: string) => apiUrl('/reports/dashboard.xlsx', { orgUnitId, asOf }),

  campaigns: (signal?: AbortSignal) => request<{ items: Campaign[] }>('/campaigns', { signal }),
  campaignProgress: (id: string, orgUnitId: string | null, signal?: AbortSignal) =>
    request<CampaignProgress>(`/campaigns/${encodeURIComponent(id)}/progress`, { query: { orgUnitId }, signal }),
  createCampaign: (input: CreateCampaignInput) => request<Campaign>('/campaigns', { method: 'POST', json: input }),

  financialStatements: (groupId: string, period: Period, signal?: AbortSignal) =>
    request<FinancialStatements>(`${g(groupId)}/financial-statements`, { query: { ...period }, signal }),
  cashBook: (groupId: string, period: Period, signal?: AbortSignal) =>
    request<CashBook>(`${g(groupId)}/cash-book`, { query: { ...period }, signal }),
  activity: (groupId: string, period: Period, signal?: AbortSignal) =>
    request<ActivitySummary>(`${g(groupId)}/activity-summary`, { query: { ...period }, signal }),
  /** The Excel workbook of the books as of a date, downloaded by the browser itself. */
  workbookUrl: (groupId: string, asOf: string) => apiUrl(`${g(groupId)}/books.xlsx`, { asOf }),

  yearEnds: (groupId: string, signal?: AbortSignal) =>
    request<{ items: YearEndSummary[] }>(`${g(groupId)}/year-end`, { signal }),
  yearEndPreview: (groupId: string, through: string, signal?: AbortSignal) =>
    request<YearEndComputation>(`${g(groupId)}/year-end/preview`, { query: { through }, signal }),
  closeYear: (groupId: string, through: string, idempotencyKey: string) =>
    request<YearEndClose>(`${g(groupId)}/year-end`, { method: 'POST', json: { through }, idempotencyKey }),
  yearEndMember: (groupId: string, through: string, memberNo: number, signal?: AbortSignal) =>
    request<YearEndMemberResult>(`${g(groupId)}/year-end/${through}/members/${memberNo}`, { signal }),
};
