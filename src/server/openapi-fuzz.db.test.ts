// Security: every OpenAPI operation gets CASES generated bad requests — random JSON, the operation's
// own body shape with hostile values in one or every field (SQL injection probes, path traversal,
// markup, control characters, huge and fractional numbers, wrong types), hostile path and query
// parameters, bodies that are not JSON. Each is sent by a user whose role passes the route's access
// check, so it reaches validation and the use case. No answer may be a 5xx, and a refused request
// (4xx) may not change a row: row triggers installed for this test count committed changes to every
// table (sessions aside: a request may refresh its own session), and the count must not move.
// Deterministic: FUZZ_SEED (default 9) picks the cases; a failure prints the seed, case and body.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { ROLE_NAMES, type Role } from '../modules/access/index.js';
import {
  passesAccess,
  readOperations,
  type Operation,
  type Param,
  type Schema,
} from '../testing/openapi-operations.js';
import { roleClients } from '../testing/role-users.js';
import { registerGroup } from '../testing/savings-fixtures.js';
import { RawBody, startTestApp, type TestApp, type TestClient } from '../testing/test-app.js';

const CASES = Number(process.env.FUZZ_CASES ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 9);

const HOSTILE: unknown[] = [
  "' OR '1'='1",
  "'; DROP TABLE journal_entry; --",
  '1; SELECT pg_sleep(5)',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '\u0000\u0001\u001f',
  '\u202e\u200b',
  'ก'.repeat(6000),
  '😀'.repeat(300),
  '',
  ' ',
  '-1',
  '1e309',
  'NaN',
  '2026-02-30',
  '25690-01-01',
  null,
  true,
  false,
  -1,
  0,
  1.5,
  -0.01,
  2 ** 53 + 2,
  -(2 ** 63),
  1e308,
  [],
  [null],
  {},
  { __proto__: { admin: true } },
  { constructor: { prototype: { admin: true } } },
];

/** A small seeded PRNG (mulberry32): the same seed gives the same cases everywhere. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof rng>;

function randomJson(r: Rng, depth = 0): unknown {
  const k = r.int(depth > 2 ? 5 : 7);
  if (k === 0) return r.pick(HOSTILE);
  if (k === 1) return r.int(2) ? r.int(1000) - 500 : r.next() * 1e6;
  if (k === 2) return String.fromCharCode(...Array.from({ length: r.int(20) }, () => 32 + r.int(0x0e00)));
  if (k === 3) return r.int(2) === 0;
  if (k === 4) return null;
  if (k === 5) return Array.from({ length: r.int(4) }, () => randomJson(r, depth + 1));
  return Object.fromEntries(Array.from({ length: r.int(4) }, (_, i) => [`k${i}`, randomJson(r, depth + 1)]));
}

/** A plausible value of the schema (so other fields pass and the hostile one is reached). */
function plausible(s: Schema | undefined, resolve: (s: Schema) => Schema, depth = 0): unknown {
  if (!s) return 'x';
  s = resolve(s);
  if (s.enum?.length) return s.enum[0];
  const alt = s.anyOf ?? s.oneOf ?? s.allOf;
  if (alt?.length) return plausible(alt[0], resolve, depth);
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (type === 'object' || s.properties) {
    if (depth > 4) return {};
    return Object.fromEntries(
      Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausible(v, resolve, depth + 1)]),
    );
  }
  if (type === 'array') return depth > 4 ? [] : [plausible(s.items, resolve, depth + 1)];
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return true;
  if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (s.format === 'date') return '2026-06-05';
  return 'ทดสอบ';
}

function withHostile(value: unknown, r: Rng, everyField: boolean): unknown {
  if (value === null || typeof value !== 'object') return r.pick(HOSTILE);
  if (Array.isArray(value)) return value.length ? [withHostile(value[0], r, everyField)] : [r.pick(HOSTILE)];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return { [r.pick(['id', 'groupId', '__proto__', 'x'])]: r.pick(HOSTILE) };
  const target = r.int(entries.length);
  return Object.fromEntries(
    entries.map(([k, v], i) => [k, everyField || i === target ? withHostile(v, r, everyField && r.int(2) === 0) : v]),
  );
}

