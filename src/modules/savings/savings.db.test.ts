import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { thaiIdFor } from '../../db/seed/demo-ids.js';
import { expectStatus, registerGroup, SAMPLE_RULES, write } from '../../testing/savings-fixtures.js';
import { countRows, fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

describe('savings groups and members', () => {
  let t: TestApp;
  let c: TestClient;
  let groupId: string;
  const member = (over: Record<string, unknown> = {}) => ({
    thaiId: thaiIdFor(7001),
    title: 'นาง',
    firstName: 'บัวผัน',
    lastName: 'ใจดี',
    joinedOn: '2025-02-05',
    monthlyPledge: 10000,
    beneficiaries: [
      { fullName: 'นายสมชาย ใจดี', relation: 'บุตร', shareBp: 6000 },
      { fullName: 'นางสาวสมหญิง ใจดี', relation: 'บุตร', shareBp: 4000 },
    ],
    ...over,
  });

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    c = await t.as('demo.district');
    groupId = await registerGroup(c);
  });
  after(() => t.close());

  test('rules whose allocation does not sum to exactly 100 % are refused, naming the sum', async () => {
    const groups = await countRows(t, 'savings_group');
    const audit = await countRows(t, 'audit_log');
    const rules = {
      ...SAMPLE_RULES,
      allocation: SAMPLE_RULES.allocation.map((a, i) => (i === 0 ? { ...a, bp: 5500 } : a)),
    };
    const res = await c.post('/api/v1/groups', {
      nameTh: 'กลุ่มทดสอบ',
      orgUnitId: '520101',
      foundedOn: '2025-01-01',
      level: 1,
      rules,
    });
    expectStatus(res, 422);
    assert.match(res.body.error.issues[0].messageTh, /ร้อยละ 95\.00 ต้องรวมกันเท่ากับร้อยละ 100/);
    const versioned = await c.post(`/api/v1/groups/${groupId}/rules`, { effectiveFrom: '2026-10-01', rules });
    expectStatus(versioned, 422);
    assert.equal(await countRows(t, 'savings_group'), groups);
    assert.equal(await countRows(t, 'audit_log'), audit);
  });

  test('rules are versioned by effective date; the group shows the version in force', async () => {
    const rules = { ...SAMPLE_RULES, entryFee: 5000 };
    expectStatus(await c.post(`/api/v1/groups/${groupId}/rules`, { effectiveFrom: '2026-01-01', rules }), 201);
    const g = await c.get(`/api/v1/groups/${groupId}`);
    assert.equal(g.body.rules.entryFee, 5000);
    assert.deepEqual(
      g.body.ruleVersions.map((v: { effectiveFrom: string }) => v.effectiveFrom),
      ['2025-01-01', '2026-01-01'],
    );
    const level = await c.post(`/api/v1/groups/${groupId}/levels`, {
      effectiveOn: '2026-06-01',
      level: 3,
      note: 'ผ่านการประเมิน',
    });
    expectStatus(level, 201);
    assert.equal(level.body.level, 3);
    assert.equal(level.body.levels.length, 2);
  });

  test('a member joins once per group, with beneficiaries summing to 100 % and the entry fee of the day', async () => {
    const res = await write(c, `/api/v1/groups/${groupId}/members`, member());
    expectStatus(res, 201);
    assert.equal(res.body.memberNo, 1);
    assert.equal(res.body.thaiIdMasked.includes('xxxxx'), true);
    const journal = await c.get(`/api/v1/groups/${groupId}/journal?memberNo=1`);
    // Joined in 2025, when the fee was 20.00 (the 50.00 rule only applies from 2026).
    assert.equal(journal.body.items[0].lines[0].amount, 2000);
    const again = await write(c, `/api/v1/groups/${groupId}/members`, member({ firstName: 'บัว' }));
    expectStatus(again, 409);
    assert.equal(again.body.error.code, 'already_member');
    // The same person may join another group.
    const other = await registerGroup(c, { nameTh: 'กลุ่มที่สอง' });
    expectStatus(await write(c, `/api/v1/groups/${other}/members`, member()), 201);
  });

  test('bad member input is refused with Thai messages and writes nothing', async () => {
    const members = await countRows(t, 'group_member');
    const entries = await countRows(t, 'journal_entry');
    const badId = await write(c, `/api/v1/groups/${groupId}/members`, member({ thaiId: '1234567890123' }));
    expectStatus(badId, 422);
    assert.match(badId.body.error.issues[0].messageTh, /เลขประจำตัวประชาชน/);
    const shares = await write(
      c,
      `/api/v1/groups/${groupId}/members`,
      member({ thaiId: thaiIdFor(7002), beneficiaries: [{ fullName: 'ก', relation: 'บุตร', shareBp: 9000 }] }),
    );
    expectStatus(shares, 422);
    assert.match(shares.body.error.issues[0].messageTh, /ร้อยละ 90/);
    const pledge = await write(
      c,
      `/api/v1/groups/${groupId}/members`,
      member({ thaiId: thaiIdFor(7003), monthlyPledge: 12345 }),
    );
    expectStatus(pledge, 422);
    assert.match(pledge.body.error.issues[0].messageTh, /123\.45 บาท ไม่ตรงกับที่ระเบียบกลุ่มกำหนด/);
    assert.equal(await countRows(t, 'group_member'), members);
    assert.equal(await countRows(t, 'journal_entry'), entries);
  });

  test('groups are scoped: another district neither lists nor reads them', async () => {
    const other = await t.as('demo.officer');
    const list = await other.get('/api/v1/groups');
    expectStatus(list, 200);
    assert.equal(
      list.body.items.some((g: { id: string }) => g.id === groupId),
      false,
    );
    expectStatus(await other.get(`/api/v1/groups/${groupId}`), 404);
    expectStatus(await other.get(`/api/v1/groups/${groupId}/members`), 404);
    const province = await t.as('demo.province');
    const all = await province.get('/api/v1/groups?orgUnitId=5201');
    assert.ok(all.body.items.some((g: { id: string }) => g.id === groupId));
  });

  test('committee seats: one chair per committee and term, members only', async () => {
    const seat = (over: Record<string, unknown>) =>
      c.post(`/api/v1/groups/${groupId}/committee-seats`, {
        committee: 'loan',
        role: 'chair',
        memberNo: 1,
        termStart: '2026-01-01',
        termEnd: '2027-12-31',
        ...over,
      });
    expectStatus(await seat({}), 201);
    const second = await seat({ memberNo: 1, role: 'member' });
    expectStatus(second, 409);
    const g = await seat({ committee: 'audit' });
    expectStatus(g, 201);
    assert.deepEqual(
      g.body.committeeSeats.map((s: { committee: string; role: string }) => `${s.committee}:${s.role}`),
      ['audit:chair', 'loan:chair'],
    );
    expectStatus(await seat({ memberNo: 99, committee: 'promotion' }), 404);
  });

  test('registering with an idempotency key twice creates one group', async () => {
    const groups = await countRows(t, 'savings_group');
    const body = {
      nameTh: 'กลุ่มคลิกสองครั้ง',
      orgUnitId: '520101',
      foundedOn: '2025-01-01',
      level: 1,
      rules: SAMPLE_RULES,
    };
    const k = { 'idempotency-key': 'register-twice-0001' };
    const first = await c.post('/api/v1/groups', body, k);
    expectStatus(first, 201);
    const again = await c.post('/api/v1/groups', body, k);
    expectStatus(again, 201);
    assert.equal(again.body.id, first.body.id);
    assert.equal(await countRows(t, 'savings_group'), groups + 1);
    expectStatus(await c.post('/api/v1/groups', { ...body, nameTh: 'อื่น' }, k), 409);
  });
  test('leading a community fund management centre is a recorded, audited fact with its history', async () => {
    const rows = await countRows(t, 'group_fund_centre');
    const audit = await countRows(t, 'audit_log');
    const refused = await c.post(`/api/v1/groups/${groupId}/fund-centre`, { effectiveOn: '2026-01-01', leads: true });
    expectStatus(refused, 422);
    assert.equal(refused.body.error.issues[0].path, 'centreNameTh');
    assert.match(refused.body.error.issues[0].messageTh, /ชื่อศูนย์จัดการกองทุนชุมชน/);
    assert.equal(await countRows(t, 'group_fund_centre'), rows);
    assert.equal(await countRows(t, 'audit_log'), audit);
    const lead = { effectiveOn: '2026-01-01', leads: true, centreNameTh: 'ศูนย์จัดการกองทุนชุมชนตำบลทดสอบ' };
    expectStatus(await c.post(`/api/v1/groups/${groupId}/fund-centre`, lead), 201);
    expectStatus(await c.post(`/api/v1/groups/${groupId}/fund-centre`, lead), 409);
    const g = await c.post(`/api/v1/groups/${groupId}/fund-centre`, {
      effectiveOn: '2026-06-01',
      leads: false,
      centreNameTh: 'ไม่ใช้',
      note: 'ส่งมอบให้กลุ่มอื่น',
    });
    expectStatus(g, 201);
    assert.deepEqual(g.body.fundCentre, [
      { effectiveOn: '2026-01-01', leads: true, centreNameTh: 'ศูนย์จัดการกองทุนชุมชนตำบลทดสอบ', note: '' },
      { effectiveOn: '2026-06-01', leads: false, centreNameTh: '', note: 'ส่งมอบให้กลุ่มอื่น' },
    ]);
    assert.equal(await countRows(t, 'audit_log'), audit + 2);
    const officer = await t.as('demo.officer'); // อำเภองาว: the group is in เมืองลำปาง
    expectStatus(await officer.post(`/api/v1/groups/${groupId}/fund-centre`, lead), 404);
  });
});
