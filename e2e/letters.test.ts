// Browser journey over หนังสือราชการ: the Lampang province office composes a circular to two of its
// districts, previews one merged copy, saves and issues it (two register numbers), and the district
// finds its copy under หนังสือเข้า, reads it and enters it in its receive register (ลงรับ).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const SUBJECT = 'ขอเชิญประชุมคณะกรรมการกลุ่มออมทรัพย์เพื่อการผลิต ประจำเดือน';

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

async function newPage(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'th-TH' });
  return context.newPage();
}

// A required field's label ends with a " *" mark.
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace('.', '\\.')}( \\*)?$`));

test('the province composes, previews and issues a mail-merged letter; the district receives it', async () => {
  const page = await newPage(1280, 900);
  await loginAs(page, served.baseUrl, 'demo.province');
  await page.getByRole('link', { name: 'หนังสือราชการ' }).first().click();
  await page.getByTestId('tab-outgoing').waitFor();
  await page.getByTestId('letter-new').click();
  await page
    .getByTestId('letter-form')
    .waitFor()
    .catch(async (e: unknown) => {
      await page.screenshot({ path: artifactPath('letters-failure.png'), fullPage: true });
      throw e;
    });

  await field(page, 'ส่วนราชการเจ้าของหนังสือ').fill('สำนักงานพัฒนาชุมชนจังหวัดลำปาง');
  await field(page, 'ที่ตั้ง').fill('ถนนวิชิตสงครามดำเนิน ลป 52000');
  await page.getByTestId('letter-subject').fill(SUBJECT);
  await page.getByTestId('letter-salutation-input').fill('พัฒนาการอำเภอ{ชื่ออำเภอ}');
  await page
    .getByTestId('letter-body')
    .fill('ด้วยสำนักงานพัฒนาชุมชนจังหวัดลำปาง ขอเชิญอำเภอ{ชื่ออำเภอ}เข้าร่วมประชุม\n\nจึงเรียนมาเพื่อโปรดทราบ');
  const signer = page.getByTestId('letter-signer');
  await signer.locator('option:nth-child(2)').waitFor({ state: 'attached' });
  await signer.selectOption({ index: 1 });
  await field(page, 'ตำแหน่ง').fill('พัฒนาการจังหวัดลำปาง');
  await field(page, 'ส่วนราชการเจ้าของเรื่อง').fill('กลุ่มงานสารสนเทศการพัฒนาชุมชน');
  await field(page, 'โทร.').fill('0 5426 5055');
  const picker = page.getByTestId('addressee-picker');
  await picker.getByLabel('อำเภอเมืองลำปาง').check();
  await picker.getByLabel('อำเภองาว').check();

  await page.getByTestId('letter-preview').click();
  await page.getByTestId('letter-sheet').waitFor();
  // Copies follow the picker's (Thai alphabetical) order: งาว before เมืองลำปาง.
  assert.equal(await page.getByTestId('letter-salutation').textContent(), 'พัฒนาการอำเภองาว');
  await page.screenshot({ path: artifactPath('letters-compose.png'), fullPage: true });

  await page.getByTestId('letter-save').click();
  await page.getByTestId('letter-issue').click();
  await page.getByTestId('letter-issue-dialog-confirm').click();
  const copies = page.getByTestId('letter-copy-row');
  await copies.nth(1).waitFor();
  assert.deepEqual(
    (await copies.allTextContents()).map((t) => [t.match(/ลป ๐๐๑๙\/[๐-๙]+/)?.[0], t.includes('เมืองลำปาง')]),
    [
      ['ลป ๐๐๑๙/๑', false],
      ['ลป ๐๐๑๙/๒', true],
    ],
  );
  await page.screenshot({ path: artifactPath('letters-issued.png'), fullPage: true });

  await page.getByRole('link', { name: 'ทะเบียนหนังสือส่ง' }).first().click();
  const register = page.getByTestId('letter-register-row');
  await register.nth(1).waitFor();
  assert.equal(await register.count(), 2);

  // The district, on a phone.
  const phone = await newPage(390, 844);
  await loginAs(phone, served.baseUrl, 'demo.district');
  await phone.goto(`${served.baseUrl}/letters/inbox`);
  const row = phone.getByTestId('letter-inbox-row');
  await row.first().waitFor();
  assert.equal(await row.count(), 1);
  assert.ok((await row.first().textContent())?.includes(SUBJECT));
  await row.first().getByRole('link', { name: 'ลป ๐๐๑๙/๒' }).click();
  await phone.getByTestId('letter-sheet').waitFor();
  assert.equal(await phone.getByTestId('letter-salutation').textContent(), 'พัฒนาการอำเภอเมืองลำปาง');
  await phone.getByTestId('letter-receive').click();
  await phone.getByTestId('letter-receive-dialog-confirm').click();
  await phone.getByText('ลงรับแล้ว เลขรับที่ 1').waitFor();
  assert.equal(await horizontalOverflow(phone), 0);
  await phone.screenshot({ path: artifactPath('letters-district-phone.png'), fullPage: true });
});
