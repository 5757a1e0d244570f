// Integration-test harness: the real app on a real database, in process. PGlite in memory by
// default; with DATABASE_URL set, a scratch database on that PostgreSQL server, dropped afterwards.
import type { DB } from '../db/schema.js';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.js';
import { prepareDatabase } from '../db/prepare.js';
import { DEMO_PASSWORD, seedDemo } from '../db/seed/demo.js';
import { fixedClock, systemClock, type Clock } from '../kernel/dates.js';
import { LoginLimiter } from '../modules/auth/index.js';
import { createApp, type App } from '../server/app.js';
import type { AppConfig } from '../server/context.js';

export const TEST_CONFIG: AppConfig = {
  secureCookies: false,
  sessionHours: 12,
  maxJsonBytes: 1024 * 1024,
  maxUploadBytes: 1024 * 1024,
  webDir: undefined,
};

export async function scratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `chumchon_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestApp {
  app: App;
  database: Database;
  clock: Clock;
  client(): TestClient;
  /** A client already logged in as a demo user. */
  as(username: string): Promise<TestClient>;
  close(): Promise<void>;
}

export async function startTestApp(opts: { clock?: Clock; demo?: boolean; webDir?: string } = {}): Promise<TestApp> {
  const scratch = process.env.DATABASE_URL ? await scratchDatabase(process.env.DATABASE_URL) : undefined;
  const database = await openDatabase({ url: scratch?.url });
  await prepareDatabase(database.db);
  if (opts.demo !== false) await seedDemo(database.db);
  const clock = opts.clock ?? systemClock;
  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    clock,
    config: { ...TEST_CONFIG, webDir: opts.webDir },
    loginLimiter: new LoginLimiter(clock),
  });
  return {
    app,
    database,
    clock,
    client: () => new TestClient(app),
    as: async (username) => {
      const c = new TestClient(app);
      const res = await c.post('/api/v1/auth/login', { username, password: DEMO_PASSWORD });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return c;
    },
    close: async () => {
      await database.close();
      await scratch?.drop();
    },
  };
}

export { fixedClock };

export interface TestResponse {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

/** A body sent as it is, under the content-type header the caller sets (fuzzing, malformed input). */
export class RawBody {
  constructor(readonly text: string) {}
}

/** A browser-like client: keeps cookies and echoes the CSRF cookie on writes, as the UI does. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: App) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse> {
    const h = new Headers(headers);
    if (this.cookies.size) h.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const csrf = this.cookies.get('chumchon_csrf');
    if (csrf && method !== 'GET' && !h.has('x-csrf-token')) h.set('x-csrf-token', csrf);
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body instanceof RawBody) payload = body.text;
    else if (body !== undefined) {
      h.set('content-type', 'application/json');
      payload = JSON.stringify(body);
    }
    const res = await this.app.request(path, { method, headers: h, body: payload });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get(path: string) {
    return this.request('GET', path);
  }
  /** A GET whose body is binary (PDF, xlsx): the raw Response. */
  getRaw(path: string): Promise<Response> {
    const headers = new Headers();
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    return Promise.resolve(this.app.request(path, { headers }));
  }
  post(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', path, body, headers);
  }
  patch(path: string, body?: unknown) {
    return this.request('PATCH', path, body);
  }
}

/** Row count of a table, for "nothing was written" assertions. */
export async function countRows(t: TestApp, table: keyof DB): Promise<number> {
  const { n } = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}
