// Acceptance (issue 7, part 1): an instrument that declares "5 ด้าน 23 ตัวชี้วัด" but holds 22
// indicators is refused with a clear Thai message and writes nothing; an instrument exported to
// .xlsx and imported back is the same instrument, field for field, as the next version.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { ok, refused, uploadXlsx } from './assessments.fixtures.js';
import type { TInstrumentInput } from './instrument.schemas.js';
import { SAMPLE_GOVERNANCE, SAMPLE_SSG } from './sample-instruments.js';

/** Every answer type and option the model has, so the round trip covers each column. */
const EVERY_OPTION: TInstrumentInput = {
  code: 'test-every-option',
  titleTh: 'แบบประเมินทดสอบทุกรูปแบบ (ตัวอย่าง)',
  isSample: true,
  declaredShape: { dimensions: 2, indicators: 4 },
  descriptionTh: 'บรรทัดแรก\nบรรทัดที่สอง',
  dimensions: [
    {
      code: '1',
      titleTh: 'ด้านที่หนึ่ง',
      indicators: [
        {
          code: '1.1',
          textTh: 'ไม่มีหนี้ค้างชำระเกินกำหนด',
          guidanceTh: 'ตรวจจากทะเบียนลูกหนี้\nและสมุดบัญชี',
          evidenceTh: 'ทะเบียนลูกหนี้',
          evidenceRequired: true,
          answer: { type: 'yes_no', passWhen: 'no' },
          weight: 3,
          ledgerSource: null,
        },
        {
          code: '1.2',
          textTh: 'ระดับการมีส่วนร่วม',
          guidanceTh: '',
          evidenceTh: '',
          evidenceRequired: false,
          answer: { type: 'level', maxLevel: 4, passAtLeast: 3, levelLabelsTh: [] },
          weight: 1,
          ledgerSource: null,
        },
      ],
    },
    {
      code: '2',
      titleTh: 'ด้านที่สอง',
      indicators: [
        {
          code: '2.1',
          textTh: 'อัตราค้างชำระ',
          guidanceTh: '',
          evidenceTh: '',
          evidenceRequired: false,
          answer: { type: 'number', unitTh: 'ร้อยละ', decimals: 2, min: 0.5, max: 12.25 },
          weight: 2,
          ledgerSource: 'arrears_percent',
        },
        {
          code: '2.2',
          textTh: 'จำนวนสมาชิก',
          guidanceTh: '',
          evidenceTh: '',
          evidenceRequired: false,
          answer: { type: 'number', unitTh: '', decimals: 0, min: null, max: 1000 },
          weight: 1,
          ledgerSource: null,
        },
      ],
    },
  ],
  result: { kind: 'score', passPercent: 75 },
};

const inputOf = (body: Record<string, unknown>): TInstrumentInput => ({
  code: body.code as string,
  titleTh: body.titleTh as string,
  isSample: body.isSample as boolean,
  declaredShape: body.declaredShape as TInstrumentInput['declaredShape'],
  descriptionTh: body.descriptionTh as string,
  dimensions: body.dimensions as TInstrumentInput['dimensions'],
  result: body.result as TInstrumentInput['result'],
});

