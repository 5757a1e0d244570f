// Browser journey: the province administrator gives a person in อำเภอเกาะคา a login (district_staff
// at 5203), suspends and re-activates it; the new user is forced to change the temporary password and
// then sees only their district. The person page shows the record's history with Thai IDs masked.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { thaiIdCheckDigit } from '../src/kernel/thai-id.js';
import type { TestClient } from '../src/testing/test-app.js';
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

const KOH_KHA = '5203';
const USERNAME = 'kokha.staff';
const NEW_PASSWORD = 'kokha-new-password-2568';
const thaiId = (first12: string) => first12 + String(thaiIdCheckDigit(first12));
const FIRST_ID = thaiId('310170023070');
const SECOND_ID = thaiId('152030000123');

interface UserSummary {
  id: string;
  username: string;
  isActive: boolean;
  personId: string;
  roles: { role: string; orgUnitId: string }[];
}

async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto(served.baseUrl + '/');
  const form = page.getByTestId('login-form');
  await form.getByRole('textbox', { name: 'ชื่อผู้ใช้' }).fill(username);
  await form.locator('input[type=password]').fill(password);
  await form.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
}

async function accounts(api: TestClient): Promise<UserSummary[]> {
  const res = await api.get('/api/v1/users');
  assert.equal(res.status, 200);
  return res.body.items as UserSummary[];
}

