import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('audit trail', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('records who changed what, before and after, readable only within scope', async () => {
    const head = await t.as('demo.district');
    const created = await head.post('/api/v1/people', {
      title: 'นาย',
      firstName: 'ประวัติ',
      lastName: 'ตรวจสอบ',
      orgUnitId: '520101',
    });
    assert.equal(created.status, 201);
    await head.patch(`/api/v1/people/${created.body.id}`, { phone: '054-123456', version: 1 });

    const trail = await head.get(`/api/v1/audit?entityType=person&entityId=${created.body.id}`);
    assert.equal(trail.status, 200);
    assert.deepEqual(
      trail.body.items.map((e: { action: string }) => e.action),
      ['person.update', 'person.create'],
    );
    const [update] = trail.body.items;
    assert.equal(update.before.phone, null);
    assert.equal(update.after.phone, '054-123456');
    assert.match(update.actorName, /^นาย/);
    assert.ok(Date.parse(update.at) > 0);

    // Another district's head may not read it; the province may.
    const db = t.database.db;
    const other = await db
      .selectFrom('audit_log')
      .select('id')
      .where('org_unit_id', 'like', '5205%')
      .executeTakeFirst();
    assert.ok(other, 'demo seed audited people in งาว');
    const own = await head.get('/api/v1/audit?limit=200');
    assert.ok(own.body.items.every((e: { orgUnitId: string | null }) => e.orgUnitId?.startsWith('5201')));
    const province = await t.as('demo.province');
    const wide = await province.get('/api/v1/audit?entityType=person&limit=200');
    assert.ok(wide.body.items.some((e: { orgUnitId: string }) => e.orgUnitId.startsWith('5205')));
    assert.equal(
      (await (await t.as('demo.officer')).get('/api/v1/audit')).status,
      403,
      'district staff hold no audit:read',
    );
  });

  test('the audit table refuses updates and deletes, even from SQL', async () => {
    const db = t.database.db;
    await assert.rejects(db.updateTable('audit_log').set({ action: 'forged' }).execute(), /append-only/);
    await assert.rejects(db.deleteFrom('audit_log').execute(), /append-only/);
  });
});
