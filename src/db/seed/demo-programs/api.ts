// The demo programs are written through the HTTP API in process: the same routes, request schemas,
// access checks and use cases a browser reaches. The programs, letters, requests, awards, votes,
// assessments and fund modules publish only their routes (index.ts), so this is also the one way in
// that respects the module boundaries.
// The acting user comes from actorForUsername instead of a session cookie: seeding needs no
// passwords, leaves no sessions behind, and audits every write under the request id 'demo-seed'.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Clock } from '../../../kernel/dates.js';
import type { Actor } from '../../../modules/access/index.js';
import { actorForUsername, LoginLimiter } from '../../../modules/auth/index.js';
import { awardsRoutes } from '../../../modules/awards/index.js';
import { assessmentsRoutes } from '../../../modules/assessments/index.js';
import { fundRoutes } from '../../../modules/fund/index.js';
import { lettersRoutes } from '../../../modules/letters/index.js';
import { meetingsRoutes } from '../../../modules/meetings/index.js';
import { membershipRoutes } from '../../../modules/membership/index.js';
import { orgRoutes } from '../../../modules/org/index.js';
import { peopleRoutes } from '../../../modules/people/index.js';
import { programsRoutes } from '../../../modules/programs/index.js';
import { requestsRoutes } from '../../../modules/requests/index.js';
import { votesRoutes } from '../../../modules/votes/index.js';
import { savingsRoutes } from '../../../modules/savings/index.js';
import type { AppDeps, AppEnv } from '../../../server/context.js';
import { AppCaches } from '../../../server/read-cache.js';
import type { DB } from '../../schema.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface DemoUser {
  username: string;
  userId: string;
  personId: string;
  get(path: string): Promise<Json>;
  /** Ledger and fund writes pass their Idempotency-Key in `headers`. */
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Json>;
  put(path: string, body: unknown): Promise<Json>;
  patch(path: string, body: unknown): Promise<Json>;
  /** A multipart upload of one file, as a browser's file field sends it. */
  upload(path: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array }): Promise<Json>;
}

export class DemoApi {
  private ms = 0;
  private actor: Actor | null = null;
  private readonly users = new Map<string, DemoUser>();
  private readonly app = new OpenAPIHono<AppEnv>();
  readonly clock: Clock = { now: () => new Date(this.ms) };

  constructor(private readonly db: Kysely<DB>) {
    const deps: AppDeps = {
      db,
      // Only the health route reads the kind, and it is not mounted here.
      dbKind: 'pglite',
      clock: this.clock,
      config: {
        secureCookies: false,
        sessionHours: 1,
        maxJsonBytes: 1 << 20,
        maxUploadBytes: 1 << 20,
        webDir: undefined,
      },
      loginLimiter: new LoginLimiter(this.clock),
    };
    const caches = new AppCaches();
    this.app.use('*', async (c, next) => {
      c.set('deps', deps);
      c.set('actor', this.actor);
      c.set('session', null);
      c.set('requestId', 'demo-seed');
      c.set('caches', caches);
      await next();
    });
    this.app.onError((err) => {
      throw err;
    });
    this.app.route('/api/v1', programsRoutes);
    this.app.route('/api/v1', lettersRoutes);
    this.app.route('/api/v1', requestsRoutes);
    this.app.route('/api/v1', awardsRoutes);
    this.app.route('/api/v1', votesRoutes);
    // The assessments demo (demo-assessments.ts) registers its groups, imports their members' opening
    // balances and posts a meeting day too.
    this.app.route('/api/v1', savingsRoutes);
    this.app.route('/api/v1', meetingsRoutes);
    this.app.route('/api/v1', membershipRoutes);
    this.app.route('/api/v1', assessmentsRoutes);
    // The staff fund (seed 000) enrols people, creates villages for its households and books money.
    this.app.route('/api/v1', fundRoutes);
    this.app.route('/api/v1', peopleRoutes);
    this.app.route('/api/v1', orgRoutes);
  }

  /** Sets the clock to a wall-clock time in Bangkok on a seed's date: at('2024-04-25', '10:00'). */
  at(day: string, time = '09:00'): void {
    this.ms = Date.parse(`${day}T${time}:00+07:00`);
    if (Number.isNaN(this.ms)) throw new Error(`bad demo time ${day} ${time}`);
  }

  /** A province's district offices by geocode, as the letters and requests address them. */
  async districts(provinceId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('org_unit')
      .select('id')
      .where('parent_id', '=', provinceId)
      .where('kind', '=', 'district')
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  }

  /** A request without a login, as a voter's phone opening the link on a ballot slip sends it. */
  async anonymous(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Json> {
    return this.send(null, 'anonymous', method, path, body);
  }

  private async send(
    actor: Actor | null,
    who: string,
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<Json> {
    this.actor = actor;
    const form = body instanceof FormData;
    const headers: Record<string, string> = { ...extraHeaders };
    if (body !== undefined && !form) headers['content-type'] = 'application/json';
    const res = await this.app.request(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`demo seed: ${who} ${method} ${path} → ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  async as(username: string): Promise<DemoUser> {
    const known = this.users.get(username);
    if (known) return known;
    const actor = await actorForUsername(this.db, username);
    const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
      this.send(actor, username, method, path, body, headers);
    const user: DemoUser = {
      username,
      userId: actor.userId,
      personId: actor.personId,
      get: (path) => call('GET', path),
      post: (path, body, headers) => call('POST', path, body, headers),
      put: (path, body) => call('PUT', path, body),
      patch: (path, body) => call('PATCH', path, body),
      upload: (path, fields, file) => {
        const form = new FormData();
        for (const [k, v] of Object.entries(fields)) form.set(k, v);
        form.set('file', new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
        return call('POST', path, form);
      },
    };
    this.users.set(username, user);
    return user;
  }
}
