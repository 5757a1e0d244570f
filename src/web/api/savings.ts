// Savings groups, their books, meeting days and loans. Every ledger write takes the caller's
// idempotency key: one per intended write, kept across retries (see useIdempotencyKey).
import { request } from './client.js';
import type {
  ApplyLoanInput,
  Group,
  GroupSummary,
  JoinMemberInput,
  JournalEntry,
  Loan,
  MeetingDayResult,
  MeetingRowInput,
  Member,
  MemberSummary,
  RegisterGroupInput,
  TrialBalance,
} from './savings-types.js';

const g = (groupId: string) => `/groups/${encodeURIComponent(groupId)}`;

export interface GroupsQuery {
  orgUnitId?: string | null;
  q?: string;
  limit?: number;
  offset?: number;
}

export interface JournalQuery {
  memberNo?: number;
  limit?: number;
  offset?: number;
}

export const savingsApi = {
  groups: (query: GroupsQuery, signal?: AbortSignal) =>
    request<{ items: GroupSummary[]; total: number }>('/groups', { query: { ...query }, signal }),
  group: (groupId: string, signal?: AbortSignal) => request<Group>(g(groupId), { signal }),
  registerGroup: (input: RegisterGroupInput) => request<Group>('/groups', { method: 'POST', json: input }),

  members: (groupId: string, signal?: AbortSignal) =>
    request<{ items: MemberSummary[] }>(`${g(groupId)}/members`, { signal }),
  member: (groupId: string, memberNo: number, signal?: AbortSignal) =>
    request<Member>(`${g(groupId)}/members/${memberNo}`, { signal }),
  joinMember: (groupId: string, input: JoinMemberInput, idempotencyKey: string) =>
    request<Member>(`${g(groupId)}/members`, { method: 'POST', json: input, idempotencyKey }),

  journal: (groupId: string, query: JournalQuery, signal?: AbortSignal) =>
    request<{ items: JournalEntry[]; total: number }>(`${g(groupId)}/journal`, { query: { ...query }, signal }),
  reverseEntry: (groupId: string, entryNo: number, reason: string, idempotencyKey: string) =>
    request<{ entryNo: number; reversesEntryNo: number }>(`${g(groupId)}/journal/${entryNo}/reverse`, {
      method: 'POST',
      json: { reason },
      idempotencyKey,
    }),
  trialBalance: (groupId: string, asOf: string, signal?: AbortSignal) =>
    request<TrialBalance>(`${g(groupId)}/trial-balance`, { query: { asOf }, signal }),

  postMeetingDay: (groupId: string, body: { postedOn: string; rows: MeetingRowInput[] }, idempotencyKey: string) =>
    request<MeetingDayResult>(`${g(groupId)}/meeting-days`, { method: 'POST', json: body, idempotencyKey }),

  loans: (groupId: string, query: { memberNo?: number; guarantorNo?: number }, signal?: AbortSignal) =>
    request<{ items: Loan[] }>(`${g(groupId)}/loans`, { query: { ...query }, signal }),
  applyLoan: (groupId: string, input: ApplyLoanInput, idempotencyKey: string) =>
    request<Loan>(`${g(groupId)}/loans`, { method: 'POST', json: input, idempotencyKey }),
  decideLoan: (
    groupId: string,
    loanNo: number,
    body: { decision: 'approve' | 'reject'; decidedOn: string; note: string },
    idempotencyKey: string,
  ) => request<Loan>(`${g(groupId)}/loans/${loanNo}/decision`, { method: 'POST', json: body, idempotencyKey }),
  disburseLoan: (groupId: string, loanNo: number, body: { disbursedOn: string; firstDueOn: string }, key: string) =>
    request<Loan>(`${g(groupId)}/loans/${loanNo}/disbursement`, { method: 'POST', json: body, idempotencyKey: key }),
};
