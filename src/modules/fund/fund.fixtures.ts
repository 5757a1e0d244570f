// Builders for the fund's tests: the app on demo ลำปาง with seed 000's fund logins, a clock the
// test moves, the seed-000 scenario's API over test clients, a small fund for the rule tests, and
// row counts for "nothing was written".
import assert from 'node:assert/strict';
import type { DB } from '../../db/schema.js';
import { createFund000Accounts, FUND_OFFICER } from '../../db/seed/demo-programs/fund-000-accounts.js';
import { FUND_000, type FundApi, type FundUser } from '../../db/seed/demo-programs/fund-000.js';
import type { Clock } from '../../kernel/dates.js';
import { countRows, startTestApp, type TestApp, type TestClient, type TestResponse } from '../../testing/test-app.js';

export const LAMPANG_DISTRICTS = Array.from({ length: 13 }, (_, i) => `52${String(i + 1).padStart(2, '0')}`);

export function ok(res: TestResponse, status = 200): TestResponse {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

/** A refusal with its status, code and a Thai message; returns the body for further checks. */
export function refused(res: TestResponse, status: number, code: string) {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  assert.equal(res.body.error.code, code, JSON.stringify(res.body));
  assert.match(
    res.body.error.messageTh + res.body.error.issues.map((i: { messageTh: string }) => i.messageTh).join(''),
    /[\u0E00-\u0E7F]/,
  );
  return res.body.error as { code: string; messageTh: string; issues: { path: string; messageTh: string }[] };
}

export function movableClock(iso: string): Clock & { set(iso: string): void } {
  let ms = Date.parse(iso);
  return { now: () => new Date(ms), set: (next: string) => void (ms = Date.parse(next)) };
}

export async function startFundApp(clock: Clock): Promise<TestApp> {
  const t = await startTestApp({ clock });
  await createFund000Accounts(t.database.db);
  return t;
}

/** Logged-in clients that log in again once the clock has moved (sessions last 12 hours). */
export function sessions(t: TestApp, clock: Clock) {
  const cache = new Map<string, { at: number; client: TestClient }>();
  return async (username: string): Promise<TestClient> => {
    const now = clock.now().getTime();
    const hit = cache.get(username);
    if (hit && Math.abs(now - hit.at) < 3_600_000) return hit.client;
    const client = await t.as(username);
    cache.set(username, { at: now, client });
    return client;
  };
}

const unwrap = (res: TestResponse, what: string) => {
  if (res.status >= 300) throw new Error(`${what} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** The seed-000 scenario's API over the test app: the same routes a browser reaches. */
export function testFundApi(t: TestApp, clock: Clock & { set(iso: string): void }): FundApi {
  const as = sessions(t, clock);
  return {
    at: (day, time = '09:00') => clock.set(`${day}T${time}:00+07:00`),
    districts: async () => LAMPANG_DISTRICTS,
    as: async (username): Promise<FundUser> => {
      const c = await as(username);
      const me = unwrap(await c.get('/api/v1/auth/me'), 'me');
      const api = (p: string) => `/api/v1${p}`;
      return {
        userId: me.id,
        personId: me.person.id,
        get: async (p) => unwrap(await c.get(api(p)), `GET ${p}`),
        post: async (p, body, headers) => unwrap(await c.post(api(p), body, headers), `POST ${p}`),
      };
    },
  };
}

/** A small fund in ลำปาง run by the fund officer, with the given people enrolled. */
export async function smallFund(officer: TestClient, personIds: string[], over: Record<string, unknown> = {}) {
  const fund = ok(
    await officer.post(
      '/api/v1/funds',
      { ...FUND_000, projectId: null, ...over },
      { 'idempotency-key': `small-${Math.random()}` },
    ),
    201,
  ).body;
  if (personIds.length) {
    ok(await officer.post(`/api/v1/funds/${fund.id}/participants`, { personIds, joinedOn: FUND_000.startsOn }), 201);
  }
  return fund as { id: string };
}

/** Staff people of a unit subtree (for enrolling and as witnesses). */
export async function staffIn(t: TestApp, unitPrefix: string, n: number): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('person as p')
    .innerJoin('position as pos', 'pos.code', 'p.position_code')
    .select('p.id')
    .where('pos.is_staff', '=', true)
    .where('p.org_unit_id', 'like', `${unitPrefix}%`)
    .orderBy('p.org_unit_id')
    .orderBy('p.first_name')
    .limit(n)
    .execute();
  return rows.map((r) => r.id);
}

export async function counts(t: TestApp, tables: (keyof DB)[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = await countRows(t, table);
  return out;
}

export const MONEY_TABLES: (keyof DB)[] = [
  'fund_journal_entry',
  'fund_journal_line',
  'fund_collection',
  'fund_count',
  'fund_deposit',
  'fund_payout',
  'audit_log',
  'request_idempotency',
];

export { FUND_OFFICER };
