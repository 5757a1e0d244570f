// Starting a program as the new-program form sends it: a province office creates one for its own
// province (audited, a retried submission counted once); bad input is refused with Thai messages on
// the paths the form shows under its fields, and writes nothing. Then the province runs its own
// selection (the fund-centre leader first), clears it with a reason (the removed targets kept in the
// audit log) and runs it again, as the program page does.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultProgramValues, toProgramInput } from '../../web/features/assessments/program-form-model.js';
import { registerGroup } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { del, ok, refused } from './assessments.fixtures.js';
import { SAMPLE_GOVERNANCE, SAMPLE_SSG } from './sample-instruments.js';

describe('creating an assessment program', () => {
  let t: TestApp;
  let province: TestClient;
  let instrumentIds: string[];
  let programId: string;
  let leader: string;

  /** What the form sends for ลำปาง with seed 004's figures. */
  const formInput = (extra: Partial<ReturnType<typeof defaultProgramValues>> = {}) => {
    const { input, issues } = toProgramInput({
      ...defaultProgramValues('52', '2026-01-10'),
      titleTh: 'พัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group (ลำปาง)',
      resultsDueOn: '15/6/2569',
      instrumentIds,
      ...extra,
    });
    assert.deepEqual(issues, []);
    return input!;
  };

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-01-10T03:00:00Z') });
    const hq = await t.as('demo.hq');
    province = await t.as('demo.province');
    instrumentIds = [];
    for (const i of [SAMPLE_GOVERNANCE, SAMPLE_SSG])
      instrumentIds.push(ok(await hq.post('/api/v1/assessment-instruments', i), 201).body.id);
  });
  after(() => t.close());

  test('a province office creates one as the form sends it; a retried submission is one program, audited', async () => {
    const input = formInput();
    const headers = { 'Idempotency-Key': 'program-form-test-1' };
    const first = ok(await province.request('POST', '/api/v1/assessment-programs', input, headers), 201).body;
    const again = ok(await province.request('POST', '/api/v1/assessment-programs', input, headers), 201).body;
    assert.equal(again.id, first.id);
    programId = first.id;
    assert.deepEqual(
      [first.orgUnit.id, first.fiscalYear, first.supportPerGroup, first.planTargetBp, first.resultsDueOn],
      ['52', 2569, 300000, 6000, '2026-06-15'],
    );
    assert.equal(first.canManage, true);
    const rows = await t.database.db.selectFrom('assessment_program').select('id').execute();
    assert.deepEqual(
      rows.map((r) => r.id),
      [first.id],
    );
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'org_unit_id'])
      .where('entity_id', '=', first.id)
      .execute();
    assert.deepEqual(audit, [{ action: 'assessment_program.create', org_unit_id: '52' }]);
  });

  test('bad input is refused on the fields the form shows, in Thai, and writes nothing', async () => {
    const post = (body: unknown) => () => province.post('/api/v1/assessment-programs', body);
    const input = formInput();
    await refused(t, post({ ...input, quotas: { '56': 12 } }), 422, /ไม่ใช่จังหวัดในความรับผิดชอบ/, 'quotas.56');
    await refused(
      t,
      post({ ...input, instrumentIds: [instrumentIds[0], instrumentIds[0]] }),
      422,
      /เลือกแบบประเมินซ้ำ/,
      'instrumentIds[1]',
    );
    await refused(t, post({ ...input, fiscalYear: 2026 }), 422, /ไม่น้อยกว่า 2500/, 'fiscalYear');
    await refused(t, post({ ...input, supportPerGroup: 300000.5 }), 422, /จำนวนเต็ม/, 'supportPerGroup');
    const district = await t.as('demo.district');
    await refused(
      t,
      () => district.post('/api/v1/assessment-programs', { ...input, orgUnitId: '5201' }),
      422,
      /กรมหรือสำนักงานพัฒนาชุมชนจังหวัด/,
      'orgUnitId',
    );
    await refused(t, post({ ...input, orgUnitId: 'TH' }), 403, /ไม่มีสิทธิ์/);
  });

  test('the province runs its selection, clears it with a reason (kept in the audit log) and runs it again', async () => {
    const district = await t.as('demo.district');
    const groups = [];
    for (const n of [1, 2, 3, 4])
      groups.push(
        await registerGroup(district, { level: 3, foundedOn: '2019-03-06', nameTh: `กลุ่มออมทรัพย์บ้านคัดเลือก ${n}` }),
      );
    leader = groups[3]!;
    ok(
      await province.post(`/api/v1/groups/${leader}/fund-centre`, {
        effectiveOn: '2025-10-01',
        leads: true,
        centreNameTh: 'ศูนย์จัดการกองทุนชุมชนตำบลทดสอบ',
      }),
      201,
    );
    // The page asks for its own province by id.
    const run = ok(await province.post(`/api/v1/assessment-programs/${programId}/selection`, { provinceIds: ['52'] }))
      .body.provinces;
    assert.deepEqual(
      run.map((r: { province: { id: string }; candidates: number; leaders: number; selected: number }) => [
        r.province.id,
        r.candidates,
        r.leaders,
        r.selected,
      ]),
      [['52', 4, 1, 4]],
    );
    const targets = () => province.get(`/api/v1/assessment-programs/${programId}/targets`);
    const chosen = ok(await targets()).body.items;
    assert.equal(chosen[0].groupId, leader);
    assert.match(chosen[0].reasonTh, /แกนนำศูนย์จัดการกองทุนชุมชน \(ศูนย์จัดการกองทุนชุมชนตำบลทดสอบ\)/);

    const clear = (reason: string) => () =>
      del(province, `/api/v1/assessment-programs/${programId}/selection/52`, { reason });
    await refused(t, clear('  '), 422, /กรุณากรอกข้อมูลนี้/, 'reason');
    assert.deepEqual(ok(await clear('แก้ไขบทบาทศูนย์จัดการกองทุนชุมชน')()).body, { removed: 4 });
    assert.deepEqual(ok(await targets()).body.items, []);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'assessment_program.clear_selection')
      .executeTakeFirstOrThrow();
    assert.deepEqual(audit.after, { reason: 'แก้ไขบทบาทศูนย์จัดการกองทุนชุมชน' });
    assert.deepEqual((audit.before as { group_id: string }[]).map((r) => r.group_id).sort(), [...groups].sort());
    ok(await province.post(`/api/v1/assessment-programs/${programId}/selection`, { provinceIds: ['52'] }));
    assert.deepEqual(
      ok(await targets()).body.items.map((x: { groupId: string }) => x.groupId),
      chosen.map((x: { groupId: string }) => x.groupId),
    );
  });
});
