import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows, startTestApp, type TestApp } from '../../testing/test-app.js';

describe('account administration', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  async function personIn(orgUnitId: string) {
    const province = await t.as('demo.province');
    const res = await province.post('/api/v1/people', {
      title: 'นาย',
      firstName: 'ทดสอบ',
      lastName: `บัญชี${orgUnitId}`,
      orgUnitId,
      positionCode: 'cd_worker',
    });
    assert.equal(res.status, 201);
    return res.body.id as string;
  }

  test('a province admin gives a district worker a login; the worker must change the password first', async () => {
    const admin = await t.as('demo.province');
    const personId = await personIn('5203');
    const res = await admin.post('/api/v1/users', {
      personId,
      username: 'worker.kokha',
      password: 'temporary-pass-1',
      roles: [{ role: 'district_staff', orgUnitId: '5203' }],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual(
      res.body.roles.map((r: { role: string; orgUnitId: string }) => [r.role, r.orgUnitId]),
      [['district_staff', '5203']],
    );
    const worker = t.client();
    const login = await worker.post('/api/v1/auth/login', { username: 'worker.kokha', password: 'temporary-pass-1' });
    assert.equal(login.body.user.mustChangePassword, true);
    const blocked = await worker.get('/api/v1/people');
    assert.equal(blocked.status, 403);
    assert.equal(blocked.body.error.code, 'password_change_required');
    assert.equal(
      (
        await worker.post('/api/v1/auth/password', {
          currentPassword: 'temporary-pass-1',
          newPassword: 'my-own-secret-1',
        })
      ).status,
      204,
    );
    const people = await worker.get('/api/v1/people');
    assert.equal(people.status, 200);
    assert.ok(people.body.items.every((p: { orgUnitId: string }) => p.orgUnitId === '5203'));
    const listed = await admin.get('/api/v1/users');
    assert.ok(listed.body.items.some((u: { username: string }) => u.username === 'worker.kokha'));
  });

  test('grants outside the administrator’s subtree, hq_admin, unknown roles and own account are refused', async () => {
    const admin = await t.as('demo.province');
    const personId = await personIn('5204');
    const accounts = await countRows(t, 'user_account');
    const audit = await countRows(t, 'audit_log');
    const outside = await admin.post('/api/v1/users', {
      personId,
      username: 'x.outside',
      password: 'temporary-pass-1',
      roles: [{ role: 'district_staff', orgUnitId: '2401' }],
    });
    assert.equal(outside.status, 422);
    assert.match(outside.body.error.issues[0].messageTh, /ไม่มีสิทธิ์มอบบทบาท/);
    const hq = await admin.post('/api/v1/users', {
      personId,
      username: 'x.hq',
      password: 'temporary-pass-1',
      roles: [{ role: 'hq_admin', orgUnitId: '52' }],
    });
    assert.equal(hq.status, 422);
    const unknown = await admin.post('/api/v1/users', {
      personId,
      username: 'x.unknown',
      password: 'temporary-pass-1',
      roles: [{ role: 'king', orgUnitId: '52' }],
    });
    assert.equal(unknown.status, 422);
    assert.equal(await countRows(t, 'user_account'), accounts);
    assert.equal(await countRows(t, 'audit_log'), audit);
    const me = (await admin.get('/api/v1/auth/me')).body.id;
    assert.equal((await admin.patch(`/api/v1/users/${me}`, { isActive: false })).status, 403);
  });

  test('a district head cannot manage accounts at all', async () => {
    const head = await t.as('demo.district');
    assert.equal((await head.get('/api/v1/users')).status, 403);
  });

  test('deactivating an account ends its sessions at once', async () => {
    const admin = await t.as('demo.province');
    const officer = await t.as('demo.officer');
    const users = (await admin.get('/api/v1/users')).body.items as { id: string; username: string }[];
    const id = users.find((u) => u.username === 'demo.officer')!.id;
    const res = await admin.patch(`/api/v1/users/${id}`, { isActive: false });
    assert.equal(res.status, 200);
    assert.equal(res.body.isActive, false);
    assert.equal((await officer.get('/api/v1/auth/me')).status, 401);
    const relogin = await t
      .client()
      .post('/api/v1/auth/login', { username: 'demo.officer', password: 'chumchon-demo' });
    assert.equal(relogin.status, 401);
  });
});
