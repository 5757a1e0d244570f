// Browser journey (issue 7): on a tablet (820×1180), a district officer opens the SMART Saving Group
// program, records the forum with a level-3 group (date, place, 15 participants, the review), assesses
// it with both sample instruments — the indicators the books know come prefilled — attaches the
// required evidence, signs off, writes the development plan for the two indicators it failed,
// adopts it and reports to the province within the week. No sideways scroll. Screenshots go to
// test-artifacts/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addDays, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { SAMPLE_GOVERNANCE, SAMPLE_SSG } from '../src/modules/assessments/index.js';
import { joinMembers, registerGroup, write } from '../src/testing/savings-fixtures.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
const GROUP = 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านป่าตึง (ทดสอบ)';
/** Answered "ไม่ใช่" at the forum: the plan gets one item for each. */
const FAILED = ['2.3', 'M3'];
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let programId: string;

function ok<T extends { status: number; body: unknown }>(res: T, status = 200): T {
  assert.equal(res.status, status, JSON.stringify(res.body));
  return res;
}

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  const { t } = served;
  const hq = await t.as('demo.hq');
  const province = await t.as('demo.province');
  const district = await t.as('demo.district');
  const ids = [];
  for (const i of [SAMPLE_GOVERNANCE, SAMPLE_SSG])
    ids.push(ok(await hq.post('/api/v1/assessment-instruments', i), 201).body.id);
  // A level-3 group whose books answer the ledger indicators: 16 members, a chair and a treasurer,
  // and a meeting day three days ago.
  const g = await registerGroup(district, { level: 3, foundedOn: '2015-03-06', nameTh: GROUP });
  await joinMembers(district, g, 16, { joinedOn: addDays(TODAY, -40), pledge: 10000 });
  for (const [memberNo, role] of [
    [1, 'chair'],
    [2, 'treasurer'],
  ] as const) {
    ok(
      await district.post(`/api/v1/groups/${g}/committee-seats`, {
        committee: 'executive',
        role,
        memberNo,
        termStart: addDays(TODAY, -365),
        termEnd: addDays(TODAY, 365),
      }),
      201,
    );
  }
  ok(
    await write(district, `/api/v1/groups/${g}/meeting-days`, {
      postedOn: addDays(TODAY, -3),
      rows: Array.from({ length: 16 }, (_, i) => ({ memberNo: i + 1, pledge: 10000 })),
    }),
    201,
  );
  programId = ok(
    await province.post('/api/v1/assessment-programs', {
      orgUnitId: '52',
      titleTh: 'พัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group',
      fiscalYear: 2569,
      instrumentIds: ids,
      defaultQuota: 10,
      supportPerGroup: 300000,
    }),
    201,
  ).body.id;
  ok(await province.post(`/api/v1/assessment-programs/${programId}/selection`, {}));
});
after(async () => {
  await browser?.close();
  await served?.close();
});

async function shot(page: Page, name: string) {
  assert.equal(await horizontalOverflow(page), 0, `${name} scrolls sideways`);
  await page.screenshot({ path: artifactPath(`assessment-${name}.png`), fullPage: true });
}

/** Answers every indicator of one instrument card the books do not answer, then saves it. */
async function answer(page: Page, instrument: { code: string; dimensions: typeof SAMPLE_SSG.dimensions }) {
  for (const x of instrument.dimensions.flatMap((d) => d.indicators)) {
    const row = page.getByTestId(`indicator-${x.code}`);
    if (x.ledgerSource) {
      // Prefilled from the books, with what they say; the officer leaves it.
      assert.match(await row.getByTestId(`books-${x.code}`).innerText(), /จากระบบบัญชี/);
      continue;
    }
    if (x.answer.type === 'yes_no') {
      await row.getByRole('radio', { name: FAILED.includes(x.code) ? 'ไม่ใช่' : 'ใช่', exact: true }).check();
    } else if (x.answer.type === 'level') {
      await row.getByTestId(`answer-${x.code}`).selectOption('3');
    }
    if (x.evidenceRequired) {
      await row
        .getByTestId(`evidence-${x.code}`)
        .setInputFiles({ name: 'หลักฐาน.jpg', mimeType: 'image/jpeg', buffer: JPEG });
      await row.getByRole('link', { name: 'หลักฐาน.jpg' }).waitFor();
    }
  }
  await page.getByTestId(`answers-save-${instrument.code}`).click();
  // Saved when the score no longer counts unanswered indicators (a toast of the previous save may still show).
  const score = page.getByTestId(`score-${instrument.code}`);
  await page.waitForFunction((el) => el && !/ยังไม่ประเมิน/.test(el.textContent ?? ''), await score.elementHandle());
}

