// Seed 002's plan (แผนการดำเนินงาน, eight steps with deadlines in 2568) recreated through the API, and
// overdue computed from the injected clock on the Bangkok day.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Clock } from '../../kernel/dates.js';
import { startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { ok, sampleProject, snapshot, userIdOf } from './programs.test-support.js';

const WG = { unit: '52-wg1', note: 'กง.ยุทธศาสตร์' };
// ลำดับที่ ๑–๘ of the seed's table ("ภายใน …" = due date). The seed is Chachoengsao's; its owners map to
// the demo province's strategy work group and, for step ๔, the province's district offices.
const SEED_002_STEPS = [
  ['ทบทวนการดำเนิน/โครงการ/กิจกรรมที่เป็นนวัตกรรม ในปีที่ผ่านมา โครงการ The Shadow : คู่หูคนดีศรี ๘ ริ้ว', '2025-01-15', WG],
  ['ต่อยอดขยายผลโครงการ/กิจกรรมที่เป็นนวัตกรรม จัดทำโครงการ ๑ พัฒนากร ๑ เครือข่ายการพัฒนา', '2025-01-15', WG],
  ['ถ่ายทอดโครงการแก่บุคลากรในสังกัด โดยการแจ้งเป็นหนังสือ', '2025-01-15', WG],
  [
    'สำนักงานพัฒนาชุมชนอำเภอทุกอำเภอ พิจารณาคัดเลือกและเสนอชื่อบุคลากรในสังกัด และเครือข่ายการพัฒนา จำนวน ๑ คู่ และส่งแบบเสนอผลงาน จำนวน ๙ ชุด ให้จังหวัด',
    '2025-04-30',
    { unit: '52', note: 'สนง.พัฒนาชุมชนอำเภอ ทุกอำเภอ' },
  ],
  ['จัดประชุมคณะกรรมการฯ พิจารณาผลงาน (เอกสารและการนำเสนอ) และประกาศผลการคัดเลือก', '2025-05-30', WG],
  ['ถอดบทเรียนการทำงานของสุดยอด ๑ พัฒนากร ๑ เครือข่ายการพัฒนา', '2025-06-13', WG],
  ['ยกย่องเชิดชูเกียรติ สุดยอด ๑ พัฒนากร ๑ เครือข่ายการพัฒนา', '2025-06-13', WG],
  ['รายงานผลการดำเนินกิจกรรมให้ผู้บังคับบัญชาทราบ', '2025-06-13', WG],
] as const;

describe('project plan with deadlines', () => {
  let now = Date.parse('2025-01-10T03:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  let t: TestApp;
  let province: TestClient;
  let planId: string;

  /** Moves the clock; sessions are checked against it, so log in again afterwards. */
  async function at(iso: string): Promise<TestClient> {
    now = Date.parse(iso);
    return t.as('demo.province');
  }
  const overdueSeqs = async (c: TestClient) =>
    ok(await c.get(`/api/v1/plans/${planId}`))
      .body.steps.filter((s: { overdue: boolean }) => s.overdue)
      .map((s: { seq: number }) => s.seq);

  before(async () => {
    t = await startTestApp({ clock });
    province = await t.as('demo.province');
    const staff = await t.as('demo.staff');
    const chain = [
      { role: 'proposer', signerUserId: await userIdOf(staff), positionLine: 'นักวิชาการพัฒนาชุมชนชำนาญการ' },
      { role: 'approver', signerUserId: await userIdOf(province), positionLine: 'พัฒนาการจังหวัดลำปาง' },
    ];
    const projectId = ok(
      await staff.post(
        '/api/v1/projects',
        sampleProject(chain, {
          orgUnitId: '52-wg1',
          titleTh: 'โครงการพัฒนาชุมชนใสสะอาด ๒๕๖๘ : มิติที่ ๕ ๑ พัฒนากร ๑ เครือข่ายการพัฒนา',
          startsOn: '2025-01-01',
          endsOn: '2025-06-30',
          tags: ['saisaad-5'],
        }),
      ),
      201,
    ).body.id;
    const plan = ok(
      await province.post(`/api/v1/projects/${projectId}/plans`, {
        nameTh: 'แผนการดำเนินงาน ๑ พัฒนากร ๑ เครือข่ายการพัฒนา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
        steps: SEED_002_STEPS.map(([nameTh, dueOn, owner]) => ({
          nameTh,
          dueOn,
          ownerUnitId: owner.unit,
          ownerNote: owner.note,
        })),
      }),
      201,
    ).body;
    planId = plan.id;
    assert.equal(plan.steps.length, 8);
    assert.deepEqual(
      plan.steps.map((s: { dueOn: string; ownerUnitNameTh: string }) => [s.dueOn, s.ownerUnitNameTh]),
      SEED_002_STEPS.map(([, due, owner]) => [due, owner.unit === '52' ? 'ลำปาง' : 'กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน']),
    );
  });
  after(() => t.close());

  test('before the first deadline nothing is overdue', async () => {
    assert.deepEqual(await overdueSeqs(province), []);
  });

  test('once the clock passes deadlines, exactly the undone steps due before today are overdue', async () => {
    const steps = ok(await province.get(`/api/v1/plans/${planId}`)).body.steps;
    const done = ok(
      await province.patch(`/api/v1/plans/${planId}/steps/${steps[0].id}`, {
        status: 'done',
        doneOn: '2025-01-09',
        evidenceNote: 'ทบทวนแล้ว ตามบันทึกการประชุม',
      }),
    ).body.steps[0];
    assert.deepEqual([done.status, done.doneOn, done.overdue], ['done', '2025-01-09', false]);
    ok(await province.patch(`/api/v1/plans/${planId}/steps/${steps[1].id}`, { status: 'in_progress' }));

    // 16 Jan, Bangkok: steps ๒ and ๓ (due 15 Jan) are late; ๑ is done.
    assert.deepEqual(await overdueSeqs(await at('2025-01-16T03:00:00Z')), [2, 3]);
    // 30 Apr 23:59 Bangkok is still step ๔'s due day; a second later it is late.
    assert.deepEqual(await overdueSeqs(await at('2025-04-30T16:59:59Z')), [2, 3]);
    const may = await at('2025-04-30T17:00:00Z');
    assert.deepEqual(await overdueSeqs(may), [2, 3, 4]);
    assert.equal(ok(await may.get(`/api/v1/plans/${planId}`)).body.today, '2025-05-01');
    assert.deepEqual(await overdueSeqs(await at('2025-06-14T03:00:00Z')), [2, 3, 4, 5, 6, 7, 8]);
  });

  test('a step due before its start, or without a name, is refused and nothing is written', async () => {
    const c = await at('2025-02-01T03:00:00Z');
    const before = await snapshot(t);
    const bad = await c.post(`/api/v1/plans/${planId}/steps`, {
      nameTh: 'ประชุมชี้แจง',
      ownerUnitId: '52-wg1',
      startsOn: '2025-03-10',
      dueOn: '2025-03-01',
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.error.issues, [
      { path: 'dueOn', messageTh: 'วันกำหนดเสร็จต้องไม่ก่อนวันเริ่มต้นของขั้นตอน', messageEn: 'dueOn is before startsOn' },
    ]);
    const unnamed = await c.post(`/api/v1/plans/${planId}/steps`, {
      nameTh: ' ',
      ownerUnitId: '52-wg1',
      dueOn: '2025-03-01',
    });
    assert.equal(unnamed.status, 422);
    assert.equal(unnamed.body.error.issues[0].messageTh, 'กรุณากรอกรายการที่ปฏิบัติ');
    assert.deepEqual(await snapshot(t), before);
    const added = ok(
      await c.post(`/api/v1/plans/${planId}/steps`, {
        nameTh: 'ประชุมชี้แจง',
        ownerUnitId: '52-wg1',
        startsOn: '2025-03-01',
        dueOn: '2025-03-10',
      }),
      201,
    ).body;
    assert.deepEqual(added.steps.at(-1).seq, 9);
  });

  test('a plan KPI takes manual actuals; the latest by date is shown', async () => {
    const c = await at('2025-06-20T03:00:00Z');
    const plan = ok(
      await c.post(`/api/v1/plans/${planId}/kpis`, { textTh: 'ทุกอำเภอมี ๑ พัฒนากร ๑ เครือข่าย', target: 11, unit: 'คู่' }),
      201,
    ).body;
    const kpi = plan.kpis[0];
    assert.deepEqual([kpi.target, kpi.unit, kpi.source, kpi.actual], [11, 'คู่', 'manual', null]);
    ok(await c.post(`/api/v1/kpis/${kpi.id}/actuals`, { value: 11, asOf: '2025-06-13' }), 201);
    const latest = ok(
      await c.post(`/api/v1/kpis/${kpi.id}/actuals`, { value: 9, asOf: '2025-04-30', note: 'กลางทาง' }),
      201,
    ).body;
    assert.deepEqual(latest.actual, { value: 11, asOf: '2025-06-13', note: null, source: 'manual' });
    const future = await c.post(`/api/v1/kpis/${kpi.id}/actuals`, { value: 11, asOf: '2025-07-01' });
    assert.equal(future.status, 422);
  });
});
