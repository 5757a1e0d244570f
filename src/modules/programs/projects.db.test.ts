// A project proposal from draft to approval through its sign-off chain (seed 000's four signers:
// ผู้เสนอ → ผู้ให้ความเห็นชอบ → ผู้ตรวจสอบ → ผู้อนุมัติ), the register number, and the refusals.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { createSigner, ok, sampleProject, snapshot, userIdOf, type Chain } from './programs.test-support.js';

describe('project sign-off', () => {
  let t: TestApp;
  let staff: TestClient;
  let province: TestClient;
  let hq: TestClient;
  let endorser: Awaited<ReturnType<typeof createSigner>>;
  let checker: Awaited<ReturnType<typeof createSigner>>;
  let ids: { staff: string; province: string };
  let fourSteps: Chain;

  before(async () => {
    // 10 Jan 2026, 10:00 in Bangkok: fiscal year 2569.
    t = await startTestApp({ clock: fixedClock('2026-01-10T03:00:00Z') });
    staff = await t.as('demo.staff');
    province = await t.as('demo.province');
    hq = await t.as('demo.hq');
    endorser = await createSigner(t, province, {
      username: 'wg2.director',
      firstName: 'นงลักษณ์',
      lastName: 'พรหมพอง',
      orgUnitId: '52-wg2',
      positionCode: 'work_group_director',
    });
    checker = await createSigner(t, province, {
      username: 'wg1.director',
      firstName: 'ทิพย์วรรณ',
      lastName: 'แก้วทอง',
      orgUnitId: '52-wg1',
      positionCode: 'work_group_director',
    });
    ids = { staff: await userIdOf(staff), province: await userIdOf(province) };
    fourSteps = [
      { role: 'proposer', signerUserId: ids.staff, positionLine: 'ผู้อำนวยการกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน' },
      { role: 'endorser', signerUserId: endorser.id, positionLine: 'ผู้อำนวยการกลุ่มงานสารสนเทศการพัฒนาชุมชน' },
      { role: 'checker', signerUserId: checker.id, positionLine: 'ผู้อำนวยการกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน' },
      {
        role: 'approver',
        signerUserId: ids.province,
        positionLine: 'พัฒนาการจังหวัด ปฏิบัติราชการแทน\nผู้ว่าราชการจังหวัดลำปาง',
      },
    ];
  });
  after(() => t.close());

  const path = (id: string, action = '') => `/api/v1/projects/${id}${action}`;

  test('draft → submitted → endorsed → checked → approved, numbered once in the province register', async () => {
    const created = ok(await staff.post('/api/v1/projects', sampleProject(fourSteps)), 201).body;
    assert.equal(created.status, 'draft');
    assert.equal(created.projectNo, null);
    assert.equal(created.responsibleUnitTh, 'กลุ่มงานสารสนเทศการพัฒนาชุมชน สำนักงานพัฒนาชุมชนจังหวัดลำปาง');
    assert.equal(created.fiscalYear, 2569);
    assert.deepEqual(created.actions, { edit: true, submit: true, sign: false, return: false });
    assert.equal(created.nextSigner.userId, ids.staff);
    const id = created.id as string;

    // Only the proposer submits; the approver is told who must sign.
    const early = await province.post(path(id, '/submit'), {});
    assert.equal(early.status, 403);
    assert.match(early.body.error.messageTh, /ผู้เสนอโครงการ/);

    const submitted = ok(await staff.post(path(id, '/submit'), {})).body;
    assert.equal(submitted.status, 'submitted');
    assert.equal(submitted.currentStep, 2);
    assert.equal(submitted.nextSigner.fullName, endorser.fullName);
    assert.equal(submitted.chain[0].signedOn, '2026-01-10');

    // The approver cannot jump the queue; the message names the endorser. Nothing is written.
    const before = await snapshot(t);
    const jump = await province.post(path(id, '/sign'), {});
    assert.equal(jump.status, 403);
    assert.equal(jump.body.error.messageTh, `ขั้นตอนนี้ต้องลงนามโดย ${endorser.fullName} (ผู้ให้ความเห็นชอบโครงการ) เท่านั้น`);
    // Someone not in the chain at all (the department's admin can read every project).
    const outsider = await hq.post(path(id, '/sign'), {});
    assert.equal(outsider.status, 403);
    assert.match(outsider.body.error.messageTh, new RegExp(endorser.fullName));
    assert.deepEqual(await snapshot(t), before);

    const endorsed = ok(await endorser.client.post(path(id, '/sign'), { comment: 'เห็นชอบ' })).body;
    assert.equal(endorsed.currentStep, 3);
    assert.equal(endorsed.chain[1].comment, 'เห็นชอบ');
    const twice = await endorser.client.post(path(id, '/sign'), {});
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.messageTh, 'ท่านลงนามในขั้นตอนของท่านแล้ว ไม่ต้องลงนามซ้ำ');

    ok(await checker.client.post(path(id, '/sign'), {}));
    const approved = ok(await province.post(path(id, '/sign'), { comment: 'อนุมัติ' })).body;
    assert.equal(approved.status, 'approved');
    assert.equal(approved.projectNo, 1);
    assert.equal(approved.registerNumber, '1/2569');
    assert.equal(approved.nextSigner, null);
    assert.deepEqual(
      approved.chain.map((s: { role: string; signedOn: string }) => [s.role, s.signedOn]),
      [
        ['proposer', '2026-01-10'],
        ['endorser', '2026-01-10'],
        ['checker', '2026-01-10'],
        ['approver', '2026-01-10'],
      ],
    );
    assert.deepEqual(
      approved.history.map((e: { action: string; actor: { userId: string } }) => [e.action, e.actor.userId]),
      [
        ['submit', ids.staff],
        ['sign', endorser.id],
        ['sign', checker.id],
        ['approve', ids.province],
      ],
    );

    // Approving twice, or editing the approved project, is refused and changes nothing.
    const frozen = await snapshot(t);
    const again = await province.post(path(id, '/sign'), {});
    assert.equal(again.status, 409);
    assert.equal(again.body.error.messageTh, 'โครงการนี้ได้รับอนุมัติแล้ว (เลขที่โครงการ 1/2569) ไม่ต้องลงนามซ้ำ');
    const edit = await staff.patch(path(id), sampleProject(fourSteps, { titleTh: 'แก้ชื่อ' }));
    assert.equal(edit.status, 409);
    assert.equal(edit.body.error.messageTh, 'โครงการนี้ได้รับอนุมัติแล้ว แก้ไขไม่ได้');
    assert.deepEqual(await snapshot(t), frozen);
    const read = ok(await staff.get(path(id))).body;
    assert.equal(read.registerNumber, '1/2569');
    assert.equal(read.titleTh, 'ออมวันละบาท สร้างโอกาสที่ยั่งยืน');

    const audit = ok(await province.get(`/api/v1/audit?entityType=project&entityId=${id}`));
    assert.deepEqual(audit.body.items.map((a: { action: string }) => a.action).sort(), [
      'project.approve',
      'project.create',
      'project.sign',
      'project.sign',
      'project.submit',
    ]);
  });

  test('a signer returns the project with a required comment: back to draft, signatures cleared, history kept', async () => {
    const id = ok(await staff.post('/api/v1/projects', sampleProject(fourSteps)), 201).body.id as string;
    ok(await staff.post(path(id, '/submit'), {}));
    const before = await snapshot(t);
    const bare = await endorser.client.post(path(id, '/return'), {});
    assert.equal(bare.status, 422);
    assert.equal(bare.body.error.issues[0].path, 'comment');
    assert.equal(bare.body.error.issues[0].messageTh, 'กรุณาระบุเหตุผลที่ส่งกลับให้แก้ไข');
    assert.deepEqual(await snapshot(t), before);

    const returned = ok(await endorser.client.post(path(id, '/return'), { comment: 'กรุณาเพิ่มตัวชี้วัดเชิงปริมาณ' })).body;
    assert.equal(returned.status, 'draft');
    assert.equal(returned.currentStep, null);
    assert.ok(returned.chain.every((s: { signedOn: string | null }) => s.signedOn === null));
    assert.deepEqual(
      returned.history.map((e: { action: string; comment: string | null }) => [e.action, e.comment]),
      [
        ['submit', null],
        ['return', 'กรุณาเพิ่มตัวชี้วัดเชิงปริมาณ'],
      ],
    );
    // The draft is editable again and goes round once more.
    const edited = ok(await staff.patch(path(id), sampleProject(fourSteps, { titleTh: 'ออมวันละบาท (ปรับปรุง)' }))).body;
    assert.equal(edited.titleTh, 'ออมวันละบาท (ปรับปรุง)');
    assert.equal(ok(await staff.post(path(id, '/submit'), {})).body.currentStep, 2);
  });

  test('bad input gets a Thai message naming the field and writes nothing', async () => {
    const before = await snapshot(t);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ titleTh: '  ' }, 'titleTh', 'กรุณากรอกชื่อโครงการ'],
      [{ objectives: [] }, 'objectives', 'กรุณาระบุวัตถุประสงค์อย่างน้อย ๑ ข้อ'],
      [{ endsOn: '2026-01-14' }, 'endsOn', 'วันสิ้นสุดโครงการต้องไม่ก่อนวันเริ่มต้น'],
      [{ budgetSatang: -100 }, 'budgetSatang', 'งบประมาณต้องไม่ติดลบ'],
      [{ budgetSatang: 4800000.5 }, 'budgetSatang', 'ต้องเป็นจำนวนเต็ม (จำนวนเงินระบุเป็นสตางค์ ห้ามมีเศษสตางค์)'],
      [{ chain: fourSteps.slice(0, 3) }, 'chain', 'ลำดับผู้ลงนามต้องเริ่มที่ผู้เสนอโครงการและจบที่ผู้อนุมัติโครงการ'],
      [
        { indicators: [{ kind: 'quantitative', textTh: 'ผู้เข้าร่วม', unit: 'คน' }] },
        'indicators.0.target',
        'ตัวชี้วัดเชิงปริมาณต้องมีค่าเป้าหมาย',
      ],
    ];
    for (const [over, field, messageTh] of cases) {
      const res = await staff.post('/api/v1/projects', sampleProject(fourSteps, over));
      assert.equal(res.status, 422, `${field}: ${JSON.stringify(res.body)}`);
      assert.deepEqual(
        res.body.error.issues.map((i: { path: string; messageTh: string }) => [i.path, i.messageTh]),
        [[field, messageTh]],
      );
    }
    assert.deepEqual(await snapshot(t), before);
  });

  test('a budget is stored in satang and read back with the amount in Thai words', async () => {
    const res = ok(
      await staff.post(
        '/api/v1/projects',
        sampleProject(fourSteps, { budgetSatang: 4800000, budgetSource: 'งบดำเนินงาน กรมการพัฒนาชุมชน' }),
      ),
      201,
    ).body;
    assert.equal(res.budgetSatang, 4800000);
    assert.equal(res.budgetText, 'สี่หมื่นแปดพันบาทถ้วน');
    assert.equal(res.budgetSource, 'งบดำเนินงาน กรมการพัฒนาชุมชน');
  });

  test('a district user sees its own district’s projects only (others answer 404)', async () => {
    const district = await t.as('demo.district');
    const districtId = await userIdOf(district);
    const chain = (proposer: string): Chain => [
      { role: 'proposer', signerUserId: proposer, positionLine: 'พัฒนาการอำเภอ' },
      { role: 'approver', signerUserId: ids.province, positionLine: 'พัฒนาการจังหวัดลำปาง' },
    ];
    const own = ok(
      await district.post('/api/v1/projects', sampleProject(chain(districtId), { orgUnitId: '5201' })),
      201,
    ).body.id;
    const provincial = ok(await staff.post('/api/v1/projects', sampleProject(chain(ids.staff))), 201).body.id;
    const otherDistrict = ok(
      await province.post('/api/v1/projects', sampleProject(chain(ids.province), { orgUnitId: '5205' })),
      201,
    ).body.id;
    ok(await district.get(path(own)));
    for (const id of [provincial, otherDistrict]) {
      const res = await district.get(path(id));
      assert.equal(res.status, 404);
      assert.equal(res.body.error.messageTh, 'ไม่พบข้อมูล หรือท่านไม่มีสิทธิ์เข้าถึง');
      assert.equal((await district.get(path(id, '/form.pdf'))).status, 404);
      assert.equal((await district.post(path(id, '/sign'), {})).status, 404);
    }
    const listed = ok(await district.get('/api/v1/projects')).body.items.map((p: { id: string }) => p.id);
    assert.deepEqual(listed, [own]);
    // A district cannot draft a project for the province (visible to it, not writable): 403.
    const up = await district.post('/api/v1/projects', sampleProject(chain(districtId), { orgUnitId: '5205' }));
    assert.equal(up.status, 403);
  });
});
