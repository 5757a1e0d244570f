// Acceptance (issue 7, part 2): on the national generator's data at scale 0.01 (317 groups on the
// real 878 districts, a third of them at level 3), seed 004's rule picks each province's level-3
// groups that lead a community fund management centre first, then its other level-3 groups, never
// more than the province's quota, each with its reason. The expected targets are computed here
// from the level, fund-centre and member rows directly, not through the module.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { officeDistricts } from '../../../bench/generate/districts.js';
import { loadPlan } from '../../../bench/generate/load.js';
import { planNation } from '../../../bench/generate/plan.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { ok, refused, rollupAsWorkbookShape, rollupFromWorkbook } from './assessments.fixtures.js';
import { SAMPLE_GOVERNANCE, SAMPLE_SSG } from './sample-instruments.js';

const QUOTA = 2; // seed 004's 10 per province, scaled to the ~1.4 level-3 groups a province has at 0.01
const SPECIAL = { province: '', quota: 1 }; // one province's quota overridden (set below)

interface Candidate {
  id: string;
  name: string;
  province: string;
  members: number;
  leads: boolean;
}

describe('target selection at scale 0.01 of the national generator', () => {
  let t: TestApp;
  let hq: TestClient;
  let candidates: Candidate[];
  let programId: string;

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2021-04-25T03:00:00Z') });
    hq = await t.as('demo.hq');
    const me = (await hq.get('/api/v1/auth/me')).body;
    // Opening balances only: selection reads levels, fund-centre roles and members, not the year.
    const plan = planNation(await officeDistricts(t.database.db), 0.01, 7);
    await loadPlan(t.database, plan, 7, () => {}, me.id, { year: false });
    const rows = await sql<{ id: string; name_th: string; province: string; members: string }>`
      SELECT g.id, g.name_th, split_part(o.path, '/', 3) AS province,
        (SELECT count(*) FROM group_member m WHERE m.group_id = g.id AND m.status = 'active')::text AS members
      FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id
      JOIN group_level l ON l.group_id = g.id WHERE l.level = 3 ORDER BY province, g.id`.execute(t.database.db);
    // Fund-centre leaders, recorded through the API: in every third province all its level-3
    // groups lead one (more leaders than quota), in the next only the first, in the next none.
    const provinces = [...new Set(rows.rows.map((r) => r.province))];
    candidates = [];
    for (const r of rows.rows) {
      const k = provinces.indexOf(r.province) % 3;
      const first = rows.rows.find((x) => x.province === r.province)!.id === r.id;
      const leads = k === 0 || (k === 1 && first);
      if (leads) {
        ok(
          await hq.post(`/api/v1/groups/${r.id}/fund-centre`, {
            effectiveOn: '2020-10-01',
            leads: true,
            centreNameTh: `ศูนย์จัดการกองทุนชุมชนตำบลจำลอง ${r.id.slice(0, 4)}`,
          }),
          201,
        );
      }
      candidates.push({ id: r.id, name: r.name_th, province: r.province, members: Number(r.members), leads });
    }
    // A leader that stopped leading before the selection date counts as a plain level-3 group.
    const stopped = candidates.find((c) => c.leads && candidates.filter((x) => x.province === c.province).length >= 3)!;
    ok(await hq.post(`/api/v1/groups/${stopped.id}/fund-centre`, { effectiveOn: '2021-03-01', leads: false }), 201);
    stopped.leads = false;
    SPECIAL.province = provinces.find((p) => candidates.filter((c) => c.province === p).length >= 3)!;
    const gov = ok(await hq.post('/api/v1/assessment-instruments', SAMPLE_GOVERNANCE), 201).body;
    const ssg = ok(await hq.post('/api/v1/assessment-instruments', SAMPLE_SSG), 201).body;
    programId = ok(
      await hq.post('/api/v1/assessment-programs', {
        orgUnitId: 'TH',
        titleTh: 'พัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group',
        fiscalYear: 2564,
        instrumentIds: [gov.id, ssg.id],
        defaultQuota: QUOTA,
        quotas: { [SPECIAL.province]: SPECIAL.quota },
        supportPerGroup: 300000,
        resultsDueOn: '2021-06-15',
      }),
      201,
    ).body.id;
  });
  after(() => t.close());

  /** The rule, restated: leaders by members desc then Thai name then id, then the rest, up to quota. */
  function expected(province: string): { id: string; reason: string }[] {
    const th = new Intl.Collator('th');
    const order = (a: Candidate, b: Candidate) =>
      b.members - a.members || th.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
    const here = candidates.filter((c) => c.province === province);
    const quota = province === SPECIAL.province ? SPECIAL.quota : QUOTA;
    return [
      ...here
        .filter((c) => c.leads)
        .sort(order)
        .map((c) => ({ id: c.id, reason: 'fund_centre_leader' })),
      ...here
        .filter((c) => !c.leads)
        .sort(order)
        .map((c) => ({ id: c.id, reason: 'level' })),
    ].slice(0, quota);
  }

  test('the generated nation has the cases the rule distinguishes', () => {
    const cases = [...new Set(candidates.map((c) => c.province))].map((p) => {
      const cs = candidates.filter((c) => c.province === p);
      return { n: cs.length, leaders: cs.filter((c) => c.leads).length };
    });
    assert.ok(candidates.length > 90, `${candidates.length} level-3 groups`);
    assert.ok(
      cases.some((c) => c.leaders > QUOTA),
      'a province with more leaders than its quota',
    );
    assert.ok(
      cases.some((c) => c.leaders > 0 && c.leaders < QUOTA && c.n > c.leaders),
      'leaders topped up',
    );
    assert.ok(
      cases.some((c) => c.leaders === 0 && c.n > QUOTA),
      'no leaders, more candidates than quota',
    );
    assert.ok(
      cases.some((c) => c.n < QUOTA),
      'fewer candidates than quota',
    );
  });

  test('a province office selects its own province only', async () => {
    const lampang = await t.as('demo.province');
    const res = ok(await lampang.post(`/api/v1/assessment-programs/${programId}/selection`, {})).body;
    assert.deepEqual(
      res.provinces.map((p: { province: { id: string } }) => p.province.id),
      ['52'],
    );
    await refused(
      t,
      () => lampang.post(`/api/v1/assessment-programs/${programId}/selection`, { provinceIds: ['56'] }),
      403,
      /ไม่มีสิทธิ์คัดเลือก/,
    );
  });

  test('the department selects the rest: leaders first, then other level-3 groups, within quota, with reasons', async () => {
    const res = ok(await hq.post(`/api/v1/assessment-programs/${programId}/selection`, {})).body;
    assert.equal(res.provinces.length, 76);
    assert.equal(res.provinces.find((p: { province: { id: string } }) => p.province.id === '52').skipped, true);
    const targets = ok(await hq.get(`/api/v1/assessment-programs/${programId}/targets`)).body.items;
    const provinces = [...new Set(candidates.map((c) => c.province))];
    let total = 0;
    for (const province of provinces) {
      const got = targets.filter((x: { province: { id: string } }) => x.province.id === province);
      assert.deepEqual(
        got.map((x: { groupId: string; reason: string }) => ({ id: x.groupId, reason: x.reason })),
        expected(province),
        `province ${province}`,
      );
      got.forEach((x: { rank: number }, i: number) => assert.equal(x.rank, i + 1));
      total += got.length;
    }
    assert.equal(targets.length, total);
    const quotaOf = (p: string) => (p === SPECIAL.province ? SPECIAL.quota : QUOTA);
    assert.equal(
      total,
      provinces.reduce((a, p) => a + Math.min(quotaOf(p), candidates.filter((c) => c.province === p).length), 0),
    );
    const leader = targets.find((x: { reason: string }) => x.reason === 'fund_centre_leader');
    assert.match(leader.reasonTh, /^ระดับ 3 และเป็นแกนนำศูนย์จัดการกองทุนชุมชน \(ศูนย์จัดการกองทุนชุมชนตำบลจำลอง/);
    const other = targets.find((x: { reason: string }) => x.reason === 'level');
    assert.match(other.reasonTh, /^ระดับ 3 อื่น ๆ — เงื่อนไขที่ 2: .*ไม่ครบโควตา [12] กลุ่ม/);
    for (const x of targets) assert.equal(x.forumStatus, 'none');
  });

  test('a district sees only its own targets; a province may clear and re-run its selection', async () => {
    const all = ok(await hq.get(`/api/v1/assessment-programs/${programId}/targets`)).body.items;
    const officer = await t.as('demo.officer'); // อำเภองาว, ลำปาง
    const mine = ok(await officer.get(`/api/v1/assessment-programs/${programId}/targets`)).body.items;
    assert.deepEqual(
      mine.map((x: { groupId: string }) => x.groupId),
      all
        .filter((x: { district: { id: string } }) => x.district.id === '5205')
        .map((x: { groupId: string }) => x.groupId),
    );
    const before = all.filter((x: { province: { id: string } }) => x.province.id === SPECIAL.province).length;
    ok(
      await hq.request('DELETE', `/api/v1/assessment-programs/${programId}/selection/${SPECIAL.province}`, {
        reason: 'ทบทวนโควตา',
      }),
    );
    const again = ok(
      await hq.post(`/api/v1/assessment-programs/${programId}/selection`, { provinceIds: [SPECIAL.province] }),
    ).body;
    assert.equal(again.provinces[0].selected, before);
    assert.equal(again.provinces[0].skipped, false);
  });

  test('the nation’s roll-up workbook: a row per province with targets, the same figures as the JSON', async () => {
    const json = ok(await hq.get(`/api/v1/assessment-programs/${programId}/rollup`)).body;
    const res = await hq.getRaw(`/api/v1/assessment-programs/${programId}/rollup.xlsx`);
    assert.equal(res.status, 200);
    const book = await rollupFromWorkbook(new Uint8Array(await res.arrayBuffer()));
    assert.deepEqual(book, rollupAsWorkbookShape(json));
    assert.equal(book.childKind, 'province');
    assert.equal(book.children.length, new Set(candidates.map((c) => c.province)).size);
    assert.equal(book.totals.budget, 300000 * book.totals.targets);
  });
});
