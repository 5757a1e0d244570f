import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { countRows, startTestApp, type TestApp } from '../../testing/test-app.js';

describe('org units (real data, materialized paths)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('76 provinces have an office; Bangkok is loaded but has none', async () => {
    const db = t.database.db;
    const provinces = await db
      .selectFrom('org_unit')
      .select(['id', 'name_th', 'has_office', 'letter_prefix'])
      .where('kind', '=', 'province')
      .execute();
    assert.equal(provinces.length, 77);
    assert.equal(provinces.filter((p) => p.has_office).length, 76);
    assert.equal(provinces.find((p) => p.id === '10')?.has_office, false);
    assert.equal(new Set(provinces.map((p) => p.letter_prefix)).size, 77, 'letter prefixes are unique');
    const offices = await db
      .selectFrom('org_unit')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('kind', '=', 'district')
      .where('has_office', '=', true)
      .executeTakeFirstOrThrow();
    assert.equal(Number(offices.n), 878);
  });

  test('district counts match the seed letters', async () => {
    const expected: Record<string, [string, string, number]> = {
      '52': ['ลำปาง', 'ลป', 13],
      '24': ['ฉะเชิงเทรา', 'ฉช', 11],
      '21': ['ระยอง', 'รย', 8],
      '27': ['สระแก้ว', 'สก', 9],
      '56': ['พะเยา', 'พย', 9],
    };
    for (const [code, [nameTh, prefix, districts]] of Object.entries(expected)) {
      const p = await t.database.db.selectFrom('org_unit').selectAll().where('id', '=', code).executeTakeFirstOrThrow();
      assert.equal(p.name_th, nameTh);
      assert.equal(p.letter_prefix, prefix);
      const ds = await t.database.db
        .selectFrom('org_unit')
        .select(['name_th', 'path'])
        .where('parent_id', '=', code)
        .where('kind', '=', 'district')
        .execute();
      assert.equal(ds.length, districts, `${nameTh} districts`);
      for (const d of ds)
        assert.ok(d.path.startsWith(p.path) && d.path.length > p.path.length, `${d.name_th} path under ${nameTh}`);
    }
    const phayao = await t.database.db
      .selectFrom('org_unit')
      .select('name_th')
      .where('parent_id', '=', '56')
      .where('kind', '=', 'district')
      .execute();
    for (const name of ['ปง', 'ภูซาง', 'เชียงคำ', 'แม่ใจ'])
      assert.ok(
        phayao.some((d) => d.name_th === name),
        name,
      );
  });

  test('every unit lies under its parent; "all under a province" is one prefix query', async () => {
    const orphans = await t.database.db
      .selectFrom('org_unit as c')
      .innerJoin('org_unit as p', 'p.id', 'c.parent_id')
      .select('c.id')
      .where(sql<boolean>`c.path NOT LIKE p.path || '%' OR c.path = p.path`)
      .execute();
    assert.deepEqual(orphans, []);
    const { n } = await t.database.db
      .selectFrom('org_unit')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('path', 'like', '/TH/52/%')
      .executeTakeFirstOrThrow();
    assert.ok(Number(n) > 13 + 4 + 80, `Lampang subtree has districts, work groups and subdistricts (${n})`);
  });

  test('a district user browses only their own subtree', async () => {
    const c = await t.as('demo.district'); // district head of เมืองลำปาง (5201)
    const scope = await c.get('/api/v1/org-units/scope');
    assert.deepEqual(
      scope.body.items.map((u: { id: string }) => u.id),
      ['5201'],
    );
    const own = await c.get('/api/v1/org-units?parentId=5201');
    assert.equal(own.status, 200);
    assert.ok(own.body.items.length > 5);
    const detail = await c.get('/api/v1/org-units/520101');
    assert.deepEqual(
      detail.body.ancestors.map((a: { id: string }) => a.id),
      ['TH', '52', '5201'],
    );
    assert.equal((await c.get('/api/v1/org-units?parentId=5205')).status, 404);
    assert.equal((await c.get('/api/v1/org-units/5205')).status, 404);
    const search = await c.get('/api/v1/org-units?q=' + encodeURIComponent('งาว'));
    assert.deepEqual(search.body.items, [], 'search does not leak another district');
  });

  test('a district creates a village in its subdistrict, not in another district', async () => {
    const c = await t.as('demo.district');
    const auditBefore = await countRows(t, 'audit_log');
    const created = await c.post('/api/v1/org-units', { parentId: '520101', villageNo: 3, nameTh: 'บ้านทดสอบ' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.id, '52010103');
    assert.equal(created.body.path, '/TH/52/5201/520101/52010103/');
    assert.equal(await countRows(t, 'audit_log'), auditBefore + 1);

    const dup = await c.post('/api/v1/org-units', { parentId: '520101', villageNo: 3, nameTh: 'ซ้ำ' });
    assert.equal(dup.status, 409);
    const units = await countRows(t, 'org_unit');
    const other = await c.post('/api/v1/org-units', { parentId: '520501', villageNo: 1, nameTh: 'นอกเขต' });
    assert.equal(other.status, 403);
    const unknown = await c.post('/api/v1/org-units', { parentId: '999999', villageNo: 1, nameTh: 'ไม่มี' });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.error.issues[0].path, 'parentId');
    assert.equal(await countRows(t, 'org_unit'), units);
    assert.equal(await countRows(t, 'audit_log'), auditBefore + 1, 'refused writes leave no audit row');
  });
});
