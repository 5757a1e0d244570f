// The project register: gapless per (office, fiscal year), assigned on approval, never shared by two
// projects even when they are approved at the same moment.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { countRows, ok, sampleProject, userIdOf, type Chain } from './programs.test-support.js';

describe('project register numbers', () => {
  let t: TestApp;
  let staff: TestClient;
  let province: TestClient;
  let chain: Chain;

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-01-10T03:00:00Z') });
    staff = await t.as('demo.staff');
    province = await t.as('demo.province');
    chain = [
      { role: 'proposer', signerUserId: await userIdOf(staff), positionLine: 'นักวิชาการพัฒนาชุมชน' },
      { role: 'approver', signerUserId: await userIdOf(province), positionLine: 'พัฒนาการจังหวัดลำปาง' },
    ];
  });
  after(() => t.close());

  async function submitted(over: Record<string, unknown>): Promise<string> {
    const id = ok(await staff.post('/api/v1/projects', sampleProject(chain, over)), 201).body.id as string;
    ok(await staff.post(`/api/v1/projects/${id}/submit`, {}));
    return id;
  }

  test('projects approved at once in one office and fiscal year get distinct consecutive numbers', async () => {
    // Work groups 1–4 all number in the province office's register; fiscal year 2570 starts 1 Oct 2026.
    const ids = await Promise.all(
      [1, 2, 3, 4, 1, 2].map((wg, i) =>
        submitted({
          orgUnitId: `52-wg${wg}`,
          titleTh: `โครงการที่ ${i + 1}`,
          startsOn: '2026-10-05',
          endsOn: '2027-03-31',
        }),
      ),
    );
    const approved = await Promise.all(ids.map((id) => province.post(`/api/v1/projects/${id}/sign`, {})));
    for (const res of approved) ok(res);
    const numbers = approved.map((r) => r.body.projectNo as number).sort((a, b) => a - b);
    assert.deepEqual(numbers, [1, 2, 3, 4, 5, 6]);
    assert.ok(approved.every((r) => r.body.registerNumber === `${r.body.projectNo}/2570`));
    const counter = await t.database.db
      .selectFrom('project_register')
      .select(['org_unit_id', 'fiscal_year', 'last_no'])
      .execute();
    assert.deepEqual(counter, [{ org_unit_id: '52', fiscal_year: 2570, last_no: 6 }]);
  });

  test('each office and fiscal year has its own register; a refused approval consumes no number', async () => {
    const district = await t.as('demo.district');
    const districtChain: Chain = [
      { role: 'proposer', signerUserId: await userIdOf(district), positionLine: 'พัฒนาการอำเภอเมืองลำปาง' },
      chain[1]!,
    ];
    const id = ok(await district.post('/api/v1/projects', sampleProject(districtChain, { orgUnitId: '5201' })), 201)
      .body.id as string;
    ok(await district.post(`/api/v1/projects/${id}/submit`, {}));
    const a = ok(await province.post(`/api/v1/projects/${id}/sign`, {})).body;
    assert.equal(a.registerNumber, '1/2569');

    const b = await submitted({});
    const rows = await countRows(t, 'project_register');
    assert.equal((await province.post(`/api/v1/projects/${id}/sign`, {})).status, 409);
    const next = ok(await province.post(`/api/v1/projects/${b}/sign`, {})).body;
    assert.equal(next.registerNumber, '1/2569'); // the province's own 2569 register, not the district's
    assert.equal(await countRows(t, 'project_register'), rows + 1);
  });
});
