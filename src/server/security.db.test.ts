// Security checks that are not per route (the route × role matrix and the OpenAPI fuzzer are):
// session fixation, CSRF, response headers, and SQL injection in a search that reaches SQL.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PASSWORD } from '../db/seed/demo.js';
import { countRows, startTestApp, type TestApp } from '../testing/test-app.js';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

test('session fixation: a session id planted before login is never the one the login grants, nor accepted', async () => {
  const victim = t.client();
  victim.cookies.set('chumchon_session', 'attacker-chosen-session-id');
  assert.equal((await victim.get('/api/v1/auth/me')).status, 401);
  const res = await victim.post('/api/v1/auth/login', { username: 'demo.province', password: DEMO_PASSWORD });
  assert.equal(res.status, 200);
  const granted = victim.cookies.get('chumchon_session')!;
  assert.notEqual(granted, 'attacker-chosen-session-id');
  assert.ok(granted.length >= 32, 'a long random token');
  const attacker = t.client();
  attacker.cookies.set('chumchon_session', 'attacker-chosen-session-id');
  assert.equal((await attacker.get('/api/v1/auth/me')).status, 401);
  // Logging in again (e.g. on a shared computer) replaces the token; the old one is dead.
  await victim.post('/api/v1/auth/login', { username: 'demo.province', password: DEMO_PASSWORD });
  const old = t.client();
  old.cookies.set('chumchon_session', granted);
  assert.equal((await old.get('/api/v1/auth/me')).status, 200, 'the first session is still its own login');
  assert.notEqual(victim.cookies.get('chumchon_session'), granted);
});

test('CSRF: a write carrying the session cookie but not the matching token header is refused and writes nothing', async () => {
  const c = await t.as('demo.province');
  const before = await countRows(t, 'person');
  const body = {
    title: 'นาย',
    firstName: 'ปลอม',
    lastName: 'ข้ามไซต์',
    thaiId: null,
    positionCode: null,
    orgUnitId: '52',
    phone: null,
    email: null,
    networks: [],
  };
  for (const headers of [{ 'x-csrf-token': '' }, { 'x-csrf-token': 'forged' }]) {
    const res = await c.post('/api/v1/people', body, headers);
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, 'csrf_rejected');
    assert.match(res.body.error.messageTh, /\S/);
  }
  // A cross-site form post cannot set headers at all: the same refusal.
  const form = new URLSearchParams({ firstName: 'ปลอม' }).toString();
  const res = await t.app.request('/api/v1/people', {
    method: 'POST',
    headers: {
      cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: form,
  });
  assert.equal(res.status, 403);
  assert.equal(await countRows(t, 'person'), before);
});

test('every response carries the security headers; the session cookie is HttpOnly and SameSite', async () => {
  for (const path of ['/', '/api/v1/auth/me', '/api/health']) {
    const res = await t.app.request(path);
    const h = res.headers;
    assert.match(h.get('content-security-policy') ?? '', /default-src 'self'/, path);
    assert.match(h.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
    assert.equal(h.get('x-frame-options'), 'SAMEORIGIN', path);
    assert.equal(h.get('x-content-type-options'), 'nosniff', path);
    assert.equal(h.get('referrer-policy'), 'same-origin', path);
  }
  const login = await t.client().post('/api/v1/auth/login', { username: 'demo.hq', password: DEMO_PASSWORD });
  const session = login.headers.getSetCookie().find((l) => l.startsWith('chumchon_session='))!;
  assert.match(session, /HttpOnly/i);
  assert.match(session, /SameSite=Lax/i);
});

test('SQL injection in a search is matched as text, not run', async () => {
  const c = await t.as('demo.hq');
  const all = (await c.get('/api/v1/org-units?q=ลำปาง')).body.items.length;
  assert.ok(all > 0);
  for (const q of ["' OR '1'='1", "ลำปาง' OR '1'='1' --", "%' OR 1=1; --", '%', '_']) {
    const res = await c.get(`/api/v1/org-units?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200, q);
    assert.equal(res.body.items.length, 0, `${q} matched ${res.body.items.length} units`);
  }
});
