// Seed 001's campaign: recruit members; each member adds 50 baht to their pledge or deposits at
// least 50 baht of special savings, December–February. Progress comes from the ledger.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

describe('savings campaign', () => {
  let t: TestApp;
  let province: TestClient;
  let campaignId: string;
  let a: string;
  let b: string;

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    province = await t.as('demo.province');
    const muang = await t.as('demo.district');
    const other = await t.as('demo.officer');
    a = await registerGroup(muang, { orgUnitId: '520101' });
    b = await registerGroup(other, { orgUnitId: '520501' });
    await joinMembers(muang, a, 3, { joinedOn: '2025-06-05', idSeed: 100 }); // monthly pledge 100.00
    await joinMembers(other, b, 2, { joinedOn: '2025-06-05', idSeed: 200 });
    await joinMembers(other, b, 1, { joinedOn: '2025-12-20', idSeed: 300 }); // a new member in the window
    const day = (c: TestClient, g: string, postedOn: string, rows: object[]) =>
      write(c, `/api/v1/groups/${g}/meeting-days`, { postedOn, rows }).then((r) => expectStatus(r, 201));
    await day(muang, a, '2025-12-05', [
      { memberNo: 1, pledge: 15000 }, // 50.00 above the pledge: counts
      { memberNo: 2, pledge: 10000, specialDeposit: 2000 }, // 20.00 special so far
      { memberNo: 3, pledge: 14999 }, // 49.99 above: does not count
    ]);
    await day(muang, a, '2026-01-05', [{ memberNo: 2, specialDeposit: 3000 }]); // now 50.00 special: counts
    await day(other, b, '2026-03-05', [{ memberNo: 1, specialDeposit: 100000 }]); // after the window
    await day(other, b, '2026-02-05', [{ memberNo: 2, specialDeposit: 5000 }]);
    const res = await province.post('/api/v1/campaigns', {
      orgUnitId: '52',
      nameTh: 'มหกรรมการออม ๕๐ ปี กลุ่มออมทรัพย์เพื่อการผลิต',
      startsOn: '2025-12-01',
      endsOn: '2026-02-28',
      minAmount: 5000,
      targetNewMembers: 10,
      targetMembersAdding: 100,
    });
    expectStatus(res, 201);
    campaignId = res.body.id;
  });
  after(() => t.close());

  test('progress per district and province is computed from postings in the window', async () => {
    const p = (await province.get(`/api/v1/campaigns/${campaignId}/progress`)).body;
    assert.deepEqual(p.totals, {
      groups: 2,
      newMembers: 1,
      membersAdding: 3,
      membersAddingPledge: 1,
      membersAddingSpecial: 2,
      specialDeposited: 2000 + 3000 + 5000,
    });
    assert.deepEqual(
      p.children.map((c: { id: string; figures: { membersAdding: number } }) => [c.id, c.figures.membersAdding]),
      [
        ['5201', 2],
        ['5205', 1],
      ],
    );
  });

  test('a district sees the province campaign for its own area only', async () => {
    const muang = await t.as('demo.district');
    const list = (await muang.get('/api/v1/campaigns')).body.items;
    assert.ok(list.some((c: { id: string }) => c.id === campaignId));
    const own = await muang.get(`/api/v1/campaigns/${campaignId}/progress?orgUnitId=5201`);
    expectStatus(own, 200);
    assert.equal(own.body.totals.membersAdding, 2);
    expectStatus(await muang.get(`/api/v1/campaigns/${campaignId}/progress`), 404);
    expectStatus(await muang.get(`/api/v1/campaigns/${campaignId}/progress?orgUnitId=5205`), 404);
  });
});