test('a district officer records a forum and its plan on a tablet', { timeout: 240_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'th-TH' });
  const page = await context.newPage();
  await loginAs(page, served.baseUrl, 'demo.district');
  await page.goto(`${served.baseUrl}/assessments`);
  await page.getByTestId('program-link').click();
  await page.getByTestId('plan-indicator').waitFor();
  assert.match(await page.getByTestId('plan-indicator').innerText(), /ร้อยละ 0\.00/);
  assert.equal(await page.getByTestId('run-selection').count(), 0, 'the province selects, not the district');
  const target = page.getByTestId('target-row').filter({ hasText: GROUP });
  assert.match(await target.innerText(), /ระดับ 3 อื่น ๆ — เงื่อนไขที่ 2/);
  await shot(page, '1-program');
  await target.getByTestId('target-link').click();

  const form = page.getByTestId('forum-form');
  await form.waitFor();
  await form.getByTestId('forum-held-on').fill(TODAY);
  await form.getByTestId('forum-place').fill('ศาลาเอนกประสงค์บ้านป่าตึง');
  await form.getByTestId('forum-count').fill('15');
  await form.getByTestId('forum-participants').fill('นางสมศรี ใจดี - ประธานกลุ่ม\nนายประเสริฐ คำปัน - เหรัญญิก');
  await form.getByTestId('review-rules').fill('ระเบียบปรับปรุงปี 2567 สมาชิกรับรองแล้ว');
  await form.getByTestId('review-allocation').fill('จัดสรรกำไรตามระเบียบ ปันผลร้อยละ 60');
  await form.getByTestId('forum-save').click();
  await page.getByTestId('indicator-M1').waitFor();
  assert.match(await page.getByTestId('books-M1').innerText(), /บันทึกบัญชีล่าสุดวันที่ .* \(3 วันก่อนวันจัดเวที\)/);
  assert.match(await page.getByTestId('books-3.1').innerText(), /สมาชิก 16 คน/);

  await answer(page, SAMPLE_GOVERNANCE);
  await answer(page, SAMPLE_SSG);
  assert.match(await page.getByTestId('score-sample-ssg').innerText(), /ไม่ผ่าน 1/);
  await shot(page, '2-answers');

  await page.getByTestId('forum-sign').click();
  await page.getByTestId('forum-confirm').getByRole('button', { name: 'ลงนามรับรองผลการประเมิน' }).click();
  const editor = page.getByTestId('plan-editor');
  await editor.waitFor();
  assert.equal(await editor.locator('[data-testid^="plan-item-"]').count(), 2);
  for (const [n, action] of [
    [1, 'คณะกรรมการตรวจสอบตรวจบัญชีทุกไตรมาส'],
    [2, 'จัดทำงบดุลและงบกำไรขาดทุนประจำปี'],
  ] as const) {
    await editor.getByTestId(`item-action-${n}`).fill(action);
    await editor.getByTestId(`item-owner-${n}`).fill('คณะกรรมการกลุ่ม');
    await editor.getByTestId(`item-due-${n}`).fill(addDays(TODAY, 60));
    await editor.getByTestId(`item-cost-${n}`).fill('1,500.00');
  }
  await shot(page, '3-plan');
  await editor.getByTestId('plan-adopt').click();
  await page.getByTestId('plan-adopted').waitFor();

  await page.getByTestId('forum-report').click();
  await page.getByTestId('forum-confirm').getByRole('button', { name: 'รายงานผลให้จังหวัด' }).click();
  await page.getByText('ส่งตรงเวลา').first().waitFor();
  await shot(page, '4-reported');

  await page
    .getByRole('link', { name: /พัฒนาศักยภาพกลุ่มออมทรัพย์/ })
    .first()
    .click();
  await page.getByTestId('plan-indicator').waitFor();
  await page.getByText('ร้อยละ 100.00').first().waitFor();
  assert.equal(await page.getByTestId('plan-indicator-met').innerText(), 'บรรลุเป้าหมาย');
  await shot(page, '5-rollup');
  await context.close();
});
