// Seed 001's report collection in ลำปาง: the province asks its 13 districts for a report due
// 15 March 2567; by the injected clock two report on time, one a minute after the deadline day and
// ten not at all. The matrix (JSON and Excel) shows exactly that; districts see only their own.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { expectStatus } from '../../testing/savings-fixtures.js';
import { startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import {
  answers,
  createRequest,
  districtUser,
  jpegBytes,
  LAMPANG_DISTRICTS,
  login,
  movableClock,
  personIn,
  upload,
} from './request-fixtures.js';

describe('report requests: completeness matrix', () => {
  const clock = movableClock('2024-03-10T03:00:00Z'); // 10:00 on 10 March in Bangkok
  let t: TestApp;
  let province: TestClient;
  let muang: TestClient; // demo.district, head of 5201
  let ngao: TestClient; // demo.officer, staff of 5205
  let maemo: TestClient; // a staff login created for 5202
  let req: { id: string; submissions: Map<string, string> };
  let coordinator: string;

  before(async () => {
    t = await startTestApp({ clock });
    province = await t.as('demo.province');
    muang = await t.as('demo.district');
    ngao = await t.as('demo.officer');
    const maemoUser = await districtUser(t, '5202');
    coordinator = await personIn(muang, '5201', 'เมืองลำปาง');
    req = await createRequest(province);

    const own = req.submissions.get('5201')!;
    clock.set('2024-03-12T02:00:00Z');
    muang = await t.as('demo.district');
    expectStatus(
      await muang.request('PUT', `/api/v1/report-submissions/${own}/answers`, { answers: { new_members: 12 } }),
      200,
    );
    expectStatus(await upload(muang, own, 'photos', jpegBytes(2048), 'กิจกรรม.jpg'), 201);
    expectStatus(
      await muang.post(`/api/v1/report-submissions/${own}/submit`, {
        answers: answers(12, 60_050, 1_000_000, coordinator),
      }),
      200,
    );
    // 23:59:59 on the deadline day in Bangkok: still on time.
    clock.set('2024-03-15T16:59:59Z');
    ngao = await t.as('demo.officer');
    const ngaoAnswers = { ...answers(7, 35_000, 250_075), avg_per_member: 5.25 };
    expectStatus(
      await ngao.post(`/api/v1/report-submissions/${req.submissions.get('5205')}/submit`, { answers: ngaoAnswers }),
      200,
    );
    // Midnight starting 16 March in Bangkok: late.
    clock.set('2024-03-15T17:00:00Z');
    maemo = await login(t, maemoUser);
    expectStatus(
      await maemo.post(`/api/v1/report-submissions/${req.submissions.get('5202')}/submit`, {
        answers: answers(5, 25_000, 0),
      }),
      200,
    );
    clock.set('2024-03-20T03:00:00Z');
    [province, muang, ngao] = [await t.as('demo.province'), await t.as('demo.district'), await t.as('demo.officer')];
  });
  after(() => t.close());

  test('the matrix shows 2 on time, 1 late, 10 missing and sums the submitted figures', async () => {
    const m = (await province.get(`/api/v1/report-requests/${req.id}/matrix`)).body;
    assert.deepEqual(m.totals, { expected: 13, onTime: 2, late: 1, missing: 10, returned: 0, accepted: 0 });
    const status = Object.fromEntries(
      m.rows.map((r: { unit: { id: string }; status: string }) => [r.unit.id, r.status]),
    );
    assert.deepEqual(
      status,
      Object.fromEntries(
        LAMPANG_DISTRICTS.map((d) => [d, d === '5201' || d === '5205' ? 'on_time' : d === '5202' ? 'late' : 'missing']),
      ),
    );
    assert.deepEqual(m.sums, {
      new_members: 24,
      added_savings: 120_050,
      avg_per_member: 30.25,
      'groups.deposit': 1_250_075,
    });
    const muangRow = m.rows.find((r: { unit: { id: string } }) => r.unit.id === '5201');
    assert.equal(muangRow.firstSubmittedAt, '2024-03-12T02:00:00.000Z');
    assert.deepEqual(muangRow.sums, {
      new_members: 12,
      added_savings: 60_050,
      avg_per_member: 12.5,
      'groups.deposit': 1_000_000,
    });
    const missingRow = m.rows.find((r: { unit: { id: string } }) => r.unit.id === '5213');
    assert.equal(missingRow.firstSubmittedAt, null);
    assert.deepEqual(missingRow.sums, {});
  });

  test('area dashboards show the same completeness: the province all 13, a district only itself', async () => {
    const expectedRow = (expected: number, onTime: number, late: number, missing: number) => ({
      id: req.id,
      title: 'รายงานผลการส่งเสริมการออม มหกรรมการออม ๕๐ ปี',
      issuerNameTh: 'จังหวัดลำปาง',
      deadline: '2024-03-15',
      expected,
      onTime,
      late,
      missing,
      overdue: missing > 0, // the clock stands at 20 March
    });
    const nation = (await (await t.as('demo.hq')).get('/api/v1/reports/dashboard?orgUnitId=TH')).body.reports;
    const lampang = (await province.get('/api/v1/reports/dashboard?orgUnitId=52')).body.reports;
    assert.deepEqual(lampang, {
      totals: { requests: 1, expected: 13, onTime: 2, late: 1, missing: 10 },
      requests: [expectedRow(13, 2, 1, 10)],
    });
    assert.deepEqual(nation, lampang);
    const own = (await muang.get('/api/v1/reports/dashboard?orgUnitId=5201')).body.reports;
    assert.deepEqual(own.requests, [expectedRow(1, 1, 0, 0)]);
    const other = (await province.get('/api/v1/reports/dashboard?orgUnitId=5213')).body.reports;
    assert.deepEqual(other.requests, [expectedRow(1, 0, 0, 1)]);
    const xlsx = await province.getRaw('/api/v1/reports/dashboard.xlsx?orgUnitId=52');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    assert.deepEqual((wb.getWorksheet('การส่งรายงาน')!.getRow(3).values as unknown[]).slice(1), [
      'รายงานผลการส่งเสริมการออม มหกรรมการออม ๕๐ ปี',
      'จังหวัดลำปาง',
      '15 มีนาคม 2567',
      13,
      2,
      1,
      10,
    ]);
  });

  test('the Excel export carries the same matrix, the answers and the table rows', async () => {
    const res = await province.getRaw(`/api/v1/report-requests/${req.id}/matrix.xlsx`);
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['สรุปการส่งรายงาน', 'ข้อมูลที่ส่ง', 'กลุ่มที่เข้าร่วม'],
    );
    const sheet = wb.getWorksheet('สรุปการส่งรายงาน')!;
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    assert.deepEqual(row(4).slice(0, 3), ['รหัส', 'หน่วยงาน', 'สถานะ']);
    assert.deepEqual(row(4).slice(5), [
      'สมาชิกใหม่ (คน)',
      'เงินสัจจะสะสมที่เพิ่มขึ้น (บาท)',
      'เงินออมเฉลี่ยต่อคน (บาท)',
      'กลุ่มที่เข้าร่วม: เงินฝาก (บาท)',
    ]);
    assert.deepEqual(row(5).slice(0, 3), ['5201', 'เมืองลำปาง', 'ส่งตรงเวลา']);
    assert.deepEqual(row(5).slice(5), [12, 600.5, 12.5, 10_000]);
    assert.equal(sheet.getRow(5).getCell(7).numFmt, '#,##0.00');
    assert.equal(row(6)[2], 'ส่งล่าช้า');
    assert.equal(row(9)[2], 'ส่งตรงเวลา'); // 5205
    assert.equal(row(17)[2], 'ยังไม่ส่ง'); // 5213
    assert.equal(row(17)[3], '');
    assert.deepEqual(row(18).slice(1), ['รวม', '', '', '', 24, 1200.5, 30.25, 12_500.75]);
    const totals = [20, 21, 22, 23].map((n) => row(n).slice(1, 3));
    assert.deepEqual(totals, [
      ['หน่วยงานที่ต้องส่ง', 13],
      ['ส่งตรงเวลา', 2],
      ['ส่งล่าช้า', 1],
      ['ยังไม่ส่ง', 10],
    ]);

    const values = wb.getWorksheet('ข้อมูลที่ส่ง')!;
    const header = (values.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(header, [
      'รหัส',
      'หน่วยงาน',
      'สถานะ',
      'ส่งครั้งแรก',
      'สมาชิกใหม่ (คน)',
      'เงินสัจจะสะสมที่เพิ่มขึ้น (บาท)',
      'เงินออมเฉลี่ยต่อคน (บาท)',
      'สรุปผลการดำเนินงาน',
      'วันที่จัดกิจกรรม',
      'ช่องทางประชาสัมพันธ์',
      'ผู้ประสานงาน',
      'ภาพกิจกรรม',
      'หลักฐาน',
    ]);
    assert.equal(values.rowCount, 4); // header + three reports
    const first = (values.getRow(2).values as unknown[]).slice(1);
    assert.deepEqual(first.slice(0, 3), ['5201', 'เมืองลำปาง', 'ส่งตรงเวลา']);
    assert.equal(first[3], '12 มี.ค. 67 09:00 น.');
    assert.deepEqual(first.slice(4), [
      12,
      600.5,
      12.5,
      'รณรงค์ผ่านที่ประชุมประจำเดือนของกลุ่ม',
      '6 มีนาคม 2567',
      'ประชุมประจำเดือน, หอกระจายข่าว',
      'นายผู้ประสาน เมืองลำปาง',
      'กิจกรรม.jpg',
      '', // no evidence file
    ]);
    assert.equal(values.getRow(2).getCell(6).numFmt, '#,##0.00');

    const rows = wb.getWorksheet('กลุ่มที่เข้าร่วม')!;
    assert.deepEqual((rows.getRow(1).values as unknown[]).slice(1), [
      'รหัส',
      'หน่วยงาน',
      'แถวที่',
      'ชื่อกลุ่ม',
      'สมาชิก (คน)',
      'เงินฝาก (บาท)',
    ]);
    assert.deepEqual((rows.getRow(3).values as unknown[]).slice(1), [
      '5202',
      'แม่เมาะ',
      1,
      'กลุ่มออมทรัพย์เพื่อการผลิตบ้านทดสอบ',
      40,
      0,
    ]);
    assert.equal(rows.rowCount, 4);
  });

  test("a district sees its own report only, never another district's or the matrix", async () => {
    const own = req.submissions.get('5201')!;
    const other = req.submissions.get('5205')!;
    const mine = await muang.get(`/api/v1/report-submissions/${own}`);
    expectStatus(mine, 200);
    assert.equal(mine.body.matrixStatus, 'on_time');
    assert.deepEqual(mine.body.people, [{ id: coordinator, nameTh: 'นายผู้ประสาน เมืองลำปาง' }]);
    assert.equal(mine.body.files.photos[0].fileName, 'กิจกรรม.jpg');
    expectStatus(await muang.get(`/api/v1/report-submissions/${other}`), 404);
    expectStatus(await ngao.get(`/api/v1/report-submissions/${own}`), 404);
    expectStatus(await muang.get(`/api/v1/report-requests/${req.id}/matrix`), 404);
    expectStatus(await muang.get(`/api/v1/report-requests/${req.id}/matrix.xlsx`), 404);
    const photo = mine.body.files.photos[0].id;
    expectStatus(await ngao.get(`/api/v1/report-submissions/${own}/files/${photo}`), 404);
    const file = await muang.getRaw(`/api/v1/report-submissions/${own}/files/${photo}`);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'image/jpeg');
    const asSeen = await muang.get(`/api/v1/report-requests/${req.id}`);
    expectStatus(asSeen, 200);
    assert.deepEqual(asSeen.body.addressedUnits, [{ id: '5201', nameTh: 'เมืองลำปาง' }]);
    const inbox = (await muang.get('/api/v1/report-inbox')).body.items;
    assert.deepEqual(
      inbox.map((i: { unit: { id: string }; requestId: string }) => [i.unit.id, i.requestId]),
      [['5201', req.id]],
    );
    // Reviews belong to the issuing side: invisible to the district, forbidden to read-only staff.
    expectStatus(await muang.post(`/api/v1/report-submissions/${other}/accept`), 404);
    expectStatus(await ngao.post(`/api/v1/report-submissions/${other}/accept`), 403);
    expectStatus(await muang.post(`/api/v1/report-submissions/${other}/submit`, {}), 404);
  });

  test('the issuing side cannot fill in a report on behalf of a district', async () => {
    const res = await province.post(`/api/v1/report-submissions/${req.submissions.get('5203')}/submit`, {
      answers: answers(1, 100, 100),
    });
    expectStatus(res, 403);
  });
});
