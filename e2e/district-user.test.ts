// Browser journey: a district head logs in, sees only their district's people, creates one through
// the form, and every main page is screenshotted into test-artifacts/ with Thai text rendered in
// the locally served Sarabun font.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { artifactPath, launchChromium, serveTestApp } from './browser.js';

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await served?.close();
});

async function login(page: Page, username: string) {
  await page.goto(served.baseUrl + '/');
  const form = page.getByTestId('login-form');
  await form.getByRole('textbox', { name: 'ชื่อผู้ใช้' }).fill(username);
  await form.locator('input[type=password]').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.getByTestId('current-user').waitFor({ state: 'attached' }); // hidden in the phone menu
}

/** True when Sarabun (served by the app, not the system) has loaded and covers the page's Thai. */
async function thaiRendersInSarabun(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const sarabunLoaded = [...document.fonts].some(
      (f) => f.family.replace(/"/g, '') === 'Sarabun' && f.status === 'loaded',
    );
    const bodyFont = getComputedStyle(document.body).fontFamily;
    return sarabunLoaded && bodyFont.includes('Sarabun') && document.fonts.check('16px Sarabun', 'พัฒนาชุมชน');
  });
}

test('a district user sees only their district, in Thai, on every main page', { timeout: 120_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH' });
  await page.goto(served.baseUrl + '/');
  await page.getByTestId('login-form').waitFor();
  await page.screenshot({ path: artifactPath('01-login.png'), fullPage: true });

  await login(page, 'demo.district');
  await page.screenshot({ path: artifactPath('02-home.png'), fullPage: true });
  assert.ok(await thaiRendersInSarabun(page), 'Thai renders in the bundled Sarabun font');

  // The truth for this user, from the API with the same session the browser has.
  const api = await served.t.as('demo.district');
  const own = (await api.get('/api/v1/people?pageSize=200')).body as {
    total: number;
    items: { fullName: string; orgUnitId: string }[];
  };
  const province = await served.t.as('demo.province');
  const others = (
    (await province.get('/api/v1/people?orgUnitId=5205&pageSize=200')).body.items as { fullName: string }[]
  ).map((p) => p.fullName);
  assert.ok(others.length > 0);

  await page.goto(served.baseUrl + '/people');
  await page.getByTestId('people-table').waitFor();
  const rows = page.getByTestId('person-row');
  assert.equal(await rows.count(), own.total, 'every person of the district is listed');
  const text = await page.getByTestId('people-table').innerText();
  for (const p of own.items) assert.ok(text.includes(p.fullName), `${p.fullName} listed`);
  for (const name of others.filter((n) => !own.items.some((p) => p.fullName === n))) {
    assert.ok(!text.includes(name), `${name} of another district is not shown`);
  }
  assert.ok(!text.includes('อำเภองาว'));
  await page.screenshot({ path: artifactPath('03-people.png'), fullPage: true });

  // Create a person through the form, with a bad Thai ID first: the error shows inline in Thai.
  await page.getByTestId('people-add').click();
  const form = page.getByTestId('person-form');
  await form.waitFor();
  await form.getByRole('combobox', { name: 'คำนำหน้าชื่อ' }).selectOption('นางสาว');
  await form.getByRole('textbox', { name: 'ชื่อ' }).fill('ทดสอบ');
  await form.getByRole('textbox', { name: 'นามสกุล' }).fill('เบราว์เซอร์');
  await form.getByRole('textbox', { name: 'เลขประจำตัวประชาชน' }).fill('1111111111112');
  await page.getByTestId('person-save').click();
  await page.getByText('เลขประจำตัวประชาชนไม่ถูกต้อง').first().waitFor();
  await page.screenshot({ path: artifactPath('04-person-form-error.png'), fullPage: true });
  assert.equal((await api.get('/api/v1/people?pageSize=1')).body.total, own.total, 'the refused form wrote nothing');
  await form.getByRole('textbox', { name: 'เลขประจำตัวประชาชน' }).fill('1101700230708');
  await page.getByTestId('person-save').click();
  await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
  assert.equal((await api.get('/api/v1/people?pageSize=1')).body.total, own.total + 1);
  await page.screenshot({ path: artifactPath('05-person.png'), fullPage: true });

  await page.goto(served.baseUrl + '/org');
  await page.getByTestId('org-units-table').waitFor();
  await page.screenshot({ path: artifactPath('06-org.png'), fullPage: true });
  await page.goto(served.baseUrl + '/password');
  await page.getByTestId('password-form').waitFor();
  await page.screenshot({ path: artifactPath('07-password.png'), fullPage: true });

  const phone = await browser.newPage({ viewport: { width: 360, height: 780 }, locale: 'th-TH' });
  await login(phone, 'demo.district');
  await phone.goto(served.baseUrl + '/people');
  await phone.getByTestId('people-table').waitFor();
  await phone.screenshot({ path: artifactPath('08-people-phone.png'), fullPage: true });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling on a phone (${overflow}px)`);
});
