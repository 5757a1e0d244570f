// Browser journey (issue 7): the ลำปาง province officer starts a SMART Saving Group program from the
// programs list — a first try with bad input shows Thai messages under the fields and writes
// nothing — then runs ลำปาง's selection (the fund-centre leader first, each group with its reason),
// clears it after a confirmation that names the groups removed, runs it again and downloads the
// roll-up's workbook. On a desktop
// (1280) and a phone (390×844); no sideways scroll. Screenshots go to test-artifacts/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fiscalYear, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { readFile } from 'node:fs/promises';
import { SAMPLE_GOVERNANCE, SAMPLE_SSG } from '../src/modules/assessments/index.js';
import { rollupAsWorkbookShape, rollupFromWorkbook } from '../src/modules/assessments/assessments.fixtures.js';
import { registerGroup } from '../src/testing/savings-fixtures.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const LEADER = 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านแกนนำ (ทดสอบ)';
const TITLE = 'พัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group';

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  const { t } = served;
  const hq = await t.as('demo.hq');
  const province = await t.as('demo.province');
  const district = await t.as('demo.district');
  for (const i of [SAMPLE_GOVERNANCE, SAMPLE_SSG]) {
    const res = await hq.post('/api/v1/assessment-instruments', i);
    assert.equal(res.status, 201, JSON.stringify(res.body));
  }
  // Four level-3 groups in เมืองลำปาง; the last registered leads a fund-management centre.
  for (const n of [1, 2, 3]) {
    await registerGroup(district, { level: 3, foundedOn: '2015-03-06', nameTh: `กลุ่มออมทรัพย์บ้านที่ ${n} (ทดสอบ)` });
  }
  const leader = await registerGroup(district, { level: 3, foundedOn: '2015-03-06', nameTh: LEADER });
  const res = await province.post(`/api/v1/groups/${leader}/fund-centre`, {
    effectiveOn: '2020-10-01',
    leads: true,
    centreNameTh: 'ศูนย์จัดการกองทุนชุมชนตำบลพระบาท',
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
});
after(async () => {
  await browser?.close();
  await served?.close();
});

/** A dialog is shot as the screen shows it (a full-page shot would stretch the backdrop). */
async function shot(page: Page, name: string, fullPage = true) {
  assert.equal(await horizontalOverflow(page), 0, `${name} scrolls sideways`);
  await page.screenshot({ path: artifactPath(`assessment-program-${name}.png`), fullPage });
}

