// Browser journeys over the UI for APIs that only had tests: ลำปาง reopens a draft report request in
// the form builder (a server error shows beside its field) and saves it with PUT; sets เมืองลำปาง's
// book code on the letters page, after which the district's compose page previews its number; and
// addresses a letter to a subdistrict found by name, beyond the units directly under the province.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addDays, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { expectStatus } from '../src/testing/savings-fixtures.js';
import { artifactPath, expectSubmitted, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TITLE = 'รายงานผลการอบรมกลุ่มอาชีพ (ร่าง)';
const EDITED = 'รายงานผลการอบรมกลุ่มอาชีพ ไตรมาสที่ ๒';

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
    deadline: addDays(todayInBangkok(systemClock), 10),
    addressedUnitIds: ['5201', '5202', '5203'],
    fields: [
      { key: 'trained', type: 'number', labelTh: 'ผู้ผ่านการอบรม (คน)', required: true, sumInMatrix: true },
      {
        key: 'kind',
        type: 'choice',
        labelTh: 'ประเภทกลุ่ม',
        options: [
          { value: 'agri', labelTh: 'เกษตร' },
          { value: 'craft', labelTh: 'หัตถกรรม' },
        ],
      },
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

test('the province reopens a draft request in the builder, sees an error beside its field and saves', async () => {
  const page = await open('demo.province', 1280, 900);
  await page.goto(`${served.baseUrl}/requests/${requestId}`);
  await page.getByTestId('request-edit').click();
  const title = page.getByTestId('request-title');
  await title.waitFor();
  assert.equal(await title.inputValue(), TITLE);
  const first = page.getByTestId('field-editor').first();
  assert.equal(await first.getByTestId('field-label').inputValue(), 'ผู้ผ่านการอบรม (คน)');
  assert.equal(
    await page.getByTestId('field-editor').nth(1).getByTestId('field-options').inputValue(),
    'เกษตร\nหัตถกรรม',
  );

  // An empty label is refused by the server and named beside that field.
  await first.getByTestId('field-label').fill('');
  await page.getByTestId('save-draft').click();
  await first.locator('.field--error .field__error').waitFor();
  await page.screenshot({ path: artifactPath('request-edit-error.png'), fullPage: true });

  await first.getByTestId('field-label').fill('ผู้ผ่านการอบรม (คน)');
  await title.fill(EDITED);
  await page.getByTestId('field-editor').nth(1).getByTestId('field-options').fill('หัตถกรรม\nบริการ\nเกษตร');
  await page.getByTestId('save-draft').click();
  await page.getByRole('heading', { name: EDITED }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/requests/${requestId}`);

  const saved = (await (await served.t.as('demo.province')).get(`/api/v1/report-requests/${requestId}`)).body;
  assert.equal(saved.status, 'draft');
  assert.deepEqual(
    saved.addressedUnits.map((u: { id: string }) => u.id),
    ['5201', '5202', '5203'],
  );
  assert.deepEqual(saved.fields[1].options, [
    { value: 'craft', labelTh: 'หัตถกรรม' },
    { value: 'o1', labelTh: 'บริการ' },
    { value: 'agri', labelTh: 'เกษตร' },
  ]);

  const phone = await open('demo.province', 390, 844);
  await phone.goto(`${served.baseUrl}/requests/${requestId}/edit`);
  await phone.getByTestId('request-builder').waitFor();
  assert.equal(await horizontalOverflow(phone), 0);
  await phone.screenshot({ path: artifactPath('request-edit-phone.png'), fullPage: true });
});

test('the province sets เมืองลำปาง’s book code; the district’s compose page then previews its numbers', async () => {
  const page = await open('demo.province', 1280, 900);
  await page.goto(`${served.baseUrl}/letters`);
  await page.getByTestId('tab-books').click();
  const row = page.getByTestId('book-code-row').filter({ hasText: 'อำเภอเมืองลำปาง' });
  await row.waitFor();
  assert.ok((await row.textContent())?.includes('ยังไม่กำหนด'));
  await row.getByTestId('book-code-edit').click();
  await row.getByTestId('book-code-input').fill('ลป ๐๒๑๙/๑');
  await row.getByTestId('book-code-save').click();
  await row.locator('.field--error .field__error').waitFor();
  await row.getByTestId('book-code-input').fill('ลป ๐๒๑๙');
  await row.getByTestId('book-code-save').click();
  await row.getByTestId('book-code').waitFor();
  assert.equal(await row.getByTestId('book-code').textContent(), 'ลป 0219');
  assert.ok((await row.textContent())?.includes('กำหนดแล้ว'));
  await page.screenshot({ path: artifactPath('letter-books.png'), fullPage: true });

  const district = await open('demo.district', 390, 844);
  await district.goto(`${served.baseUrl}/letters/new`);
  const preview = district.getByTestId('letter-number-preview');
  await preview.waitFor();
  assert.equal(await preview.textContent(), 'เลขที่หนังสือเมื่อออกเลข: ที่ ลป ๐๒๑๙/…');
  assert.equal(await horizontalOverflow(district), 0);
  await district.screenshot({ path: artifactPath('letter-compose-district-phone.png'), fullPage: true });
  await district.goto(`${served.baseUrl}/letters/books`);
  await district.getByTestId('book-code').waitFor();
  assert.equal(await district.getByTestId('book-code-row').count(), 1);
  assert.equal(await horizontalOverflow(district), 0);
  await district.screenshot({ path: artifactPath('letter-books-phone.png'), fullPage: true });
});

test('the province addresses a letter to a subdistrict found by name as well as to a district', async () => {
  const page = await open('demo.province', 1280, 900);
  await page.goto(`${served.baseUrl}/letters/new`);
  await page.getByTestId('letter-form').waitFor();
  const field = (label: string) => page.getByLabel(new RegExp(`^${label.replace('.', '\\.')}( \\*)?$`));
  await field('ส่วนราชการเจ้าของหนังสือ').fill('สำนักงานพัฒนาชุมชนจังหวัดลำปาง');
  await field('ที่ตั้ง').fill('ถนนวิชิตสงครามดำเนิน ลป 52000');
  await page.getByTestId('letter-subject').fill('ขอความร่วมมือสำรวจข้อมูลกลุ่มอาชีพ');
  await page.getByTestId('letter-salutation-input').fill('{ชื่อหน่วยงาน}');
  await page.getByTestId('letter-body').fill('ด้วยสำนักงานพัฒนาชุมชนจังหวัดลำปาง ขอความร่วมมือ');
  const signer = page.getByTestId('letter-signer');
  await signer.locator('option:nth-child(2)').waitFor({ state: 'attached' });
  await signer.selectOption({ index: 1 });
  await field('ตำแหน่ง').fill('พัฒนาการจังหวัดลำปาง');
  await field('ส่วนราชการเจ้าของเรื่อง').fill('กลุ่มงานสารสนเทศการพัฒนาชุมชน');
  await field('โทร.').fill('0 5426 5055');

  const picker = page.getByTestId('addressee-picker');
  await picker.getByLabel('อำเภองาว').check();
  await picker.getByTestId('addressee-search').fill('สบตุ๋ย');
  await picker.getByTestId('addressee-result').filter({ hasText: 'ตำบลสบตุ๋ย' }).getByRole('button').click();
  await picker.getByTestId('addressee-others').getByText('ตำบลสบตุ๋ย').waitFor();
  await page.screenshot({ path: artifactPath('letters-addressee-search.png'), fullPage: true });

  await page.getByTestId('letter-save').click();
  await expectSubmitted(page, 'letter-issue', 'letter-form-error');
  const letterId = new URL(page.url()).pathname.split('/').pop()!;
  const letter = (await (await served.t.as('demo.province')).get(`/api/v1/letters/${letterId}`)).body;
  // The district ticked in the list first, then the unit added from the search.
  assert.deepEqual(
    letter.addressees.map((a: { nameTh: string }) => a.nameTh),
    ['งาว', 'สบตุ๋ย'],
  );
});
