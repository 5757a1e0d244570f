import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { thaiIdCheckDigit } from '../../kernel/thai-id.js';
import { countRows, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

/** Valid (check digit right) IDs no demo person has: demo IDs start 3520…. */
const validId = (n: number) => {
  const body = `1100200${String(n).padStart(5, '0')}`;
  return body + String(thaiIdCheckDigit(body));
};
const EN_HEADER = 'title,firstName,lastName,thaiId,positionCode,orgUnitId,phone,email,networks\r\n';
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
]);

function upload(c: TestClient, name: string, content: string | Uint8Array<ArrayBuffer>, orgUnitId?: string) {
  const form = new FormData();
  form.set('file', new File([content], name));
  if (orgUnitId) form.set('orgUnitId', orgUnitId);
  return c.post('/api/v1/people/import', form);
}

describe('people import', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const counts = async () => ({ person: await countRows(t, 'person'), audit: await countRows(t, 'audit_log') });
  const paths = (res: { body: { error: { issues: { path: string }[] } } }) => res.body.error.issues.map((i) => i.path);
  const issueAt = (
    res: { body: { error: { issues: { path: string; messageTh: string; messageEn: string }[] } } },
    path: string,
  ) => {
    const issue = res.body.error.issues.find((i) => i.path === path);
    assert.ok(issue, `no issue at ${path}: ${JSON.stringify(res.body.error.issues)}`);
    assert.ok(issue.messageEn.length > 0);
    return issue;
  };

  test('a valid CSV of 3 people imports all 3, with one audit row for the import', async () => {
    const c = await t.as('demo.district');
    const before = await counts();
    const csv =
      '\ufeff' +
      EN_HEADER +
      `นาย,กมล,นำเข้าซีเอสวี,${validId(1)},พัฒนากร,5201,054-111111,kamol@example.com,"กพสม., sorchortor"\r\n` +
      `นาง,"จันทร์ ""แจ่ม""",นำเข้าซีเอสวี,,network_leader,,,,\r\n` + // empty orgUnitId: the form default
      `นางสาว,ชบา,นำเข้าซีเอสวี,${validId(2)},,520101,,,กองทุนแม่ฯ\r\n`;
    const res = await upload(c, 'people.csv', csv, '5201');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body, { imported: 3 });
    const list = await c.get('/api/v1/people?q=' + encodeURIComponent('นำเข้าซีเอสวี'));
    assert.equal(list.body.total, 3);
    const byName = Object.fromEntries(list.body.items.map((p: { firstName: string }) => [p.firstName, p]));
    assert.deepEqual(byName['กมล'].networks, ['kpsm', 'sorchortor']);
    assert.equal(byName['กมล'].positionCode, 'cd_worker');
    assert.equal(byName['จันทร์ "แจ่ม"'].orgUnitId, '5201');
    assert.equal(byName['ชบา'].orgUnitId, '520101');
    assert.deepEqual(byName['ชบา'].networks, ['mother_of_land']);
    assert.deepEqual(await counts(), { person: before.person + 3, audit: before.audit + 4 });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'person.import')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.entity_type, 'import');
    assert.equal(audit[0]!.org_unit_id, '5201');
    assert.deepEqual(audit[0]!.after, { fileName: 'people.csv', rows: 3 });
  });

  test('a .xlsx with Thai headers and a Thai ID typed as a number imports with every digit', async () => {
    const c = await t.as('demo.district');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('บุคคล');
    ws.addRow(['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'ตำแหน่ง', 'รหัสหน่วยงาน', 'อีเมล', 'เครือข่าย']);
    ws.addRow([
      'นาย',
      'ดำรง',
      'เอ็กเซล',
      Number(validId(3)),
      'ผู้นำเครือข่าย',
      5201,
      { text: 'd@example.com', hyperlink: 'mailto:d@example.com' },
      'กพสม.',
    ]);
    ws.addRow([
      'นาง',
      { richText: [{ text: 'เอื้อ' }, { text: 'มพร' }] },
      { formula: '"เอ็ก"&"เซล"', result: 'เอ็กเซล' },
      validId(4),
      null,
      '5201',
      null,
      null,
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await upload(c, 'people.xlsx', bytes);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body, { imported: 2 });
    const found = await c.get('/api/v1/people?q=' + validId(3));
    assert.equal(found.body.total, 1);
    const person = (await c.get(`/api/v1/people/${found.body.items[0].id}`)).body;
    assert.equal(person.thaiId, validId(3));
    assert.equal(person.email, 'd@example.com');
    assert.equal(person.positionCode, 'network_leader');
    const second = await c.get('/api/v1/people?q=' + validId(4));
    assert.equal(second.body.items[0].fullName, 'นางเอื้อมพร เอ็กเซล');
  });

  test('bad rows among good ones are all reported by row and column, and nothing is written', async () => {
    const c = await t.as('demo.district');
    const before = await counts();
    const csv =
      EN_HEADER +
      `นาย,ดี,หนึ่ง,${validId(10)},,5201,,,\r\n` +
      `นาย,เลขผิด,สอง,1101700230709,,5201,,,\r\n` +
      `นาย,ดี,สาม,,,5201,,,\r\n` +
      `นาย,,สี่,,ราชา,5201,,not-an-email,\r\n`;
    const res = await upload(c, 'bad.csv', csv);
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'import_invalid');
    assert.deepEqual(paths(res), [
      'row 3, column thaiId',
      'row 5, column firstName',
      'row 5, column positionCode',
      'row 5, column email',
    ]);
    assert.match(issueAt(res, 'row 3, column thaiId').messageTh, /เลขประจำตัวประชาชนไม่ถูกต้อง/);
    assert.match(issueAt(res, 'row 5, column firstName').messageTh, /กรุณากรอก/);
    assert.match(issueAt(res, 'row 5, column positionCode').messageTh, /ไม่พบตำแหน่ง/);
    assert.match(issueAt(res, 'row 5, column email').messageTh, /อีเมล/);
    assert.deepEqual(await counts(), before);
  });

  test("a row in another district's unit is refused for a district head", async () => {
    const c = await t.as('demo.district');
    const officer = await t.as('demo.officer'); // district staff: may write people, may not import
    const before = await counts(); // after the logins, which are audited
    const res = await upload(c, 'other.csv', EN_HEADER + `นาย,ข้าม,เขต,,,5201,,,\r\nนาย,ข้าม,เขต,,,5205,,,\r\n`);
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.deepEqual(paths(res), ['row 3, column orgUnitId']);
    assert.match(issueAt(res, 'row 3, column orgUnitId').messageTh, /ไม่มีสิทธิ์/);
    const viaDefault = await upload(c, 'other.csv', EN_HEADER + `นาย,ข้าม,เขต,,,,,,\r\n`, '5205');
    assert.equal(viaDefault.status, 422);
    assert.deepEqual(paths(viaDefault), ['orgUnitId']);
    assert.equal((await upload(officer, 'x.csv', EN_HEADER + `นาย,ก,ข,,,5205,,,\r\n`)).status, 403);
    assert.equal((await officer.get('/api/v1/people/import/template.csv')).status, 403);
    assert.deepEqual(await counts(), before);
  });

  test('a Thai ID twice in the file is reported on the second occurrence; one already stored too', async () => {
    const c = await t.as('demo.district');
    const before = await counts();
    const id = validId(20);
    const dashed = `${id.slice(0, 1)}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id.slice(12)}`;
    const stored = validId(1); // imported by the first test
    const csv =
      EN_HEADER +
      `นาย,ก,ซ้ำ,${id},,5201,,,\r\nนาย,ข,ซ้ำ,${validId(21)},,5201,,,\r\nนาย,ค,ซ้ำ,${dashed},,5201,,,\r\nนาย,ง,ซ้ำ,${stored},,5201,,,\r\n`;
    const res = await upload(c, 'dup.csv', csv);
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.deepEqual(paths(res), ['row 4, column thaiId', 'row 5, column thaiId']);
    assert.match(issueAt(res, 'row 4, column thaiId').messageTh, /ซ้ำกับแถวที่ 2/);
    assert.match(issueAt(res, 'row 5, column thaiId').messageTh, /มีในระบบแล้ว/);
    assert.deepEqual(await counts(), before);
  });

  test('a picture renamed to .csv or .xlsx, or a CSV named .txt, is refused as unsupported', async () => {
    const c = await t.as('demo.district');
    const before = await counts();
    for (const [name, content] of [
      ['photo.csv', PNG],
      ['photo.xlsx', PNG],
      ['people.txt', EN_HEADER + 'นาย,ก,ข,,,5201,,,\r\n'],
      ['people.xlsx', EN_HEADER],
    ] as const) {
      const res = await upload(c, name, content);
      assert.equal(res.status, 415, `${name}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, 'unsupported_file_type');
      assert.equal(res.body.error.messageTh, 'รองรับเฉพาะไฟล์ .xlsx หรือ .csv');
    }
    const tis620 = Uint8Array.from([
      ...new TextEncoder().encode(EN_HEADER + 'นาย,'),
      0xca,
      0xc1,
      0xca,
      0xd2,
      0xc2,
      0x0d,
      0x0a,
    ]);
    const legacy = await upload(c, 'excel-thai.csv', tis620);
    assert.equal(legacy.status, 415);
    assert.match(legacy.body.error.issues[0].messageTh, /UTF-8/);
    assert.deepEqual(await counts(), before);
  });

  test('an upload over the limit is refused with 413 and writes nothing', async () => {
    const c = await t.as('demo.district');
    const before = await counts();
    const row = `นาย,ใหญ่,เกิน,,,5201,,,\r\n`;
    const big = EN_HEADER + row.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(row)) + 10);
    const res = await upload(c, 'big.csv', big);
    assert.equal(res.status, 413, JSON.stringify(res.body).slice(0, 300));
    assert.equal(res.body.error.code, 'body_too_large');
    assert.deepEqual(await counts(), before);
  });

  test('empty, header-only, unknown-header, missing-file and over-5,000-row uploads get clear messages', async () => {
    const c = await t.as('demo.district');
    const before = await counts();
    const empty = await upload(c, 'empty.csv', '');
    assert.equal(empty.status, 422);
    assert.match(empty.body.error.messageTh, /ไฟล์ว่างเปล่า/);
    const headerOnly = await upload(c, 'h.csv', '\ufeff' + EN_HEADER + '\r\n,,,\r\n');
    assert.equal(headerOnly.status, 422);
    assert.equal(headerOnly.body.error.code, 'import_no_rows');
    const unknown = await upload(c, 'u.csv', 'คำนำหน้า,ชื่อ,นามสกุล,รหัสหน่วยงาน,วันเกิด\r\nนาย,ก,ข,5201,1/1/2500\r\n');
    assert.equal(unknown.status, 422);
    assert.deepEqual(paths(unknown), ['row 1']);
    assert.match(unknown.body.error.issues[0].messageTh, /ไม่รู้จักหัวคอลัมน์ "วันเกิด"/);
    const noFile = await c.post('/api/v1/people/import', new FormData());
    assert.equal(noFile.status, 422);
    assert.deepEqual(paths(noFile), ['file']);
    const tooMany = await upload(c, 'many.csv', EN_HEADER + 'นาย,ก,ข,,,5201,,,\r\n'.repeat(5001));
    assert.equal(tooMany.status, 422);
    assert.equal(tooMany.body.error.messageTh, 'ไฟล์มีข้อมูลเกิน 5,000 แถว กรุณาแบ่งไฟล์');
    assert.deepEqual(await counts(), before);
  });

  test('the issue list stops at 500 and says how many more there are', async () => {
    const c = await t.as('demo.district');
    const res = await upload(c, 'bad.csv', EN_HEADER + 'นาย,,ข,,,5201,,,\r\n'.repeat(520));
    assert.equal(res.status, 422);
    assert.equal(res.body.error.issues.length, 501);
    assert.equal(res.body.error.issues[499].path, 'row 501, column firstName');
    assert.deepEqual(res.body.error.issues[500], {
      path: 'file',
      messageTh: 'และข้อผิดพลาดอีก 20 รายการ',
      messageEn: 'and 20 more issues',
    });
  });

  test('the template downloads as UTF-8 CSV with BOM and re-imports once a row is filled in', async () => {
    const c = await t.as('demo.district');
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const raw = await t.app.request('/api/v1/people/import/template.csv', { headers: { cookie } });
    assert.equal(raw.status, 200);
    assert.equal(raw.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(raw.headers.get('content-disposition') ?? '', /^attachment; filename="[\w-]+\.csv"/);
    const bytes = new Uint8Array(await raw.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes); // drops the BOM
    const [header, example, rest] = text.split('\r\n');
    assert.equal(header, 'คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,ตำแหน่ง,รหัสหน่วยงาน,โทรศัพท์,อีเมล,เครือข่าย');
    assert.match(example!, /ตัวอย่าง/);
    assert.equal(rest, '');
    const unchanged = await upload(c, 'template.csv', bytes);
    assert.equal(unchanged.status, 422, 'the example row itself is not imported');
    assert.match(issueAt(unchanged, 'row 2, column firstName').messageTh, /ตัวอย่าง/);
    const filled = '\ufeff' + header + '\r\n' + `นางสาว,แบบฟอร์ม,กรอกแล้ว,${validId(30)},พัฒนากร,5201,,,กพสม.\r\n`;
    const res = await upload(c, 'template.csv', filled);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body, { imported: 1 });
    assert.equal((await c.get('/api/v1/people?q=' + validId(30))).body.total, 1);
  });
});
