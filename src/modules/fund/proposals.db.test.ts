// District proposals as the fund's pages read them: the province's fund officers see every
// addressed district's state on the proposal request (nothing yet, sent, sent back, accepted) next
// to the proposals themselves; a district sees only its own, and whether it may (re)send it now.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { thaiIdFor } from '../../db/seed/demo-ids.js';
import type { TestApp, TestClient } from '../../testing/test-app.js';
import {
  counts,
  FUND_OFFICER,
  LAMPANG_DISTRICTS,
  movableClock,
  ok,
  refused,
  sessions,
  smallFund,
  startFundApp,
} from './fund.fixtures.js';

describe('staff fund: proposals and their status per district', () => {
  const clock = movableClock('2024-10-02T03:00:00Z');
  let t: TestApp;
  let as: ReturnType<typeof sessions>;
  let officer: TestClient;
  let muang: TestClient; // demo.district, เมืองลำปาง (5201)
  let fundId: string;
  let householdId: string;

  const propose = (cost: number) =>
    muang.post(`/api/v1/funds/${fundId}/proposals`, {
      districtId: '5201',
      summaryTh: 'เสนอ ๑ ครัวเรือน',
      items: [{ householdId, helpKind: 'occupation', helpTh: 'พันธุ์ไก่พื้นเมือง', cost, reasonTh: 'รายได้ต่ำ' }],
    });
  const list = async (c: TestClient) => ok(await c.get(`/api/v1/funds/${fundId}/proposals`)).body;

  before(async () => {
    t = await startFundApp(clock);
    as = sessions(t, clock);
    officer = await as(FUND_OFFICER);
    muang = await as('demo.district');
    fundId = (await smallFund(officer, [])).id;
  });
  after(() => t.close());

  test('before the province asks, there is nothing to list', async () => {
    assert.deepEqual(await list(officer), { items: [], districts: [] });
  });

  test('the fund officer sees all 13 districts; one has proposed, the rest have not', async () => {
    ok(
      await officer.post(`/api/v1/funds/${fundId}/proposal-request`, { title: 'ข้อเสนอ', deadline: '2024-10-15' }),
      201,
    );
    const sub = ok(await muang.get('/api/v1/org-units?parentId=5201')).body.items[0];
    const village = ok(
      await muang.post('/api/v1/org-units', { parentId: sub.id, villageNo: 3, nameTh: 'บ้านทดสอบ' }),
      201,
    ).body.id;
    householdId = ok(
      await muang.post(`/api/v1/funds/${fundId}/households`, {
        villageId: village,
        houseNo: '1',
        head: { title: 'นาง', firstName: 'บุญมี', lastName: 'ทดสอบ', thaiId: thaiIdFor(81_001) },
        tpmap: false,
        vulnerability: 'poor',
        needsTh: 'อาชีพ',
        surveyedOn: '2024-10-01',
      }),
      201,
    ).body.id;
    const mine = ok(await propose(150_000), 201).body;
    assert.equal(mine.status, 'submitted');
    assert.equal(mine.late, false);

    const { items, districts } = await list(officer);
    assert.deepEqual(
      districts.map((d: { district: { id: string } }) => d.district.id),
      LAMPANG_DISTRICTS,
    );
    const muangRow = districts.find((d: { district: { id: string } }) => d.district.id === '5201');
    assert.deepEqual(
      { ...muangRow, submissionId: undefined, proposalId: undefined },
      {
        district: { id: '5201', nameTh: 'เมืองลำปาง' },
        submissionId: undefined,
        status: 'submitted',
        late: false,
        returnComment: null,
        proposalId: undefined,
        households: 1,
        proposed: 1,
        total: 150_000,
        canPropose: false,
      },
    );
    assert.equal(muangRow.proposalId, items[0].id);
    assert.ok(districts.filter((d: { status: string }) => d.status === 'expected').length === 12);
    assert.ok(
      districts.every((d: { canPropose: boolean }) => !d.canPropose),
      'the province proposes for no district',
    );
    assert.equal(items.length, 1);
    assert.equal(items[0].status, 'submitted');
    assert.equal(items[0].items[0].household.headThaiIdMasked.includes('xxxxx'), true);
  });

  test('a district sees only its own row; sent back, it may send again; accepted, it may not', async () => {
    let mine = await list(muang);
    assert.equal(mine.districts.length, 1);
    assert.equal(mine.districts[0].canPropose, false);
    const other = await list(await as('demo.officer')); // งาว (5205): nothing proposed yet
    assert.deepEqual(
      other.districts.map((d: { district: { id: string }; canPropose: boolean }) => [d.district.id, d.canPropose]),
      [['5205', true]],
    );
    assert.deepEqual(other.items, []);

    const submissionId = mine.items[0].submissionId;
    ok(await officer.post(`/api/v1/report-submissions/${submissionId}/return`, { comment: 'ลดค่าใช้จ่ายลง' }));
    mine = await list(muang);
    assert.deepEqual(
      [mine.districts[0].status, mine.districts[0].returnComment, mine.districts[0].canPropose],
      ['returned', 'ลดค่าใช้จ่ายลง', true],
    );
    assert.equal(mine.items[0].status, 'returned');
    const again = ok(await propose(120_000), 201).body;
    assert.deepEqual([again.status, again.version, again.total], ['submitted', 2, 120_000]);

    ok(await officer.post(`/api/v1/report-submissions/${submissionId}/accept`));
    mine = await list(muang);
    assert.deepEqual([mine.districts[0].status, mine.districts[0].canPropose], ['accepted', false]);
  });

  test('the plan’s signers to choose from: accounts reading the fund from its office or above', async () => {
    const { items } = ok(await officer.get(`/api/v1/funds/${fundId}/plan-signers`)).body;
    const names = items.map((s: { username: string }) => s.username);
    for (const u of [FUND_OFFICER, 'demo.staff', 'demo.province']) assert.ok(names.includes(u), u);
    assert.ok(!names.includes('demo.district') && !names.includes('demo.officer'), 'no district account signs');
    assert.equal(new Set(names).size, names.length, 'each account once');
    const head = items.find((s: { username: string }) => s.username === 'demo.province');
    assert.match(head.fullName, /[\u0E00-\u0E7F]/);
    assert.equal((await muang.get(`/api/v1/funds/${fundId}/plan-signers`)).status, 403);
  });

  test('the requests pages cannot answer the fund’s request directly: they send the district to the fund page', async () => {
    const ngao = await as('demo.officer'); // งาว (5205): has not proposed
    const row = (await list(ngao)).districts[0];
    const sub = ok(await ngao.get(`/api/v1/report-submissions/${row.submissionId}`)).body;
    assert.deepEqual(sub.request.answeredVia, {
      path: `/fund/${fundId}/proposals`,
      labelTh: 'หน้าข้อเสนอของอำเภอ ในกองทุนออมวันละบาท',
    });
    assert.equal(sub.canFill, false);
    const inbox = ok(await ngao.get('/api/v1/report-inbox')).body.items;
    assert.equal(
      inbox.find((i: { submissionId: string }) => i.submissionId === row.submissionId).answeredVia.path,
      `/fund/${fundId}/proposals`,
    );

    const tables = ['report_submission', 'report_submission_file', 'audit_log', 'fund_proposal'] as const;
    const before = await counts(t, [...tables]);
    const answers = { households: 1, cost: 100_000, summary: 'ตอบตรง', proposal_ref: 'x' };
    for (const res of [
      await ngao.request('PUT', `/api/v1/report-submissions/${row.submissionId}/answers`, { answers }),
      await ngao.post(`/api/v1/report-submissions/${row.submissionId}/submit`, { answers }),
    ]) {
      const e = refused(res, 409, 'answered_elsewhere');
      assert.equal(e.messageTh, 'รายงานนี้ต้องจัดทำและส่งจากหน้าข้อเสนอของอำเภอ ในกองทุนออมวันละบาท กรอกหรือส่งจากหน้ารายงานไม่ได้');
    }
    assert.deepEqual(await counts(t, [...tables]), before, 'nothing written');
    const still = ok(await ngao.get(`/api/v1/report-submissions/${row.submissionId}`)).body;
    assert.deepEqual([still.status, still.answers], ['expected', {}]);

    // The fund's own page still answers it.
    const village = ok(
      await ngao.post('/api/v1/org-units', {
        parentId: ok(await ngao.get('/api/v1/org-units?parentId=5205')).body.items[0].id,
        villageNo: 9,
        nameTh: 'บ้านทดสอบงาว',
      }),
      201,
    ).body.id;
    const hh = ok(
      await ngao.post(`/api/v1/funds/${fundId}/households`, {
        villageId: village,
        houseNo: '9',
        head: { title: 'นาย', firstName: 'แก้ว', lastName: 'ทดสอบ', thaiId: thaiIdFor(81_002) },
        tpmap: false,
        vulnerability: 'disadvantaged',
        needsTh: 'ทุนการศึกษา',
        surveyedOn: '2024-10-01',
      }),
      201,
    ).body.id;
    const sent = ok(
      await ngao.post(`/api/v1/funds/${fundId}/proposals`, {
        districtId: '5205',
        items: [{ householdId: hh, helpKind: 'education', helpTh: 'ทุนการศึกษา', cost: 200_000, reasonTh: 'ด้อยโอกาส' }],
      }),
      201,
    ).body;
    assert.equal(sent.status, 'submitted');
    const answered = ok(await ngao.get(`/api/v1/report-submissions/${row.submissionId}`)).body;
    assert.deepEqual([answered.answers.households, answered.answers.cost], [1, 200_000]);
  });
});
