// The dashboard and the session behind a cookie are cached in the process (server/read-cache.ts):
// any write through the API must show at once, and an ended session must not live on in the cache.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
before(async () => {
  t = await startTestApp({ clock: fixedClock('2026-03-10T03:00:00Z') });
});
after(() => t.close());

test('a write through the API shows on the next dashboard read', async () => {
  const district = await t.as('demo.district');
  const groupId = await registerGroup(district, { foundedOn: '2026-01-05' });
  await joinMembers(district, groupId, 2, { joinedOn: '2026-01-05' });
  const unit = '5201'; // อำเภอเมืองลำปาง, demo.district's own
  const read = async () => (await district.get(`/api/v1/reports/dashboard?orgUnitId=${unit}&asOf=2026-03-10`)).body;
  const first = await read();
  assert.equal((await read()).totals.savings, first.totals.savings, 'a second read is the same');
  expectStatus(
    await write(district, `/api/v1/groups/${groupId}/meeting-days`, {
      postedOn: '2026-03-05',
      rows: [{ memberNo: 1, pledge: 12_345 }],
    }),
    201,
  );
  assert.equal((await read()).totals.savings, first.totals.savings + 12_345);
});

test('after logout the cookie no longer acts, though its session was cached', async () => {
  const c = await t.as('demo.staff');
  expectStatus(await c.get('/api/v1/auth/me'), 200);
  const cookies = new Map(c.cookies);
  expectStatus(await c.post('/api/v1/auth/logout'), 204);
  c.cookies.clear();
  for (const [k, v] of cookies) c.cookies.set(k, v);
  expectStatus(await c.get('/api/v1/auth/me'), 401);
});
