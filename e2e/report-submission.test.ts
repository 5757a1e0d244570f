// Browser journey over report collection (seed 001): ลำปาง asks its 13 districts for a report (set
// up through the API); เมืองลำปาง's head opens it from "รายงานที่ต้องส่ง", fills the fields, one
// table row and one photo, and submits; the province's matrix then shows เมืองลำปาง as on time.
// Deadlines are relative to today: the browser keeps cookies by the real clock.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addDays, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { LAMPANG_DISTRICTS } from '../src/modules/requests/request-fixtures.js';
import { expectStatus } from '../src/testing/savings-fixtures.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TITLE = 'รายงานผลการส่งเสริมการออม (ทดสอบ)';
// A real 1×1 PNG: the server decides the type from these bytes, not from the name.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let requestId: string;

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  const province = await served.t.as('demo.province');
  const res = await province.post('/api/v1/report-requests', {
    orgUnitId: '52',
    title: TITLE,
    instructions: 'รายงานผลการรณรงค์ให้สมาชิกเพิ่มเงินสัจจะสะสม ๕๐ บาท',
    deadline: addDays(todayInBangkok(systemClock), 2),
    addressedUnitIds: LAMPANG_DISTRICTS,
    send: true,
    fields: [
      { key: 'new_members', type: 'number', labelTh: 'สมาชิกใหม่ (คน)', required: true, sumInMatrix: true },
      { key: 'summary', type: 'text', multiline: true, labelTh: 'สรุปผลการดำเนินงาน', required: true },
      {
        key: 'groups',
        type: 'table',
        labelTh: 'กลุ่มที่เข้าร่วม',
        minRows: 1,
        columns: [
          { key: 'name', type: 'text', labelTh: 'ชื่อกลุ่ม', required: true },
          { key: 'deposit', type: 'money', labelTh: 'เงินฝากเพิ่ม', sumInMatrix: true },
        ],
      },
      { key: 'photos', type: 'photo', labelTh: 'ภาพกิจกรรม', required: true },
    ],
  });
  expectStatus(res, 201);
  requestId = res.body.id;
});
after(async () => {
  await browser?.close();
  await served?.close();
});

async function open(username: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  const page = await context.newPage();
  await loginAs(page, served.baseUrl, username);
  return page;
}

test(
  'a district fills and submits its report; the province matrix shows it on time',
  { timeout: 300_000 },
  async () => {
    const district = await open('demo.district', 1280, 900);
    await district.goto(`${served.baseUrl}/requests`);
    const item = district.getByTestId('inbox-item').filter({ hasText: TITLE });
    await item.waitFor();
    assert.equal(await item.getAttribute('data-reminder'), 'true'); // due in 2 days, not sent
    await district.getByTestId('reminders').waitFor();
    await district.screenshot({ path: artifactPath('report-inbox-1280.png'), fullPage: true });

    await item.getByTestId('open-submission').click();
    const form = district.getByTestId('answer-form');
    await form.waitFor();
    await form.getByTestId('answer-new_members').fill('12');
    await form.getByTestId('answer-summary').fill('รณรงค์ผ่านที่ประชุมประจำเดือนของกลุ่ม');
    await form.getByTestId('add-row-groups').click();
    await form.getByTestId('cell-groups-0-name').fill('กลุ่มออมทรัพย์เพื่อการผลิตบ้านทุ่ง');
    await form.getByTestId('cell-groups-0-deposit').fill('1,500.50');
    // A second row added and removed again: only one row is sent.
    await form.getByTestId('add-row-groups').click();
    await form.getByTestId('remove-row').nth(1).click();
    assert.equal(await form.getByTestId('table-row').count(), 1);
    await form.getByTestId('upload-photos').setInputFiles({ name: 'กิจกรรม.png', mimeType: 'image/png', buffer: PNG });
    await form.getByTestId('files-photos').getByTestId('attached-file').waitFor();
    // The upload refreshed the files without losing what was typed.
    assert.equal(await form.getByTestId('answer-new_members').inputValue(), '12');
    await form.getByTestId('save-answers').click();
    await district.getByText('บันทึกร่างไว้แล้ว (ยังไม่ส่ง)').waitFor();
    await district.screenshot({ path: artifactPath('report-fill-1280.png'), fullPage: true });
    await district.getByTestId('submit-report').click();
    await district.getByTestId('answers-view').waitFor();
    assert.equal(await district.locator('.rq-status').first().innerText(), 'ส่งตรงเวลา');

    const phone = await open('demo.district', 390, 844);
    await phone.goto(`${district.url()}`);
    await phone.getByTestId('answers-view').waitFor();
    assert.ok((await horizontalOverflow(phone)) <= 0, 'the report page scrolls sideways on a phone');
    await phone.screenshot({ path: artifactPath('report-submitted-390.png'), fullPage: true });

    const province = await open('demo.province', 1280, 900);
    await province.goto(`${served.baseUrl}/requests/${requestId}`);
    const row = province.getByTestId('matrix-row').filter({ hasText: 'เมืองลำปาง' });
    await row.waitFor();
    assert.equal(await row.locator('.rq-status').innerText(), 'ส่งตรงเวลา');
    const totals = province.getByTestId('matrix-totals');
    const total = async (key: string) => (await totals.locator(`[data-total=${key}] strong`).innerText()).trim();
    assert.deepEqual([await total('expected'), await total('on_time'), await total('missing')], ['13', '1', '12']);
    const sumRow = province.getByTestId('matrix-row').last();
    assert.match(await sumRow.innerText(), /1,500\.50/);
    await province.screenshot({ path: artifactPath('report-matrix-1280.png'), fullPage: true });

    const provincePhone = await open('demo.province', 390, 844);
    await provincePhone.goto(`${served.baseUrl}/requests/${requestId}`);
    await provincePhone.getByTestId('matrix').waitFor();
    assert.ok((await horizontalOverflow(provincePhone)) <= 0, 'the matrix scrolls sideways on a phone');
    await provincePhone.screenshot({ path: artifactPath('report-matrix-390.png'), fullPage: true });
  },
);
