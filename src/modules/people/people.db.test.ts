import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows, startTestApp, type TestApp } from '../../testing/test-app.js';

const VALID_ID = '1101700230708'; // check digit computed by hand: Σ d×(13−i) = 146, (11 − 146 mod 11) mod 10 = 8

describe('people', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const newPerson = (over: Record<string, unknown> = {}) => ({
    title: 'นางสาว',
    firstName: 'อภัสรา',
    lastName: 'รงพิทักษ์',
    thaiId: VALID_ID,
    positionCode: 'cd_worker',
    orgUnitId: '5201',
    phone: '054-000000',
    networks: ['kpsm'],
    ...over,
  });

  test('a district user sees only their district', async () => {
    const c = await t.as('demo.district');
    const list = await c.get('/api/v1/people?pageSize=200');
    assert.equal(list.status, 200);
    assert.ok(list.body.total >= 4);
    for (const p of list.body.items) assert.equal(p.orgUnitId, '5201');
    const province = await t.as('demo.province');
    const all = await province.get('/api/v1/people?pageSize=200');
    assert.ok(all.body.total > list.body.total);
    assert.ok(all.body.items.some((p: { orgUnitId: string }) => p.orgUnitId === '5205'));
  });

  test('create, read and edit with an audit trail', async () => {
    const c = await t.as('demo.district');
    const audit = await countRows(t, 'audit_log');
    const created = await c.post('/api/v1/people', newPerson({ thaiId: '1-1017-00230-70-8' }));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.thaiId, VALID_ID);
    assert.equal(created.body.thaiIdMasked.endsWith('8'), true);
    assert.ok(!created.body.thaiIdMasked.includes('00230'), 'masked');
    assert.deepEqual(created.body.networks, ['kpsm']);
    const got = await c.get(`/api/v1/people/${created.body.id}`);
    assert.equal(got.body.fullName, 'นางสาวอภัสรา รงพิทักษ์');
    const edited = await c.patch(`/api/v1/people/${created.body.id}`, { lastName: 'ธงพิทักษ์', version: 1 });
    assert.equal(edited.status, 200);
    assert.equal(edited.body.version, 2);
    const stale = await c.patch(`/api/v1/people/${created.body.id}`, { lastName: 'ชงพิทักษ์', version: 1 });
    assert.equal(stale.status, 409);
    assert.equal((await c.get(`/api/v1/people/${created.body.id}`)).body.lastName, 'ธงพิทักษ์');
    const rows = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', created.body.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      rows.map((r) => r.action),
      ['person.create', 'person.update'],
    );
    assert.equal((rows[1]!.before as { lastName: string }).lastName, 'รงพิทักษ์');
    assert.equal((rows[1]!.after as { lastName: string }).lastName, 'ธงพิทักษ์');
    assert.equal(await countRows(t, 'audit_log'), audit + 2);
    const search = await c.get('/api/v1/people?q=' + encodeURIComponent('ธงพิทักษ์'));
    assert.equal(search.body.total, 1);
  });

  test('another district cannot read or change the person, and nothing changes', async () => {
    const owner = await t.as('demo.district');
    const created = await owner.post('/api/v1/people', newPerson({ thaiId: null, firstName: 'สมหมาย' }));
    assert.equal(created.status, 201);
    const other = await t.as('demo.officer'); // district staff of งาว (5205)
    const before = await countRows(t, 'audit_log');
    assert.equal((await other.get(`/api/v1/people/${created.body.id}`)).status, 404);
    const patch = await other.patch(`/api/v1/people/${created.body.id}`, { firstName: 'แก้ไข', version: 1 });
    assert.equal(patch.status, 404);
    assert.equal(patch.body.error.code, 'not_found');
    const missing = await other.get('/api/v1/people/00000000-0000-0000-0000-000000000000');
    assert.deepEqual(missing.body, patch.body, 'out of scope looks exactly like missing');
    const into = await other.post('/api/v1/people', newPerson({ thaiId: null, orgUnitId: '5201' }));
    assert.equal(into.status, 403);
    assert.equal((await owner.get(`/api/v1/people/${created.body.id}`)).body.firstName, 'สมหมาย');
    assert.equal(await countRows(t, 'audit_log'), before);
  });

  test('bad input gets Thai messages per field and writes nothing, not even audit', async () => {
    const c = await t.as('demo.district');
    const people = await countRows(t, 'person');
    const audit = await countRows(t, 'audit_log');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [newPerson({ thaiId: '1101700230709' }), 'thaiId', /เลขประจำตัวประชาชน/],
      [newPerson({ thaiId: '12345' }), 'thaiId', /13 หลัก/],
      [newPerson({ firstName: '   ' }), 'firstName', /กรุณากรอก/],
      [newPerson({ orgUnitId: 'nowhere' }), 'orgUnitId', /ไม่พบหน่วยงาน/],
      [newPerson({ positionCode: 'king' }), 'positionCode', /ไม่พบตำแหน่ง/],
      [newPerson({ networks: ['nope'] }), 'networks', /ไม่พบเครือข่าย/],
      [newPerson({ email: 'not-an-email' }), 'email', /อีเมล/],
    ];
    for (const [body, path, message] of cases) {
      const res = await c.post('/api/v1/people', body);
      assert.equal(res.status, 422, `${path}: ${JSON.stringify(res.body)}`);
      const issue = res.body.error.issues.find((i: { path: string }) => i.path === path);
      assert.ok(issue, `issue for ${path} in ${JSON.stringify(res.body.error.issues)}`);
      assert.match(issue.messageTh, message);
      assert.ok(issue.messageEn.length > 0);
    }
    const dupId = await c.post('/api/v1/people', newPerson({ thaiId: VALID_ID }));
    assert.equal(dupId.status, 422);
    assert.match(dupId.body.error.issues[0].messageTh, /มีในระบบแล้ว/);
    assert.equal(await countRows(t, 'person'), people);
    assert.equal(await countRows(t, 'audit_log'), audit);
  });

  test('writes need the CSRF token of the session', async () => {
    const c = await t.as('demo.district');
    const people = await countRows(t, 'person');
    const res = await c.post('/api/v1/people', newPerson({ thaiId: null }), { 'x-csrf-token': 'forged' });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, 'csrf_rejected');
    assert.equal(await countRows(t, 'person'), people);
  });
});
