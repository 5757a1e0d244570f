// The only module that talks to the server (savings.ts adds the savings-group calls on top of
// `request`). Every call goes to the same origin, sends the session cookie, and echoes the CSRF
// cookie in X-CSRF-Token on writes. Failures become ApiError with the server's Thai message and
// per-field issues.
import { th } from '../i18n/th.js';
import type {
  AuditEntry,
  CreateUserInput,
  FieldIssue,
  Me,
  OrgUnit,
  OrgUnitDetail,
  Page,
  Person,
  PersonInput,
  PersonSummary,
  Reference,
  RoleGrant,
  UserSummary,
} from './types.js';

const BASE = '/api/v1';
const CSRF_COOKIE = 'chumchon_csrf';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageTh: string;
  readonly issues: FieldIssue[];

  constructor(status: number, code: string, messageTh: string, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messageTh = messageTh;
    this.issues = issues;
  }
}

/** Thai text for any error thrown by an API call (or anything else). */
export function errorMessageTh(err: unknown): string {
  if (err instanceof ApiError) return err.messageTh;
  return th.errors.unexpected;
}

let onUnauthorized: (() => void) | null = null;
/** Called when a request other than login/me is rejected because the session ended. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

type Query = Record<string, string | number | null | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A same-origin address under the API for links the browser opens itself (PDF, Excel). */
export const apiUrl = (path: string, query?: Query): string => BASE + withQuery(path, query);

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: Partial<ApiError> & { message?: string } };
    const e = body.error;
    if (e && typeof e.messageTh === 'string') {
      return new ApiError(
        res.status,
        e.code ?? 'error',
        e.messageTh,
        e.message ?? '',
        Array.isArray(e.issues) ? e.issues : [],
      );
    }
  } catch {
    // Not JSON (a proxy error page, for example): fall through to a generic message.
  }
  const messageTh = res.status >= 500 ? th.errors.server : th.errors.unexpected;
  return new ApiError(res.status, `http_${res.status}`, messageTh, res.statusText);
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  json?: unknown;
  form?: FormData;
  signal?: AbortSignal;
  /** Ledger writes: the same key on a retry makes the server return the first result. */
  idempotencyKey?: string;
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.form) {
    body = opts.form; // the browser sets the multipart boundary
  }
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;

  let res: Response;
  try {
    res = await fetch(BASE + withQuery(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', th.errors.network, 'Network error');
  }

  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && path !== '/auth/login' && path !== '/auth/me') onUnauthorized?.();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export interface PeopleQuery {
  orgUnitId?: string | null;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  orgUnitId?: string;
  /** Id of the oldest entry already shown: returns older ones. */
  before?: string;
  limit?: number;
}

export const api = {
  login: (username: string, password: string) =>
    request<{ user: Me }>('/auth/login', { method: 'POST', json: { username, password } }),
  logout: () => request<void>('/auth/logout', { method: 'POST' }),
  me: () => request<Me>('/auth/me'),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('/auth/password', { method: 'POST', json: { currentPassword, newPassword } }),

  reference: () => request<Reference>('/reference'),

  orgScope: () => request<{ items: OrgUnit[] }>('/org-units/scope'),
  orgChildren: (parentId: string, signal?: AbortSignal) =>
    request<{ items: OrgUnit[] }>('/org-units', { query: { parentId }, signal }),
  orgSearch: (q: string, signal?: AbortSignal) => request<{ items: OrgUnit[] }>('/org-units', { query: { q }, signal }),
  orgUnit: (id: string, signal?: AbortSignal) =>
    request<OrgUnitDetail>(`/org-units/${encodeURIComponent(id)}`, { signal }),
  createVillage: (parentId: string, villageNo: number, nameTh: string) =>
    request<OrgUnit>('/org-units', { method: 'POST', json: { parentId, villageNo, nameTh } }),

  people: (query: PeopleQuery, signal?: AbortSignal) =>
    request<Page<PersonSummary>>('/people', { query: { ...query }, signal }),
  person: (id: string, signal?: AbortSignal) => request<Person>(`/people/${encodeURIComponent(id)}`, { signal }),
  createPerson: (input: PersonInput) => request<Person>('/people', { method: 'POST', json: input }),
  updatePerson: (id: string, changes: Partial<PersonInput> & { version: number }) =>
    request<Person>(`/people/${encodeURIComponent(id)}`, { method: 'PATCH', json: changes }),
  importPeople: (file: File, orgUnitId?: string | null) => {
    const form = new FormData();
    form.set('file', file);
    if (orgUnitId) form.set('orgUnitId', orgUnitId);
    return request<{ imported: number }>('/people/import', { method: 'POST', form });
  },
  importTemplateUrl: `${BASE}/people/import/template.csv`,

  users: (signal?: AbortSignal) => request<{ items: UserSummary[] }>('/users', { signal }),
  createUser: (input: CreateUserInput) => request<UserSummary>('/users', { method: 'POST', json: input }),
  updateUser: (id: string, changes: { isActive?: boolean; roles?: RoleGrant[] }) =>
    request<UserSummary>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', json: changes }),

  audit: (query: AuditQuery, signal?: AbortSignal) =>
    request<{ items: AuditEntry[] }>('/audit', { query: { ...query }, signal }),
};
