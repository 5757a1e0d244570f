// Browser journey (issue 5): on a phone, the province links a plan KPI to a report request it sent to
// the 13 districts, two of which have submitted, and sees "๒ จาก ๑๓" counted by the system; it adds a
// manual KPI and records its actual. No sideways scroll at 390 px. Screenshots go to test-artifacts/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { addDays, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { ok, sampleProject, userIdOf } from '../src/modules/programs/programs.test-support.js';
import { createRequest } from '../src/modules/requests/request-fixtures.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
const REQUEST_TITLE = 'รายงานผลการส่งเสริมการออม (ทดสอบตัวชี้วัด)';

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let planId: string;

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  const { t } = served;
  const province = await t.as('demo.province');
  const staff = await t.as('demo.staff');
  const chain = [
    { role: 'proposer', signerUserId: await userIdOf(staff), positionLine: 'นักวิชาการพัฒนาชุมชนชำนาญการ' },
    { role: 'approver', signerUserId: await userIdOf(province), positionLine: 'พัฒนาการจังหวัดลำปาง' },
  ];
  const projectId = ok(
    await staff.post('/api/v1/projects', sampleProject(chain, { startsOn: TODAY, endsOn: addDays(TODAY, 120) })),
    201,
  ).body.id;
  planId = ok(await province.post(`/api/v1/projects/${projectId}/plans`, { nameTh: 'แผนรณรงค์การออม', steps: [] }), 201)
    .body.id;
  const request = await createRequest(province, {
    title: REQUEST_TITLE,
    fields: [{ key: 'new_members', type: 'number', labelTh: 'สมาชิกใหม่ (คน)', required: true }],
    deadline: addDays(TODAY, 30),
  });
  for (const [user, unit] of [
    ['demo.district', '5201'],
    ['demo.officer', '5205'],
  ] as const) {
    const c = await t.as(user);
    ok(
      await c.post(`/api/v1/report-submissions/${request.submissions.get(unit)}/submit`, {
        answers: { new_members: 4 },
      }),
    );
  }
});
after(async () => {
  await browser?.close();
  await served?.close();
});

test('plan KPIs on a phone: one counted from submissions, one recorded by hand', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'th-TH' });
  const page = await context.newPage();
  await loginAs(page, served.baseUrl, 'demo.province');
  await page.goto(`${served.baseUrl}/plans/${planId}`);
  const form = page.getByTestId('add-kpi-form');
  await form.waitFor();

  await form.getByTestId('kpi-text').fill('อำเภอที่ส่งรายงานผลการส่งเสริมการออม');
  await form.getByTestId('kpi-source-report').check();
  await form.getByTestId('kpi-request').locator('option', { hasText: REQUEST_TITLE }).waitFor({ state: 'attached' });
  await form.getByTestId('kpi-request').selectOption({ label: `${REQUEST_TITLE} (ส่งแล้ว ๒/๑๓)` });
  await form.getByTestId('kpi-unit').fill('อำเภอ');
  await form.getByTestId('kpi-save').click();
  const computed = page.getByTestId('kpi').first();
  await computed.waitFor();
  assert.match(await computed.getByTestId('kpi-progress').innerText(), /^๒ จาก ๑๓ อำเภอ/);
  assert.equal(await computed.getByTestId('kpi-source').innerText(), `ระบบคำนวณ จากการส่งรายงาน “${REQUEST_TITLE}”`);
  assert.equal(await computed.getByTestId('kpi-record').count(), 0);

  const next = page.getByTestId('add-kpi-form');
  await next.getByTestId('kpi-text').fill('ผู้เข้าร่วมกิจกรรม');
  await next.getByTestId('kpi-save').click();
  assert.match(await next.getByTestId('add-kpi-error').innerText(), /แก้ไข|กรุณา/);
  await next.getByTestId('kpi-target').fill('91');
  await next.getByTestId('kpi-unit').fill('คน');
  await next.getByTestId('kpi-save').click();
  const manual = page.getByTestId('kpi').nth(1);
  await manual.waitFor();
  assert.equal(await manual.getByTestId('kpi-source').innerText(), 'บันทึกเอง');
  await manual.getByTestId('kpi-record').click();
  await manual.getByTestId('kpi-actual-value').fill('45');
  await manual.getByTestId('kpi-actual-save').click();
  await manual.getByTestId('kpi-actual-form').waitFor({ state: 'detached' });
  assert.match(await manual.getByTestId('kpi-progress').innerText(), /^๔๕ จาก ๙๑ คน/);

  assert.equal(await horizontalOverflow(page), 0);
  await page.screenshot({ path: artifactPath('plan-kpis-390.png'), fullPage: true });
});