test('a province admin creates a district login; the new user changes the password', { timeout: 180_000 }, async () => {
  const province = await served.t.as('demo.province');

  // An existing person in อำเภอเกาะคา, created and then edited through the API (for the history).
  const created = await province.post('/api/v1/people', {
    title: 'นางสาว',
    firstName: 'กนกวรรณ',
    lastName: 'เกาะคาทดสอบ',
    thaiId: FIRST_ID,
    positionCode: 'cd_worker',
    orgUnitId: KOH_KHA,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const personId = created.body.id as string;
  const edited = await province.patch(`/api/v1/people/${personId}`, {
    thaiId: SECOND_ID,
    phone: '0812345678',
    version: created.body.version,
  });
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  const before = await accounts(province);

  // --- The administrator creates the login in the browser.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH' });
  await login(page, 'demo.province');
  await page.getByTestId('current-user').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'ผู้ใช้งานระบบ' }).first().click();
  await page.waitForURL(/\/users$/);
  await page.getByTestId('users-table').waitFor();
  assert.equal(await page.getByTestId('user-row').count(), before.length, 'every account in scope is listed');

  await page.getByTestId('users-create').click();
  const form = page.getByTestId('user-create-form');
  await form.waitFor();

  // Nothing filled in: Thai errors beside the fields, nothing sent.
  await page.getByTestId('user-create-submit').click();
  await form.getByText('กรุณาเลือกบุคคล').first().waitFor();
  await form.getByText('ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษตัวเล็ก').first().waitFor();

  await page.getByTestId('person-search').fill('เกาะคาทดสอบ');
  const option = page.getByTestId('person-option').filter({ hasText: 'กนกวรรณ' });
  await option.waitFor();
  assert.match(await option.innerText(), /อำเภอเกาะคา/);
  await option.click();
  await page.getByTestId('person-chosen').waitFor();

  // A username already in use: the server's 409 lands on the username field.
  await form.getByRole('textbox', { name: 'ชื่อผู้ใช้' }).fill('demo.district');
  await page.getByTestId('user-generate-password').click();
  const passwordBox = form.getByRole('textbox', { name: 'รหัสผ่านชั่วคราว' });
  const temporary = await passwordBox.inputValue();
  assert.match(temporary, /^[A-Za-z0-9]{12}$/, 'a 12-character password is generated and shown');
  await page.getByTestId('user-generated-password').waitFor();
  await form.getByRole('combobox', { name: 'บทบาท', exact: true }).selectOption('district_staff');
  await form.getByRole('combobox', { name: 'หน่วยงาน', exact: true }).selectOption(KOH_KHA);
  await page.getByTestId('user-create-submit').click();
  await form.getByText('ชื่อผู้ใช้นี้มีอยู่แล้ว').first().waitFor();
  assert.equal((await accounts(province)).length, before.length, 'the refused form created nothing');

  await form.getByRole('textbox', { name: 'ชื่อผู้ใช้' }).fill(USERNAME);
  await page.getByTestId('user-create-submit').click();
  const done = page.getByTestId('user-created');
  await done.waitFor();
  assert.ok((await done.innerText()).includes(temporary), 'the temporary password is shown for handing over');

  const account = (await accounts(province)).find((u) => u.username === USERNAME);
  assert.ok(account, 'the account exists');
  assert.equal(account.personId, personId);
  assert.equal(account.isActive, true);
  assert.deepEqual(
    account.roles.map((r) => ({ role: r.role, orgUnitId: r.orgUnitId })),
    [{ role: 'district_staff', orgUnitId: KOH_KHA }],
  );

  const row = page.getByTestId('user-row').filter({ hasText: USERNAME });
  const rowText = await row.innerText();
  assert.match(rowText, /เจ้าหน้าที่สำนักงานพัฒนาชุมชนอำเภอ/);
  assert.match(rowText, /อำเภอเกาะคา/);
  assert.match(rowText, /ใช้งานอยู่/);
  const self = page.getByTestId('user-row').filter({ hasText: 'demo.province' });
  assert.equal(await self.getByTestId('user-toggle-active').count(), 0, 'no suspend button on one’s own account');
  await page.screenshot({ path: artifactPath('10-users.png'), fullPage: true });

  // Suspend (with confirmation), then re-activate.
  await row.getByTestId('user-toggle-active').click();
  const dialog = page.getByTestId('user-confirm');
  await dialog.getByText(`ระงับการใช้งานบัญชี ${USERNAME} หรือไม่`).waitFor();
  await page.getByTestId('user-confirm-confirm').click();
  await row.getByText('ระงับการใช้งาน', { exact: true }).first().waitFor();
  assert.equal((await accounts(province)).find((u) => u.username === USERNAME)?.isActive, false);
  await row.getByTestId('user-toggle-active').click();
  await page.getByTestId('user-confirm-confirm').click();
  await row.getByText('ใช้งานอยู่').waitFor();
  assert.equal((await accounts(province)).find((u) => u.username === USERNAME)?.isActive, true);

  // --- The new user: forced password change, then only อำเภอเกาะคา.
  const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH' });
  await login(fresh, USERNAME, temporary);
  const pwForm = fresh.getByTestId('password-form');
  await pwForm.waitFor();
  await fresh.getByText('กรุณาเปลี่ยนรหัสผ่านเริ่มต้นก่อนใช้งานระบบ').waitFor();
  await fresh.locator('#pw-current').fill(temporary);
  await fresh.locator('#pw-new').fill(NEW_PASSWORD);
  await fresh.locator('#pw-confirm').fill(NEW_PASSWORD);
  await pwForm.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }).click();
  await fresh.getByTestId('current-user').waitFor({ state: 'attached' });
  assert.match(await fresh.getByTestId('current-user').innerText(), /กนกวรรณ/);

  const asNew = served.t.client();
  assert.equal((await asNew.post('/api/v1/auth/login', { username: USERNAME, password: temporary })).status, 401);
  const loggedIn = await asNew.post('/api/v1/auth/login', { username: USERNAME, password: NEW_PASSWORD });
  assert.equal(loggedIn.status, 200);
  assert.equal(loggedIn.body.user.mustChangePassword, false);
  const own = (await asNew.get('/api/v1/people?pageSize=200')).body as { total: number; items: { fullName: string }[] };
  const inKohKha = (await province.get(`/api/v1/people?orgUnitId=${KOH_KHA}&pageSize=200`)).body.total as number;
  assert.equal(own.total, inKohKha, 'the API gives the new user exactly อำเภอเกาะคา');

  await fresh.goto(served.baseUrl + '/people');
  await fresh.getByTestId('people-table').waitFor();
  const rows = fresh.getByTestId('person-row');
  assert.equal(await rows.count(), own.total);
  for (const text of await rows.allInnerTexts()) assert.match(text, /อำเภอเกาะคา/);
  assert.match(await fresh.getByTestId('people-table').innerText(), /กนกวรรณ/);
  assert.doesNotMatch(await fresh.getByTestId('people-table').innerText(), /อำเภอเมืองลำปาง|อำเภองาว/);

  // --- History on the person page (as the administrator).
  await page.goto(`${served.baseUrl}/people/${personId}`);
  const history = page.getByTestId('person-history');
  await history.getByTestId('history-entry').nth(1).waitFor();
  const entries = await history.getByTestId('history-entry').allInnerTexts();
  assert.equal(entries.length, 2);
  assert.match(entries[0] ?? '', /^แก้ไข/);
  assert.match(entries[0] ?? '', /โทรศัพท์/);
  assert.match(entries[0] ?? '', /0812345678/);
  assert.match(entries[0] ?? '', /เลขประจำตัวประชาชน/);
  assert.match(entries[0] ?? '', /25\d\d/, 'a Buddhist-era year');
  assert.match(entries[1] ?? '', /^สร้าง/);
  const panel = await history.innerText();
  assert.ok(panel.includes(`${FIRST_ID[0]}-${FIRST_ID.slice(1, 5)}-xxxxx-xx-${FIRST_ID[12]}`), 'old ID masked');
  assert.ok(!panel.includes(FIRST_ID) && !panel.includes(SECOND_ID), 'no full Thai ID in the history');
  await history.scrollIntoViewIfNeeded();
  await history.screenshot({ path: artifactPath('11-person-history.png') });

  // --- The users page on a phone: no sideways scrolling.
  const phone = await browser.newPage({ viewport: { width: 360, height: 780 }, locale: 'th-TH' });
  await login(phone, 'demo.province');
  await phone.getByTestId('current-user').waitFor({ state: 'attached' });
  await phone.goto(served.baseUrl + '/users');
  await phone.getByTestId('users-table').waitFor();
  await phone.getByTestId('users-create').click();
  await phone.getByTestId('user-create-form').waitFor();
  await phone.screenshot({ path: artifactPath('12-users-phone.png'), fullPage: true });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling on a phone (${overflow}px)`);
});
