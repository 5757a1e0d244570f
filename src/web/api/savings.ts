// Savings groups, their books, meeting days and loans. Every ledger write takes the caller's
// idempotency key: one per intended write, kept across retries (see useIdempotencyKey).
import { apiUrl, request } from './client.js';
import type {
  ApplyLoanInput,
  CommitteeSeat,
  Group,
  GroupRules,
  GroupSummary,
  JoinMemberInput,
  JournalEntry,
  LeaveReason,
  LeaveResult,
  Loan,
  MeetingDayResult,
  MeetingRowInput,
  Member,
  MemberStatement,
  MemberSummary,
  Period,
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
  batchNo?: number;
  limit?: number;
  offset?: number;
}

export const savingsApi = {
  groups: (query: GroupsQuery, signal?: AbortSignal) =>
    request<{ items: GroupSummary[]; total: number }>('/groups', { query: { ...query }, signal }),
  group: (groupId: string, signal?: AbortSignal) => request<Group>(g(groupId), { signal }),
  registerGroup: (input: RegisterGroupInput) => request<Group>('/groups', { method: 'POST', json: input }),

  setRules: (groupId: string, body: { effectiveFrom: string; rules: GroupRules }) =>
    request<Group>(`${g(groupId)}/rules`, { method: 'POST', json: body }),
  setLevel: (groupId: string, body: { effectiveOn: string; level: number; note: string }) =>
    request<Group>(`${g(groupId)}/levels`, { method: 'POST', json: body }),
  /** Whether the group leads a community fund management centre, from a date (seed 004's selection). */
  setFundCentre: (groupId: string, body: { effectiveOn: string; leads: boolean; centreNameTh: string; note: string }) =>
    request<Group>(`${g(groupId)}/fund-centre`, { method: 'POST', json: body }),
  addSeat: (groupId: string, seat: Omit<CommitteeSeat, 'fullName'>) =>
    request<Group>(`${g(groupId)}/committee-seats`, { method: 'POST', json: seat }),
  closePeriod: (groupId: string, through: string, idempotencyKey: string) =>
    request<{ groupId: string; closedThrough: string | null }>(`${g(groupId)}/periods/close`, {
      method: 'POST',
      json: { through },
      idempotencyKey,
    }),

  members: (groupId: string, signal?: AbortSignal) =>
    request<{ items: MemberSummary[] }>(`${g(groupId)}/members`, { signal }),
  member: (groupId: string, memberNo: number, signal?: AbortSignal) =>
    request<Member>(`${g(groupId)}/members/${memberNo}`, { signal }),
  statement: (groupId: string, memberNo: number, period: Period, signal?: AbortSignal) =>
    request<MemberStatement>(`${g(groupId)}/members/${memberNo}/statement`, { query: { ...period }, signal }),
  statementPdfUrl: (groupId: string, memberNo: number, period: Period) =>
    apiUrl(`${g(groupId)}/members/${memberNo}/statement.pdf`, { ...period }),
  joinMember: (groupId: string, input: JoinMemberInput, idempotencyKey: string) =>
    request<Member>(`${g(groupId)}/members`, { method: 'POST', json: input, idempotencyKey }),

  leaveMember: (groupId: string, memberNo: number, body: { leftOn: string; reason: LeaveReason }, key: string) =>
    request<LeaveResult>(`${g(groupId)}/members/${memberNo}/leave`, {
      method: 'POST',
      json: body,
      idempotencyKey: key,
    }),

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