describe('assessment instruments', () => {
  let t: TestApp;
  let hq: TestClient;
  before(async () => {
    t = await startTestApp();
    hq = await t.as('demo.hq');
  });
  after(() => t.close());

  test('the sample instruments carry seed 004’s shapes and say they are samples', async () => {
    const gov = ok(await hq.post('/api/v1/assessment-instruments', SAMPLE_GOVERNANCE), 201).body;
    const ssg = ok(await hq.post('/api/v1/assessment-instruments', SAMPLE_SSG), 201).body;
    assert.equal(gov.shapeTh, '4 ด้าน 21 ตัวชี้วัด');
    assert.equal(ssg.shapeTh, '5 ด้าน 23 ตัวชี้วัด');
    for (const i of [gov, ssg]) {
      assert.equal(i.isSample, true);
      assert.match(i.titleTh, /\(ตัวอย่าง\)$/);
      assert.equal(i.version, 1);
    }
    const list = ok(await (await t.as('demo.officer')).get('/api/v1/assessment-instruments')).body;
    assert.deepEqual(
      list.items.map((i: { code: string }) => i.code),
      ['sample-governance', 'sample-ssg'],
    );
  });

  test('"5 ด้าน 23 ตัวชี้วัด" with 22 indicators is refused, naming both counts, and writes nothing', async () => {
    const dims = structuredClone(SAMPLE_SSG.dimensions);
    dims[4]!.indicators.pop();
    const res = await refused(
      t,
      () => hq.post('/api/v1/assessment-instruments', { ...SAMPLE_SSG, dimensions: dims }),
      422,
      /ระบุไว้ว่ามี 5 ด้าน 23 ตัวชี้วัด แต่เนื้อหามี 5 ด้าน 22 ตัวชี้วัด/,
      'declaredShape',
    );
    assert.equal(res.body.error.code, 'instrument_invalid');
  });

  test('other whole-instrument rules are named on their fields', async () => {
    const bad = structuredClone(EVERY_OPTION);
    bad.dimensions[1]!.indicators[1]!.code = '1.1';
    bad.dimensions[0]!.indicators[1]!.answer = { type: 'level', maxLevel: 2, passAtLeast: 3, levelLabelsTh: [] };
    bad.dimensions[1]!.indicators[1]!.ledgerSource = 'allocation_complete';
    const res = await refused(t, () => hq.post('/api/v1/assessment-instruments', bad), 422, /ซ้ำกัน/);
    const paths = res.body.error.issues.map((i: { path: string }) => i.path).sort();
    assert.deepEqual(paths, [
      'dimensions[0].indicators[1].answer.passAtLeast',
      'dimensions[1].indicators[1].code',
      'dimensions[1].indicators[1].ledgerSource',
    ]);
  });

  test('only the department defines instruments', async () => {
    for (const who of ['demo.province', 'demo.district']) {
      const c = await t.as(who); // logging in is audited: before the counts are taken
      await refused(t, () => c.post('/api/v1/assessment-instruments', EVERY_OPTION), 403, /ไม่มีสิทธิ์/);
    }
  });

  for (const original of [EVERY_OPTION, SAMPLE_SSG, SAMPLE_GOVERNANCE]) {
    test(`.xlsx round trip of ${original.code} is lossless`, async () => {
      const first = ok(await hq.post('/api/v1/assessment-instruments', original), 201).body;
      const res = await hq.getRaw(`/api/v1/assessment-instruments/${first.id}/instrument.xlsx`);
      assert.equal(res.status, 200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const imported = ok(await uploadXlsx(hq, '/api/v1/assessment-instruments/import', bytes), 201).body;
      assert.equal(imported.version, first.version + 1);
      assert.notEqual(imported.id, first.id);
      assert.deepEqual(inputOf(imported), inputOf(first));
      assert.deepEqual(inputOf(first), original);
    });
  }

  test('an imported workbook whose rows do not match its declared shape is refused with the same message', async () => {
    const created = ok(await hq.post('/api/v1/assessment-instruments', EVERY_OPTION), 201).body;
    const res = await hq.getRaw(`/api/v1/assessment-instruments/${created.id}/instrument.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    wb.getWorksheet('ตัวชี้วัด')!.spliceRows(5, 1); // drop indicator 2.2
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await refused(
      t,
      () => uploadXlsx(hq, '/api/v1/assessment-instruments/import', bytes),
      422,
      /ระบุไว้ว่ามี 2 ด้าน 4 ตัวชี้วัด แต่เนื้อหามี 2 ด้าน 3 ตัวชี้วัด/,
    );
    wb.getWorksheet('ตัวชี้วัด')!.getCell('H3').value = 'เลือกตอบ';
    const typo = new Uint8Array(await wb.xlsx.writeBuffer());
    await refused(
      t,
      () => uploadXlsx(hq, '/api/v1/assessment-instruments/import', typo),
      422,
      /ต้องเป็น ใช่\/ไม่ใช่ \/ ระดับ \/ ตัวเลข/,
      'ตัวชี้วัด!แถว 3 (ชนิดคำตอบ)',
    );
    await refused(
      t,
      () => uploadXlsx(hq, '/api/v1/assessment-instruments/import', new TextEncoder().encode('a,b'), 'x.csv'),
      415,
      /\.xlsx/,
    );
  });
});
