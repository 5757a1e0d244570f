import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultProgramValues,
  fiscalYearChoices,
  issueFor,
  newQuotaRow,
  quotaRowIssue,
  toProgramInput,
  type ProgramValues,
} from './program-form-model.js';

const INSTRUMENT = '5b0c7f0e-1111-4a4a-8888-000000000001';

function seed004(): ProgramValues {
  return {
    ...defaultProgramValues('TH', '2021-04-20'),
    titleTh: '  พัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group ',
    quotas: [
      { ...newQuotaRow(), provinceId: '56', quota: '12' },
      newQuotaRow(), // added and left blank: ignored
    ],
    resultsDueOn: '15/6/2564',
    instrumentIds: [INSTRUMENT],
  };
}

test('seed 004 as typed: Buddhist-era fiscal year, baht to satang, per cent to basis points, BE date to ISO', () => {
  const v = seed004();
  assert.equal(v.fiscalYear, '2564', 'April 2021 is in ปีงบประมาณ 2564');
  assert.deepEqual(toProgramInput(v), {
    input: {
      orgUnitId: 'TH',
      titleTh: 'พัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group',
      fiscalYear: 2564,
      instrumentIds: [INSTRUMENT],
      targetLevel: 3,
      defaultQuota: 10,
      quotas: { '56': 12 },
      supportPerGroup: 300000,
      reportDays: 7,
      planTargetBp: 6000,
      resultsDueOn: '2021-06-15',
    },
    issues: [],
  });
});

test('satang amounts and fractional per cents are kept exactly; no results date is null', () => {
  const r = toProgramInput({ ...seed004(), supportPerGroup: '2,999.99', planTarget: '62.5', resultsDueOn: ' ' });
  assert.equal(r.input?.supportPerGroup, 299999);
  assert.equal(r.input?.planTargetBp, 6250);
  assert.equal(r.input?.resultsDueOn, null);
});

test('the fiscal years offered are named in พ.ศ. and run 1 October – 30 September', () => {
  assert.deepEqual(fiscalYearChoices('2025-10-01')[1], { value: '2569', start: '2025-10-01', end: '2026-09-30' });
  assert.deepEqual(
    fiscalYearChoices('2025-09-30').map((c) => c.value),
    ['2567', '2568', '2569', '2570'],
  );
});

test('bad input gives a Thai message on each field it names and no input to send', () => {
  const v: ProgramValues = {
    ...seed004(),
    titleTh: '   ',
    defaultQuota: '-1',
    quotas: [
      { ...newQuotaRow(), provinceId: '56', quota: 'สิบ' },
      { ...newQuotaRow(), provinceId: '56', quota: '3' },
      { ...newQuotaRow(), provinceId: '', quota: '4' },
    ],
    supportPerGroup: '3,000.005',
    reportDays: '400',
    planTarget: '120',
    resultsDueOn: '31/2/2564',
    instrumentIds: [],
  };
  const { input, issues } = toProgramInput(v);
  assert.equal(input, null);
  const thai = /[\u0e00-\u0e7f]/;
  for (const i of issues) assert.match(i.messageTh, thai, i.path);
  assert.deepEqual(
    issues.map((i) => i.path),
    [
      'titleTh',
      'defaultQuota',
      'quotas.56',
      'quotas[1]',
      'quotas[2]',
      'supportPerGroup',
      'reportDays',
      'planTargetBp',
      'resultsDueOn',
      'instrumentIds',
    ],
  );
  assert.equal(issueFor(issues, 'titleTh'), 'กรุณากรอกชื่อกิจกรรม');
  assert.equal(issueFor(issues, 'reportDays'), 'กรุณากรอกจำนวนเต็มตั้งแต่ 0 ถึง 366');
  assert.equal(issueFor(issues, 'instrumentIds'), 'กรุณาเลือกแบบประเมินอย่างน้อย 1 แบบ');
  assert.match(issueFor(issues, 'supportPerGroup')!, /ทศนิยม|จำนวนเงิน/);
  assert.deepEqual(
    v.quotas.map((_, i) => quotaRowIssue(issues, v.quotas, i)),
    ['กรุณากรอกจำนวนเต็มตั้งแต่ 0 ถึง 1000', 'ระบุจังหวัดนี้ซ้ำ', 'กรุณาเลือกจังหวัดของโควตานี้'],
  );
});

test('an empty support amount is asked for, not taken as 0 baht', () => {
  assert.deepEqual(
    toProgramInput({ ...seed004(), supportPerGroup: '' }).issues.map((i) => [i.path, i.messageTh]),
    [['supportPerGroup', 'กรุณากรอกงบสนับสนุนต่อกลุ่ม (ใส่ 0 ถ้าไม่มี)']],
  );
  assert.equal(toProgramInput({ ...seed004(), supportPerGroup: '0' }).input?.supportPerGroup, 0);
});

test('the server’s paths land on the same fields: schema ("instrumentIds.0") and rule ("instrumentIds[0]") shapes', () => {
  const server = [
    { path: 'instrumentIds[1]', messageTh: 'ไม่พบแบบประเมินที่ระบุ', messageEn: '' },
    { path: 'quotas.10', messageTh: '10 ไม่ใช่จังหวัดในความรับผิดชอบของหน่วยงานนี้', messageEn: '' },
    { path: 'fiscalYear', messageTh: 'ต้องไม่น้อยกว่า 2500', messageEn: '' },
  ];
  assert.equal(issueFor(server, 'instrumentIds'), 'ไม่พบแบบประเมินที่ระบุ');
  assert.equal(issueFor([{ ...server[0]!, path: 'instrumentIds.0' }], 'instrumentIds'), 'ไม่พบแบบประเมินที่ระบุ');
  assert.equal(quotaRowIssue(server, [{ uid: 1, provinceId: '10', quota: '1' }], 0), server[1]!.messageTh);
  assert.equal(issueFor(server, 'fiscalYear'), 'ต้องไม่น้อยกว่า 2500');
  assert.equal(issueFor(server, 'fiscal'), undefined, 'a prefix that is not a whole segment does not match');
});