const count = async (table: 'assessment_program' | 'assessment_target') =>
  Number(
    (
      await served.t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A bad first try: Thai messages under the fields it names, the form's summary, nothing written. */
async function badTry(page: Page, label: string) {
  const form = page.getByTestId('program-form');
  await form.getByTestId('program-support').fill('สามพันบาท');
  await form.getByTestId('program-plan-target').fill('120');
  await form.getByTestId('program-report-days').fill('');
  await form.getByTestId('program-results-due').fill('31/2/2569');
  await form.getByTestId('program-save').click();
  await form.getByTestId('program-error').waitFor();
  assert.match(await form.getByTestId('program-error').innerText(), /กรุณาแก้ไขข้อมูลที่ระบุ/);
  const errors = await form.locator('.field__error').allInnerTexts();
  for (const m of [
    /กรุณากรอกชื่อกิจกรรม/,
    /จำนวนเงินไม่ถูกต้อง/,
    /กรุณากรอกจำนวนเต็มตั้งแต่ 0 ถึง 366/,
    /ร้อยละเป็นตัวเลข 0–100/,
    /กรุณาเลือกแบบประเมินอย่างน้อย 1 แบบ/,
  ]) {
    assert.ok(
      errors.some((e) => m.test(e)),
      `${label}: no message ${m} in ${JSON.stringify(errors)}`,
    );
  }
  assert.equal(errors.length, 6, `${label}: one message per bad field (the date too): ${JSON.stringify(errors)}`);
  assert.equal(await count('assessment_program'), 0, 'nothing is written');
}

test(
  'a province officer creates a program, runs, clears and re-runs its selection (desktop)',
  { timeout: 180_000 },
  async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'th-TH',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await loginAs(page, served.baseUrl, 'demo.province');
    await page.goto(`${served.baseUrl}/assessments`);
    await page.getByTestId('program-new').click();
    const form = page.getByTestId('program-form');
    await form.waitFor();
    const fy = String(fiscalYear(todayInBangkok(systemClock)));
    assert.equal(await form.getByTestId('program-fiscal-year').inputValue(), fy);
    assert.match(
      await form.getByTestId('program-fiscal-year').locator('option:checked').innerText(),
      new RegExp(`^ปีงบประมาณ ${fy} \\(1 ตุลาคม ${Number(fy) - 1} – 30 กันยายน ${fy}\\)$`),
    );
    await badTry(page, 'desktop');
    await shot(page, '1-errors-1280');

    await form.getByTestId('program-title').fill(TITLE);
    await form.getByTestId('program-support').fill('2,500.50');
    await form.getByTestId('program-plan-target').fill('60');
    await form.getByTestId('program-report-days').fill('7');
    await form.getByTestId('program-results-due').fill(`15/6/${fy}`);
    await form.getByTestId('quota-add').click();
    await form.getByTestId('quota-province-0').selectOption('52');
    await form.getByTestId('quota-value-0').fill('3');
    await form.getByRole('checkbox', { name: /ตามหลักธรรมาภิบาล/ }).check();
    await form.getByRole('checkbox', { name: /กระบวนการพัฒนา/ }).check();
    await form.getByTestId('program-save').click();
    await page.getByTestId('plan-indicator').waitFor();
    const row = await served.t.database.db.selectFrom('assessment_program').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual(
      [
        row.org_unit_id,
        row.fiscal_year,
        Number(row.support_per_group),
        row.quotas,
        row.plan_target_bp,
        row.report_days,
      ],
      ['52', Number(fy), 250050, { '52': 3 }, 6000, 7],
    );
    assert.equal(row.results_due_on, `${Number(fy) - 543}-06-15`);

    const lampang = page.getByTestId('selection-52');
    assert.equal(await lampang.getByTestId('selection-status').innerText(), 'ยังไม่ได้คัดเลือก (โควตา 3 กลุ่ม)');
    await lampang.getByTestId('select-52').click();
    await page.getByTestId('run-dialog-confirm').click();
    await lampang.getByTestId('selection-result').waitFor();
    assert.equal(
      await lampang.getByTestId('selection-result').innerText(),
      'คัดเลือก 3 กลุ่ม จากกลุ่มระดับเป้าหมาย 4 กลุ่ม (เป็นแกนนำศูนย์จัดการกองทุนชุมชน 1 กลุ่ม)',
    );
    const chosen = await lampang.getByTestId('chosen-group').allInnerTexts();
    assert.equal(chosen.length, 3);
    assert.match(
      chosen[0]!,
      new RegExp(`^${LEADER.replace(/[()]/g, '\\$&')} \\(.+\\) — ระดับ 3 และเป็นแกนนำศูนย์จัดการกองทุนชุมชน`),
    );
    assert.match(chosen[1]!, /ระดับ 3 อื่น ๆ — เงื่อนไขที่ 2/);
    await shot(page, '2-selected-1280');

    await lampang.getByTestId('clear-52').click();
    const dialog = page.getByTestId('clear-dialog');
    assert.match(await dialog.innerText(), /กลุ่มเป้าหมาย 3 กลุ่มต่อไปนี้จะถูกนำออกจากกิจกรรม/);
    assert.deepEqual(
      (await dialog.getByTestId('clear-list').locator('li').allInnerTexts()).map((s) => s.split(' (')[0]),
      chosen.map((s) => s.split(' (')[0]),
    );
    await page.getByTestId('clear-dialog-confirm').click();
    await dialog.getByText('กรุณาระบุเหตุผลที่ยกเลิกการคัดเลือก').waitFor();
    assert.equal(await count('assessment_target'), 3, 'no reason, nothing removed');
    await dialog.getByTestId('clear-reason').fill('ทบทวนบทบาทศูนย์จัดการกองทุนชุมชนของกลุ่ม');
    await shot(page, '3-clear-1280', false);
    await page.getByTestId('clear-dialog-confirm').click();
    await lampang.getByText('ยังไม่ได้คัดเลือก (โควตา 3 กลุ่ม)').waitFor();
    assert.equal(await count('assessment_target'), 0);

    await lampang.getByTestId('select-52').click();
    await page.getByTestId('run-dialog-confirm').click();
    await lampang.getByTestId('selection-result').waitFor();
    assert.equal(await count('assessment_target'), 3);

    // The roll-up's Excel download from the page holds what the page's JSON holds.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rollup-xlsx').click()]);
    assert.match(download.suggestedFilename(), /^สรุปผลการประเมิน SSG .*\.xlsx$/);
    const book = await rollupFromWorkbook(new Uint8Array(await readFile((await download.path())!)));
    const province = await served.t.as('demo.province');
    const json = (await province.get(`/api/v1/assessment-programs/${row.id}/rollup`)).body;
    assert.deepEqual(book, rollupAsWorkbookShape(json));
    assert.equal(book.totals.targets, 3);
    await context.close();
  },
);

test(
  'the same on a phone (390×844): the form with its messages and the selection fit the screen',
  { timeout: 120_000 },
  async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'th-TH',
      hasTouch: true,
    });
    const page = await context.newPage();
    await loginAs(page, served.baseUrl, 'demo.province');
    await page.goto(`${served.baseUrl}/assessments/new`);
    await page.getByTestId('program-form').waitFor();
    const programs = await count('assessment_program');
    await page.getByTestId('quota-add').click();
    const form = page.getByTestId('program-form');
    await form.getByTestId('program-support').fill('สามพันบาท');
    await form.getByTestId('program-save').click();
    await form.getByTestId('program-error').waitFor();
    assert.equal(await count('assessment_program'), programs, 'nothing is written');
    await shot(page, '4-errors-390');

    await page.goto(`${served.baseUrl}/assessments`);
    await page.getByTestId('program-link').first().click();
    const lampang = page.getByTestId('selection-52');
    await lampang.getByTestId('chosen-group').first().waitFor();
    await shot(page, '5-selected-390');
    await lampang.getByTestId('clear-52').click();
    await page.getByTestId('clear-dialog').getByTestId('clear-list').waitFor();
    await shot(page, '6-clear-390', false);
    await context.close();
  },
);
