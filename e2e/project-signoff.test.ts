// Browser journey: a province officer drafts a project in the form, submits it, and the chain's
// four signers (two of them accounts created through the API) sign in turn until it is approved and
// numbered in the province's register. Screenshots at desktop and phone widths go to test-artifacts/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addDays, civilDate, fiscalYear, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { toThaiDigits } from '../src/kernel/thai-digits.js';
import { createSigner, userIdOf } from '../src/modules/programs/programs.test-support.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
const TITLE = 'ออมวันละบาท สร้างโอกาสที่ยั่งยืน (ทดสอบเบราว์เซอร์)';

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let signers: { endorser: string; checker: string; province: string };

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  const { t } = served;
  const province = await t.as('demo.province');
  const endorser = await createSigner(t, province, {
    username: 'wg2.director',
    firstName: 'นงลักษณ์',
    lastName: 'พรหมพอง',
    orgUnitId: '52-wg2',
    positionCode: 'work_group_director',
  });
  const checker = await createSigner(t, province, {
    username: 'wg1.director',
    firstName: 'ทิพย์วรรณ',
    lastName: 'แก้วทอง',
    orgUnitId: '52-wg1',
    positionCode: 'work_group_director',
  });
  signers = { endorser: endorser.id, checker: checker.id, province: await userIdOf(province) };
});
after(async () => {
  await browser?.close();
  await served?.close();
});

async function open(username: string, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  const page = await context.newPage();
  await loginAs(page, served.baseUrl, username);
  return page;
}

async function fillChainStep(page: Page, i: number, userId: string, position: string) {
  const step = page.getByTestId('chain-step').nth(i);
  await step.getByTestId('chain-signer').selectOption(userId);
  await step.getByTestId('chain-position').fill(position);
}

/** Opens the project as `username`, signs with a comment and waits for the next state. */
async function sign(url: string, username: string, button: 'action-sign' | 'action-submit', comment = '') {
  const page = await open(username);
  await page.goto(url);
  await page.getByTestId('signoff-actions').waitFor();
  if (comment) await page.getByTestId('signoff-comment').fill(comment);
  await page.getByTestId(button).click();
  await page.getByTestId('toast').first().waitFor();
  return page;
}