const pathValue = (p: Param, r: Rng) => {
  if (r.int(2) === 0) {
    const s = p.schema ?? {};
    return s.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : s.type === 'integer' ? '1' : '52';
  }
  return encodeURIComponent(String(r.pick(HOSTILE)));
};

interface Case {
  url: string;
  body: string | undefined;
  contentType: string;
}

function makeCase(o: Operation, r: Rng, resolve: (s: Schema) => Schema): Case {
  let url = o.path;
  for (const p of o.params.filter((x) => x.in === 'path')) url = url.replace(`{${p.name}}`, pathValue(p, r));
  const query = o.params
    .filter((p) => p.in === 'query' && r.int(2) === 0)
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(r.pick(HOSTILE)))}`);
  if (query.length) url += `?${query.join('&')}`;
  if (o.method === 'GET' || o.method === 'DELETE') return { url, body: undefined, contentType: 'application/json' };
  const shape = o.body?.type === 'application/json' ? plausible(o.body.schema, resolve) : {};
  const kind = r.int(6);
  if (kind === 0) return { url, body: JSON.stringify(randomJson(r)), contentType: 'application/json' };
  if (kind === 1)
    return { url, body: r.pick(['{', '{"a":', 'null', '[]', '"x"', 'ก']), contentType: 'application/json' };
  if (kind === 2)
    return { url, body: 'a=1&b=2', contentType: r.pick(['text/plain', 'application/x-www-form-urlencoded']) };
  return { url, body: JSON.stringify(withHostile(shape, r, kind === 5)), contentType: 'application/json' };
}

let t: TestApp;
let operations: Operation[];
let resolve: (s: Schema) => Schema;
const clients = new Map<Role, TestClient>();

before(async () => {
  t = await startTestApp();
  for (const [role, c] of await roleClients(t, await registerGroup(await t.as('demo.district')))) clients.set(role, c);
  ({ operations, resolve } = await readOperations(t));
  // Committed row changes, counted per table; rolled-back work leaves the count as it was.
  await sql`CREATE TABLE fuzz_writes (n bigint NOT NULL)`.execute(t.database.db);
  await sql`INSERT INTO fuzz_writes VALUES (0)`.execute(t.database.db);
  await sql`CREATE FUNCTION fuzz_count() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE fuzz_writes SET n = n + 1; RETURN NULL; END $$`.execute(t.database.db);
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE s.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('fuzz_writes', 'user_session')`.execute(
    t.database.db,
  );
  for (const { name } of rows)
    await sql`CREATE TRIGGER zz_fuzz_count AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(name)}
              FOR EACH ROW EXECUTE FUNCTION fuzz_count()`.execute(t.database.db);
});
after(() => t.close());

const writes = async () =>
  Number((await sql<{ n: string }>`SELECT n::text AS n FROM fuzz_writes`.execute(t.database.db)).rows[0]!.n);

/** A role that passes the access check (the broadest first), or none for public routes. */
function clientFor(access: string): TestClient {
  if (access === 'public') return t.client();
  return clients.get(ROLE_NAMES.find((r) => passesAccess(r, access)) ?? 'hq_admin')!;
}

test(`every operation answers ${CASES} generated bad requests without a 5xx, and a refusal writes nothing`, async () => {
  assert.ok(operations.length > 150);
  const failures: string[] = [];
  let sent = 0;
  for (const [n, o] of operations.entries()) {
    // Ending the session would log the client out of the operations after it.
    if (o.path === '/api/v1/auth/logout') continue;
    const c = clientFor(o.access);
    const r = rng(SEED * 1_000_003 + n);
    for (let i = 0; i < CASES; i++) {
      const k = makeCase(o, r, resolve);
      const before = await writes();
      const res = await c.request(o.method, k.url, k.body === undefined ? undefined : new RawBody(k.body), {
        'content-type': k.contentType,
        'idempotency-key': `fuzz-${n}-${i}-key`,
      });
      sent++;
      const changed = (await writes()) - before;
      if (res.status >= 500 || (res.status >= 400 && changed !== 0))
        failures.push(
          `${o.method} ${o.path} case ${i} (seed ${SEED}): ${res.status}${changed ? `, ${changed} rows changed` : ''} — ${k.url} ${k.body?.slice(0, 200) ?? ''}`,
        );
      if (failures.length > 20) break;
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(sent >= (operations.length - 1) * CASES);
});
