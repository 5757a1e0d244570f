// What a report request refuses (with a Thai message per field, writing nothing), reminders by the
// injected clock, send-back and resubmission, acceptance, and DHIS2's lock after the deadline.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectStatus } from '../../testing/savings-fixtures.js';
import { startTestApp, type TestApp, type TestClient, type TestResponse } from '../../testing/test-app.js';
import {
  answers,
  createRequest,
  jpegBytes,
  LAMPANG_DISTRICTS,
  movableClock,
  personIn,
  SAVINGS_FORM,
  tableCount,
  upload,
} from './request-fixtures.js';

const TABLES = ['report_request', 'report_submission', 'report_submission_file', 'stored_file', 'audit_log'];

describe('report requests: rules', () => {
  const clock = movableClock('2024-03-10T03:00:00Z');
  let t: TestApp;
  let province: TestClient;
  let muang: TestClient;
  let req: { id: string; submissions: Map<string, string> };
  let own: string;

  async function counts() {
    const rows = await Promise.all(TABLES.map((n) => tableCount(t, n)));
    const answersNow = await t.database.db
      .selectFrom('report_submission')
      .select(['id', 'answers', 'status'])
      .orderBy('id')
      .execute();
    return { rows, answers: JSON.stringify(answersNow) };
  }
  /** The call fails with `status`, names `path` with a Thai message matching `th`, writes nothing. */
  async function refused(call: () => Promise<TestResponse>, status: number, path: string | null, th: RegExp) {
    const before = await counts();
    const res = await call();
    expectStatus(res, status);
    if (path === null) assert.match(res.body.error.messageTh, th);
    else {
      const issue = res.body.error.issues.find((i: { path: string }) => i.path === path);
      assert.ok(issue, `no issue on ${path}: ${JSON.stringify(res.body.error.issues)}`);
      assert.match(issue.messageTh, th);
    }
    assert.deepEqual(await counts(), before);
  }

  before(async () => {
    t = await startTestApp({ clock });
    province = await t.as('demo.province');
    muang = await t.as('demo.district');
    req = await createRequest(province);
    own = req.submissions.get('5201')!;
  });
  after(() => t.close());

  test('a request whose deadline is before its sending date, or whose form is broken, is refused', async () => {
    const body = {
      orgUnitId: '52',
      title: 'แผนการขับเคลื่อนโครงการระดับอำเภอ',
      fields: SAVINGS_FORM,
      addressedUnitIds: LAMPANG_DISTRICTS,
      send: true,
    };
    await refused(
      () => province.post('/api/v1/report-requests', { ...body, deadline: '2024-03-09' }),
      422,
      'deadline',
      /^กำหนดส่งต้องไม่ก่อนวันที่ส่งคำขอ$/,
    );
    await refused(
      () => province.post('/api/v1/report-requests', { ...body, sentOn: '2024-02-20', deadline: '2024-02-16' }),
      422,
      'deadline',
      /กำหนดส่งต้องไม่ก่อนวันที่ส่งคำขอ/,
    );
    const broken = [
      { key: 'plan', type: 'text', labelTh: 'แผน' },
      { key: 'plan', type: 'number', labelTh: 'งบประมาณ' },
      { key: 'virtue', type: 'choice', labelTh: 'คุณธรรม' },
      { key: 'areas', type: 'table', labelTh: 'พื้นที่', columns: [] },
    ];
    const res = await province.post('/api/v1/report-requests', { ...body, deadline: '2024-03-22', fields: broken });
    expectStatus(res, 422);
    const issues = Object.fromEntries(
      res.body.error.issues.map((i: { path: string; messageTh: string }) => [i.path, i.messageTh]),
    );
    assert.deepEqual(issues, {
      'fields[1].key': 'รหัสช่อง "plan" ซ้ำกับช่องที่ 1',
      'fields[2].options': 'ช่องแบบตัวเลือกต้องมีตัวเลือกอย่างน้อย 1 รายการ',
      'fields[3].columns': 'ตารางต้องมีอย่างน้อย 1 คอลัมน์',
    });
    await refused(
      () =>
        province.post('/api/v1/report-requests', {
          ...body,
          deadline: '2024-03-22',
          addressedUnitIds: ['5201', '2401'],
        }),
      422,
      'addressedUnitIds[1]',
      /ไม่ใช่สำนักงานในสังกัด/,
    );
    // A district office may not issue in its province's name.
    await refused(
      () => muang.post('/api/v1/report-requests', { ...body, deadline: '2024-03-22' }),
      403,
      null,
      /ไม่มีสิทธิ์/,
    );
  });

  test('answers are checked against the form, with a message per field path, and nothing is written', async () => {
    const put = (a: Record<string, unknown>) => () =>
      muang.request('PUT', `/api/v1/report-submissions/${own}/answers`, { answers: a });
    await refused(put({ summary: 12345 }), 422, 'summary', /^สรุปผลการดำเนินงาน: ช่องนี้รับเฉพาะข้อความ$/);
    await refused(put({ new_members: 'สิบสอง' }), 422, 'new_members', /ต้องเป็นตัวเลข/);
    await refused(put({ new_members: 1.5 }), 422, 'new_members', /ต้องเป็นจำนวนเต็ม/);
    await refused(put({ avg_per_member: '1.005' }), 422, 'avg_per_member', /ทศนิยมได้ไม่เกิน 2 ตำแหน่ง/);
    await refused(put({ added_savings: 100.5 }), 422, 'added_savings', /จำนวนเต็มสตางค์/);
    await refused(put({ channels: ['tv'] }), 422, 'channels', /เลือกจากตัวเลือก/);
    await refused(
      put({ groups: [{ name: 'ก' }, { name: 'ข' }, { name: 'ค', members: 'many' }] }),
      422,
      'groups[2].members',
      /^กลุ่มที่เข้าร่วม แถวที่ 3 สมาชิก \(คน\): ต้องเป็นตัวเลข$/,
    );
    await refused(put({ nonsense: 1 }), 422, 'nonsense', /ไม่มีช่องนี้/);
    const elsewhere = await personIn(province, '5205', 'งาว');
    await refused(put({ coordinator: elsewhere }), 422, 'coordinator', /ไม่พบบุคคลนี้ในทะเบียนของเมืองลำปาง/);

    expectStatus(
      await muang.request('PUT', `/api/v1/report-submissions/${own}/answers`, { answers: { new_members: 3 } }),
      200,
    );
    const submit = (a?: Record<string, unknown>) => () =>
      muang.post(`/api/v1/report-submissions/${own}/submit`, a ? { answers: a } : {});
    await refused(submit(), 422, 'added_savings', /^เงินสัจจะสะสมที่เพิ่มขึ้น: กรุณากรอกข้อมูลนี้$/);
    await refused(submit({ ...answers(3, 100, 100), groups: [] }), 422, 'groups', /อย่างน้อย 1 แถว/);
    await refused(submit({ ...answers(3, 100, 100), groups: [{ members: 3 }] }), 422, 'groups[0].name', /กรุณากรอก/);
  });

  test('photos must be images within the size limit, judged by content', async () => {
    await refused(() => upload(muang, own, 'photos', jpegBytes(100_001), 'ใหญ่.jpg'), 422, 'photos', /เกินกำหนด/);
    const pdf = new TextEncoder().encode('%PDF-1.4\n% a letter, not a photo\n');
    await refused(() => upload(muang, own, 'photos', pdf, 'รูป.jpg'), 422, 'photos', /ไม่ใช่ประเภทที่รับ/);
    const text = new TextEncoder().encode('just some text pretending to be a photo');
    await refused(() => upload(muang, own, 'photos', text, 'รูป.jpg'), 422, 'photos', /ไม่ใช่ประเภทที่รับ/);
    await refused(() => upload(muang, own, 'summary', jpegBytes(100), 'a.jpg'), 422, 'field', /ไม่ใช่ช่องแนบไฟล์/);
    expectStatus(await upload(muang, own, 'evidence', pdf, 'หลักฐาน.pdf'), 201);
  });

  test('a district cannot submit to a request not addressed to it', async () => {
    const others = await createRequest(province, { addressedUnitIds: LAMPANG_DISTRICTS.filter((d) => d !== '5201') });
    const theirs = others.submissions.get('5202')!;
    await refused(
      () => muang.post(`/api/v1/report-submissions/${theirs}/submit`, { answers: answers(1, 1, 1) }),
      404,
      null,
      /ไม่พบข้อมูล/,
    );
    expectStatus(await muang.get(`/api/v1/report-requests/${others.id}`), 404);
    const inbox = (await muang.get('/api/v1/report-inbox')).body.items;
    assert.ok(!inbox.some((i: { requestId: string }) => i.requestId === others.id));
  });

  test('reminders: due in 2 days and unsubmitted is flagged; after submitting it is not', async () => {
    clock.set('2024-03-13T03:00:00Z'); // 13 March in Bangkok, the deadline is the 15th
    const [p, m] = [await t.as('demo.province'), await t.as('demo.district')];
    [province, muang] = [p, m];
    const item = () =>
      muang
        .get('/api/v1/report-inbox')
        .then((r) => r.body.items.find((i: { requestId: string }) => i.requestId === req.id));
    const due = await item();
    assert.deepEqual(
      { dueInDays: due.dueInDays, reminder: due.reminder, overdue: due.overdue, status: due.matrixStatus },
      { dueInDays: 2, reminder: true, overdue: false, status: 'missing' },
    );
    expectStatus(await muang.post(`/api/v1/report-submissions/${own}/submit`, { answers: answers(3, 100, 100) }), 200);
    const after = await item();
    assert.deepEqual(
      { dueInDays: after.dueInDays, reminder: after.reminder, status: after.matrixStatus },
      { dueInDays: 2, reminder: false, status: 'on_time' },
    );
    await refused(() => muang.post(`/api/v1/report-submissions/${own}/submit`, {}), 409, null, /ส่งรายงานนี้แล้ว/);
  });

  test('send-back needs a comment; a resubmission keeps the first timeliness; acceptance is final', async () => {
    await refused(
      () => province.post(`/api/v1/report-submissions/${own}/return`, { comment: '  ' }),
      422,
      'comment',
      /กรุณาระบุ/,
    );
    await refused(() => province.post(`/api/v1/report-submissions/${own}/return`, {}), 422, 'comment', /กรุณาระบุ/);
    const returned = await province.post(`/api/v1/report-submissions/${own}/return`, {
      comment: 'ยอดสมาชิกใหม่ไม่ตรงกับทะเบียน',
    });
    expectStatus(returned, 200);
    assert.equal(returned.body.matrixStatus, 'returned');
    clock.set('2024-03-18T03:00:00Z'); // after the deadline
    muang = await t.as('demo.district');
    province = await t.as('demo.province');
    const fix = await muang.post(`/api/v1/report-submissions/${own}/submit`, { answers: answers(4, 100, 100) });
    expectStatus(fix, 200);
    assert.deepEqual(
      { status: fix.body.matrixStatus, first: fix.body.firstSubmittedAt, late: fix.body.late },
      { status: 'on_time', first: '2024-03-13T03:00:00.000Z', late: false },
    );
    expectStatus(await province.post(`/api/v1/report-submissions/${own}/accept`), 200);
    await refused(() => province.post(`/api/v1/report-submissions/${own}/accept`), 409, null, /เฉพาะรายงานที่ส่งแล้ว/);
    const m = (await province.get(`/api/v1/report-requests/${req.id}/matrix`)).body;
    assert.deepEqual(m.totals, { expected: 13, onTime: 1, late: 0, missing: 12, returned: 0, accepted: 1 });
    assert.equal(m.sums.new_members, 4);
  });

  test('a locking request refuses a late unit until the province grants it an exception', async () => {
    clock.set('2024-03-10T03:00:00Z');
    province = await t.as('demo.province');
    const locking = await createRequest(province, { lockAfterDeadline: true, deadline: '2024-03-11' });
    clock.set('2024-03-12T03:00:00Z');
    province = await t.as('demo.province');
    muang = await t.as('demo.district');
    const sub = locking.submissions.get('5201')!;
    const inbox = (await muang.get('/api/v1/report-inbox')).body.items.find(
      (i: { requestId: string }) => i.requestId === locking.id,
    );
    assert.deepEqual(
      { locked: inbox.locked, overdue: inbox.overdue, due: inbox.dueInDays },
      { locked: true, overdue: true, due: -1 },
    );
    await refused(
      () => muang.post(`/api/v1/report-submissions/${sub}/submit`, { answers: answers(1, 1, 1) }),
      409,
      null,
      /เลยกำหนดส่งแล้ว/,
    );
    expectStatus(await province.post(`/api/v1/report-submissions/${sub}/exception`), 200);
    const late = await muang.post(`/api/v1/report-submissions/${sub}/submit`, { answers: answers(1, 1, 1) });
    expectStatus(late, 200);
    assert.equal(late.body.matrixStatus, 'late');
    // A request without the lock takes late reports as they come.
    clock.set('2024-03-20T03:00:00Z');
    const open = req.submissions.get('5205')!;
    const ngao = await t.as('demo.officer');
    const lateOpen = await ngao.post(`/api/v1/report-submissions/${open}/submit`, { answers: answers(2, 2, 2) });
    expectStatus(lateOpen, 200);
    assert.equal(lateOpen.body.matrixStatus, 'late');
  });
});
