// Issue 5: a plan KPI whose actual the system counts. The province asks its 13 districts for a report
// and links a KPI to it; as two districts submit, the plan reads 2 of 13 with the day of the latest
// submission. Bad links are refused with Thai messages and write nothing; a computed KPI takes no
// hand-entered figure.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Clock } from '../../kernel/dates.js';
import { startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { ok, sampleProject, sentReportRequest, snapshot, userIdOf } from './programs.test-support.js';

interface Kpi {
  id: string;
  target: number;
  source: string;
  sourceRequest: { id: string; title: string; expected: number } | null;
  actual: { value: number; asOf: string | null; note: string | null; source: string } | null;
}

describe('KPIs computed from report submissions', () => {
  let now = Date.parse('2025-05-01T03:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  let t: TestApp;
  let province: TestClient;
  let planId: string;
  let projectId: string;
  let request: { id: string; submissions: Map<string, string> };
  let kpi: Kpi;
  let provinceUserId: string;

  /** Moves the clock; sessions are checked against it, so log in again afterwards. */
  async function at(iso: string, username = 'demo.province'): Promise<TestClient> {
    now = Date.parse(iso);
    return t.as(username);
  }
  const planKpis = async (c: TestClient): Promise<Kpi[]> => ok(await c.get(`/api/v1/plans/${planId}`)).body.kpis;
  const submit = async (c: TestClient, unit: string, n: number) =>
    ok(
      await c.post(`/api/v1/report-submissions/${request.submissions.get(unit)}/submit`, {
        answers: { new_members: n },
      }),
    );

  before(async () => {
    t = await startTestApp({ clock });
    province = await t.as('demo.province');
    provinceUserId = await userIdOf(province);
    const staff = await t.as('demo.staff');
    const chain = [
      { role: 'proposer', signerUserId: await userIdOf(staff), positionLine: 'นักวิชาการพัฒนาชุมชนชำนาญการ' },
      { role: 'approver', signerUserId: provinceUserId, positionLine: 'พัฒนาการจังหวัดลำปาง' },
    ];
    projectId = ok(
      await staff.post(
        '/api/v1/projects',
        sampleProject(chain, { orgUnitId: '52-wg2', startsOn: '2025-01-01', endsOn: '2025-09-30' }),
      ),
      201,
    ).body.id;
    planId = ok(
      await province.post(`/api/v1/projects/${projectId}/plans`, { nameTh: 'แผนรณรงค์การออม ๒๕๖๘', steps: [] }),
      201,
    ).body.id;
    request = await sentReportRequest(province);
  });
  after(() => t.close());

  test('linking a KPI to a report request: target defaults to the offices addressed, nobody counted yet', async () => {
    const plan = ok(
      await province.post(`/api/v1/plans/${planId}/kpis`, {
        textTh: 'อำเภอที่ส่งรายงานผลการส่งเสริมการออม',
        unit: 'อำเภอ',
        source: 'report_submissions',
        sourceRef: request.id,
      }),
      201,
    ).body;
    kpi = plan.kpis[0];
    assert.equal(kpi.source, 'report_submissions');
    assert.equal(kpi.target, 13);
    assert.deepEqual(kpi.sourceRequest, {
      id: request.id,
      title: 'รายงานผลการส่งเสริมการออม มหกรรมการออม ๕๐ ปี',
      expected: 13,
    });
    assert.deepEqual(kpi.actual, { value: 0, asOf: null, note: null, source: 'report_submissions' });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', kpi.id)
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['kpi.create'],
    );
  });

  test('two districts submit: the plan reads 2 of 13, as of the latest submission (Bangkok day)', async () => {
    // A saved draft is not a submission.
    const officer = await at('2025-05-05T03:00:00Z', 'demo.officer');
    ok(
      await officer.request('PUT', `/api/v1/report-submissions/${request.submissions.get('5205')}/answers`, {
        answers: { new_members: 3 },
      }),
    );
    assert.equal((await planKpis(await at('2025-05-05T03:00:00Z')))[0]!.actual!.value, 0);

    await submit(await at('2025-05-10T03:00:00Z', 'demo.district'), '5201', 12);
    // 01:30 on 21 May in Bangkok, still 20 May in UTC.
    await submit(await at('2025-05-20T18:30:00Z', 'demo.officer'), '5205', 7);
    const [computed] = await planKpis(await at('2025-05-22T03:00:00Z'));
    assert.equal(computed!.target, 13);
    assert.deepEqual(computed!.actual, { value: 2, asOf: '2025-05-21', note: null, source: 'report_submissions' });
  });

  test('a send-back does not uncount a district: the first submission is what counts', async () => {
    const c = await at('2025-05-22T04:00:00Z');
    ok(
      await c.post(`/api/v1/report-submissions/${request.submissions.get('5201')}/return`, {
        comment: 'กรุณาแก้ไขจำนวนสมาชิก',
      }),
    );
    assert.equal((await planKpis(c))[0]!.actual!.value, 2);
  });

  test('a given target is kept; a manual KPI alongside keeps its hand-entered actual', async () => {
    const c = await at('2025-05-22T05:00:00Z');
    const second = await sentReportRequest(c, 'รายงานแผนการดำเนินงานของอำเภอ');
    let plan = ok(
      await c.post(`/api/v1/plans/${planId}/kpis`, {
        textTh: 'อำเภอที่ส่งแผนการดำเนินงาน',
        target: 10,
        unit: 'อำเภอ',
        source: 'report_submissions',
        sourceRef: second.id,
      }),
      201,
    ).body;
    plan = ok(
      await c.post(`/api/v1/plans/${planId}/kpis`, { textTh: 'ผู้เข้าร่วมกิจกรรม', target: 91, unit: 'คน' }),
      201,
    ).body;
    const [, linked, manual] = plan.kpis as Kpi[];
    assert.equal(linked!.target, 10);
    assert.deepEqual(linked!.actual, { value: 0, asOf: null, note: null, source: 'report_submissions' });
    assert.equal(manual!.source, 'manual');
    assert.equal(manual!.sourceRequest, null);
    const recorded = ok(
      await c.post(`/api/v1/kpis/${manual!.id}/actuals`, { value: 40, asOf: '2025-05-20' }),
      201,
    ).body;
    assert.deepEqual(recorded.actual, { value: 40, asOf: '2025-05-20', note: null, source: 'manual' });
  });

  test('bad links are refused with a Thai message on the field, and nothing is written', async () => {
    const c = await at('2025-05-22T06:00:00Z');
    const before = await snapshot(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ textTh: 'ก', kind: 'qualitative', source: 'report_submissions', sourceRef: request.id }, 'kind'],
      [{ textTh: 'ก', source: 'report_submissions', sourceRef: '00000000-0000-4000-8000-000000000000' }, 'sourceRef'],
      [{ textTh: 'ก', source: 'report_submissions', sourceRef: 'not-a-request' }, 'sourceRef'],
      [{ textTh: 'ก', source: 'report_submissions' }, 'sourceRef'],
      [{ textTh: 'ก', source: 'manual', target: 5, sourceRef: request.id }, 'sourceRef'],
      [{ textTh: 'ก', unit: 'คน' }, 'target'],
    ];
    for (const [body, field] of cases) {
      const res = await c.post(`/api/v1/plans/${planId}/kpis`, body);
      assert.equal(res.status, 422, JSON.stringify(body));
      const issue = res.body.error.issues.find((i: { path: string }) => i.path === field);
      assert.ok(issue, `${JSON.stringify(body)}: ${JSON.stringify(res.body)}`);
      assert.match(issue.messageTh, /[ก-๙]/);
    }
    assert.deepEqual(await snapshot(t), before);
  });

  test('a computed KPI takes no hand-entered actual (409, Thai message, nothing written)', async () => {
    const c = await at('2025-05-22T07:00:00Z');
    const before = await snapshot(t);
    const res = await c.post(`/api/v1/kpis/${kpi.id}/actuals`, { value: 13, asOf: '2025-05-22' });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, 'kpi_computed');
    assert.match(res.body.error.messageTh, /ระบบคำนวณ/);
    assert.deepEqual(await snapshot(t), before);
    assert.equal((await planKpis(c))[0]!.actual!.value, 2);
  });

  test("an addressed district may not link the province's request to its own plan", async () => {
    const district = await at('2025-05-22T08:00:00Z', 'demo.district');
    const chain = [
      { role: 'proposer', signerUserId: await userIdOf(district), positionLine: 'พัฒนาการอำเภอเมืองลำปาง' },
      { role: 'approver', signerUserId: provinceUserId, positionLine: 'พัฒนาการจังหวัดลำปาง' },
    ];
    const own = ok(
      await district.post(
        '/api/v1/projects',
        sampleProject(chain, { orgUnitId: '5201', startsOn: '2025-01-01', endsOn: '2025-09-30', tags: [] }),
      ),
      201,
    ).body.id;
    const plan = ok(
      await district.post(`/api/v1/projects/${own}/plans`, { nameTh: 'แผนของอำเภอเมืองลำปาง', steps: [] }),
      201,
    ).body.id;
    const before = await snapshot(t);
    const res = await district.post(`/api/v1/plans/${plan}/kpis`, {
      textTh: 'อำเภอที่ส่งรายงาน',
      source: 'report_submissions',
      sourceRef: request.id,
    });
    assert.equal(res.status, 422);
    assert.equal(res.body.error.issues[0].path, 'sourceRef');
    assert.deepEqual(await snapshot(t), before);
    // And the province's plan stays out of the district's reach altogether.
    const foreign = await district.post(`/api/v1/plans/${planId}/kpis`, { textTh: 'ก', target: 1 });
    assert.equal(foreign.status, 404);
  });
});
