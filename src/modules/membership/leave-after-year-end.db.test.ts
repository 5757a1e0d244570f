// A member who leaves after a year-end takes their allocated but unpaid dividend with them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
before(async () => {
  t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
});
after(() => t.close());

test('the payout includes the unpaid year-end dividend', async () => {
  const c = await t.as('demo.district');
  const g = `/api/v1/groups/${await registerGroup(c)}`;
  // Two members join on 5 Jan 2025 (entry fees 2 × 20.00 = the year's profit) and save equally.
  await joinMembers(c, g.split('/').at(-1)!, 2);
  expectStatus(
    await write(c, `${g}/meeting-days`, {
      postedOn: '2025-02-05',
      rows: [
        { memberNo: 1, pledge: 10000 },
        { memberNo: 2, pledge: 10000 },
      ],
    }),
    201,
  );
  const close = await write(c, `${g}/year-end`, { through: '2025-12-31' });
  expectStatus(close, 201);
  // Net profit 40.00; dividend pool 60 % = 24.00, split equally: 12.00 each.
  const statement = (await c.get(`${g}/year-end/2025-12-31/members/1`)).body;
  assert.equal(statement.member.dividend, 1200);
  const left = await write(c, `${g}/members/1/leave`, { leftOn: '2026-02-10', reason: 'resigned' });
  expectStatus(left, 201);
  assert.equal(left.body.dividendsAndRefunds, 1200);
  assert.equal(left.body.payout, 10000 + 1200);
  const tb = (await c.get(`${g}/trial-balance`)).body;
  const payable = tb.rows.find((r: { accountCode: string }) => r.accountCode === '2201');
  assert.equal(payable.credit, 1200, 'only member 2 still has a dividend to collect');
});
