import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../db/seed/demo.js';
import { countRows, startTestApp, type TestApp } from '../../testing/test-app.js';

describe('auth', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('login sets an httpOnly session cookie and a readable CSRF cookie; me and logout work', async () => {
    const c = t.client();
    const res = await c.post('/api/v1/auth/login', { username: 'Demo.District', password: DEMO_PASSWORD });
    assert.equal(res.status, 200);
    const cookies = res.headers.getSetCookie().join('\n');
    assert.match(cookies, /chumchon_session=[^;]+;.*HttpOnly/i);
    assert.doesNotMatch(
      cookies.split('\n').find((l) => l.startsWith('chumchon_csrf'))!,
      /HttpOnly/i,
    );
    assert.equal(res.body.user.username, 'demo.district');
    assert.deepEqual(
      res.body.user.roles.map((r: { orgUnitId: string }) => r.orgUnitId),
      ['5201'],
    );
    assert.ok(res.body.user.permissions.includes('people:write'));
    assert.equal((await c.get('/api/v1/auth/me')).status, 200);
    assert.equal((await c.post('/api/v1/auth/logout')).status, 204);
    assert.equal((await c.get('/api/v1/auth/me')).status, 401);
  });

  test('a stolen cookie after logout is dead; no cookie means 401 with a Thai message', async () => {
    const c = await t.as('demo.officer');
    const token = c.cookies.get('chumchon_session')!;
    await c.post('/api/v1/auth/logout');
    const thief = t.client();
    thief.cookies.set('chumchon_session', token);
    const res = await thief.get('/api/v1/people');
    assert.equal(res.status, 401);
    assert.equal(res.body.error.messageTh, 'กรุณาเข้าสู่ระบบ');
  });

  test('wrong password is refused the same way as an unknown user, and repeated failures are rate limited', async () => {
    const wrong = await t.client().post('/api/v1/auth/login', { username: 'demo.staff', password: 'wrong-password' });
    const unknown = await t
      .client()
      .post('/api/v1/auth/login', { username: 'nobody.here', password: 'wrong-password' });
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.body, unknown.body);
    for (let i = 0; i < 4; i++)
      await t.client().post('/api/v1/auth/login', { username: 'demo.staff', password: 'wrong-password' });
    const blocked = await t.client().post('/api/v1/auth/login', { username: 'demo.staff', password: DEMO_PASSWORD });
    assert.equal(blocked.status, 429);
    assert.match(blocked.body.error.messageTh, /15 นาที/);
  });

  test('password change checks the current password and length, then ends other sessions', async () => {
    const a = await t.as('demo.province');
    const b = await t.as('demo.province');
    const audit = await countRows(t, 'audit_log');
    const short = await a.post('/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    assert.equal(short.status, 422);
    assert.equal(short.body.error.issues[0].path, 'newPassword');
    const wrong = await a.post('/api/v1/auth/password', {
      currentPassword: 'not-it-at-all',
      newPassword: 'a-much-longer-one',
    });
    assert.equal(wrong.body.error.issues[0].path, 'currentPassword');
    assert.equal(await countRows(t, 'audit_log'), audit);
    const ok = await a.post('/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'a-much-longer-one',
    });
    assert.equal(ok.status, 204);
    assert.equal((await a.get('/api/v1/auth/me')).status, 200);
    assert.equal((await b.get('/api/v1/auth/me')).status, 401);
    const again = await t
      .client()
      .post('/api/v1/auth/login', { username: 'demo.province', password: 'a-much-longer-one' });
    assert.equal(again.status, 200);
  });

  test('oversized bodies are refused with 413 before parsing', async () => {
    const c = await t.as('demo.district');
    const res = await c.post('/api/v1/people', {
      title: 'นาย',
      firstName: 'ก'.repeat(2_000_000),
      lastName: 'ข',
      orgUnitId: '5201',
    });
    assert.equal(res.status, 413);
    assert.match(res.body.error.messageTh, /ขนาดใหญ่เกิน/);
  });
});