test('a project goes from the form through four signatures to approval', { timeout: 300_000 }, async () => {
  const staff = await open('demo.staff');
  await staff.getByRole('link', { name: 'โครงการ' }).first().click();
  await staff.getByTestId('project-new').click();
  const form = staff.getByTestId('project-form');
  await form.waitFor();
  await staff.getByTestId('project-title').fill(TITLE);
  await staff.getByTestId('project-rationale').fill('เพื่อส่งเสริมวินัยการออมให้กับข้าราชการในสังกัด ตามคุณธรรมเป้าหมาย “วินัย”');
  await staff.getByTestId('objectives-0').fill('เพื่อส่งเสริมวินัยการออมให้กับข้าราชการในสังกัด');
  await staff.getByTestId('objectives-add').click();
  await staff.getByTestId('objectives-1').fill('เพื่อช่วยเหลือครัวเรือนเป้าหมายให้มีคุณภาพชีวิตที่ดีขึ้น');
  await staff.getByTestId('methods-0').fill('ชี้แจงโครงการและแจกกระปุกออมสิน');
  await staff.getByTestId('project-starts').fill(TODAY);
  await staff.getByTestId('project-ends').fill(addDays(TODAY, 120));
  await staff.getByTestId('project-target').fill('ข้าราชการและเจ้าหน้าที่ ๙๑ คน');
  await staff.getByTestId('project-location').fill('สำนักงานพัฒนาชุมชนจังหวัดลำปาง');
  await staff.getByTestId('expectedResults-0').fill('ข้าราชการในสังกัดมีวินัยในการออม');
  const quantity = staff.getByTestId('indicator-quantitative');
  await quantity.getByTestId('indicator-text').fill('ผู้เข้าร่วมโครงการ');
  await quantity.getByTestId('indicator-target').fill('91');
  await quantity.getByTestId('indicator-unit').fill('คน');
  await staff.getByTestId('indicator-qualitative').getByTestId('indicator-text').fill('ข้าราชการมีวินัยในการออม');
  await staff.getByText('ใสสะอาด มิติที่ ๔', { exact: false }).click();
  await staff.getByTestId('chain-add').click();
  await staff.getByTestId('chain-add').click();
  await staff.getByTestId('chain-step').nth(2).getByTestId('chain-role').selectOption('checker');
  await staff.getByTestId('chain-step').nth(0).getByTestId('chain-position').fill('นักวิชาการพัฒนาชุมชนชำนาญการ');
  await fillChainStep(staff, 1, signers.endorser, 'ผู้อำนวยการกลุ่มงานสารสนเทศการพัฒนาชุมชน');
  await fillChainStep(staff, 2, signers.checker, 'ผู้อำนวยการกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน');
  await fillChainStep(staff, 3, signers.province, 'พัฒนาการจังหวัด ปฏิบัติราชการแทน\nผู้ว่าราชการจังหวัดลำปาง');
  await staff.screenshot({ path: artifactPath('project-form-1280.png'), fullPage: true });
  await staff.getByTestId('project-save').click();

  await staff.getByTestId('project-document').waitFor();
  const url = staff.url();
  assert.match(url, /\/projects\/[0-9a-f-]{36}$/);
  assert.equal(await staff.getByTestId('project-status').innerText(), 'ร่าง');
  await staff.getByTestId('action-submit').click();
  await staff.getByTestId('signoff-waiting').waitFor();
  assert.equal(await staff.getByTestId('project-status').innerText(), 'รอลงนาม');

  await sign(url, 'wg2.director', 'action-sign', 'เห็นชอบ');
  await sign(url, 'wg1.director', 'action-sign');
  const province = await open('demo.province');
  await province.goto(url);
  await province.getByTestId('action-sign').filter({ hasText: 'อนุมัติโครงการ' }).click();
  await province.getByText('อนุมัติแล้ว').first().waitFor();
  const number = toThaiDigits(`1/${fiscalYear(civilDate(TODAY))}`);
  assert.equal(await province.getByTestId('project-number').innerText(), number);
  assert.equal(await province.getByTestId('signoff-step').count(), 4);
  assert.equal(await province.locator('.pg-chain__step--signed').count(), 4);
  assert.match(await province.getByTestId('signoff-history').innerText(), /เห็นชอบ/);
  assert.equal(
    await province.getByTestId('project-pdf').getAttribute('href'),
    `${new URL(url).pathname.replace('/projects', '/api/v1/projects')}/form.pdf`,
  );
  await province.screenshot({ path: artifactPath('project-approved-1280.png'), fullPage: true });

  const phone = await open('demo.province', 390, 844);
  await phone.goto(url);
  await phone.getByTestId('project-document').waitFor();
  assert.equal(await horizontalOverflow(phone), 0);
  await phone.screenshot({ path: artifactPath('project-approved-390.png'), fullPage: true });
  await phone.goto(`${served.baseUrl}/projects`);
  await phone.getByTestId('project-row').first().waitFor();
  assert.match(await phone.getByTestId('project-row').first().innerText(), new RegExp(number));
  assert.equal(await horizontalOverflow(phone), 0);
  await phone.screenshot({ path: artifactPath('projects-list-390.png'), fullPage: true });

  // Its plan: one step already late (by the server's clock), one done, one ahead.
  const projectId = url.split('/').at(-1)!;
  const api = await served.t.as('demo.province');
  const plan = await api.post(`/api/v1/projects/${projectId}/plans`, {
    nameTh: 'แผนการดำเนินงานโครงการออมวันละบาท',
    steps: [
      { nameTh: 'ชี้แจงโครงการ', ownerUnitId: '52-wg2', startsOn: addDays(TODAY, -20), dueOn: addDays(TODAY, -10) },
      { nameTh: 'แจกกระปุกออมสิน', ownerUnitId: '52-wg2', startsOn: addDays(TODAY, -15), dueOn: addDays(TODAY, -5) },
      {
        nameTh: 'สรุปผลการดำเนินงาน',
        ownerUnitId: '52',
        ownerNote: 'ทุกอำเภอ',
        startsOn: TODAY,
        dueOn: addDays(TODAY, 90),
      },
    ],
  });
  assert.equal(plan.status, 201, JSON.stringify(plan.body));
  const planUrl = `${served.baseUrl}/plans/${plan.body.id}`;
  await province.goto(planUrl);
  await province.getByTestId('plan-timeline').waitFor();
  // Two steps are late until the second is marked done; then only the first stays flagged.
  await province.getByTestId('step-overdue').nth(1).waitFor();
  await province.getByTestId('step-status').nth(1).selectOption('done');
  await province.waitForFunction(() => document.querySelectorAll('[data-testid=step-overdue]').length === 1);
  assert.equal(await province.getByTestId('step-overdue').count(), 1);
  assert.equal(await province.locator('[data-testid=timeline-row][data-overdue]').count(), 1);
  await province.screenshot({ path: artifactPath('project-plan-1280.png'), fullPage: true });
  await phone.goto(planUrl);
  await phone.getByTestId('plan-timeline').waitFor();
  assert.equal(await phone.getByTestId('step-overdue').count(), 1);
  assert.equal(await horizontalOverflow(phone), 0);
  await phone.screenshot({ path: artifactPath('project-plan-390.png'), fullPage: true });
});
