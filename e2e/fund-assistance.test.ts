// Browser journeys over the fund's help for households (seed 000 §3.5–3.8), on a phone and a
// desktop: a district officer registers and corrects a surveyed household (bad input refused under
// its fields, nothing written), proposes help for it; the province's fund officer sees every
// district's proposal and its status, accepts it, builds the assistance plan, its signers sign it
// in turn, and the officer records the payout with its receipt and a follow-up; deposits and a
// participant's statement. Set-up goes through the API; dates are relative to today (the browser
// keeps cookies by the real clock).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createFund000Accounts, FUND_OFFICER } from '../src/db/seed/demo-programs/fund-000-accounts.js';
import { FUND_000 } from '../src/db/seed/demo-programs/fund-000.js';
import { thaiIdFor } from '../src/db/seed/demo-ids.js';
import { addDays, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { expectStatus } from '../src/testing/savings-fixtures.js';
import { countRows } from '../src/testing/test-app.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const DISTRICT = 'demo.district'; // พัฒนาการอำเภอเมืองลำปาง (5201)
let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let fundId: string;
let subdistrictId: string;
let villageId: string;
let witnesses: string[];
const today = todayInBangkok(systemClock);
const spaced = (id: string) => id.replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1 $2 $3 $4 $5');
/** "21/12/2567": a date as the date fields take it (day/month/Buddhist year). */
const thaiNumeric = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y! + 543}`;
};
const masked = (id: string) => `${id[0]}-${id.slice(1, 5)}-xxxxx-xx-${id[12]}`;

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  await createFund000Accounts(served.t.database.db);
  const officer = await served.t.as(FUND_OFFICER);
  const res = await officer.post(
    '/api/v1/funds',
    { ...FUND_000, projectId: null, startsOn: addDays(today, -60), endsOn: addDays(today, 90) },
    { 'idempotency-key': `e2e-assist-${Date.now()}` },
  );
  expectStatus(res, 201);
  fundId = res.body.id;
  const district = await served.t.as(DISTRICT);
  subdistrictId = (await district.get('/api/v1/org-units?parentId=5201')).body.items[0].id;
  const village = await district.post('/api/v1/org-units', {
    parentId: subdistrictId,
    villageNo: 7,
    nameTh: 'บ้านหนองหล่ม',
  });
  expectStatus(village, 201);
  villageId = village.body.id;
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

/** The message shown under the field holding `testId` (the field wrapper's error line). */
async function errorUnder(page: Page, testId: string): Promise<string> {
  const field = page.locator('.field', { has: page.getByTestId(testId) }).last();
  return field.locator('.field__error').innerText();
}

test(
  'a district officer registers and corrects a household on a phone; bad input is refused under its fields',
  { timeout: 300_000 },
  async () => {
    // Another household already holds this ID: the server refuses the duplicate under the ID field.
    const taken = thaiIdFor(91_001);
    const district = await served.t.as(DISTRICT);
    expectStatus(
      await district.post(`/api/v1/funds/${fundId}/households`, {
        villageId,
        houseNo: '1',
        head: { title: 'นาย', firstName: 'มี', lastName: 'ก่อน', thaiId: taken },
        tpmap: false,
        vulnerability: 'poor',
        needsTh: 'อาชีพ',
        surveyedOn: today,
      }),
      201,
    );
    const before = await countRows(served.t, 'fund_household');

    const phone = await open(DISTRICT, 390, 844);
    await phone.goto(`${served.baseUrl}/fund/${fundId}`);
    await phone.getByTestId('register-household').click();
    const form = phone.getByTestId('household-form');
    await form.waitFor();

    // Nothing filled in: Thai messages under the fields, the request never sent.
    await phone.getByTestId('save-household').click();
    await phone.getByTestId('household-error').waitFor();
    assert.match(await errorUnder(phone, 'head-first'), /กรุณากรอกชื่อ/);
    assert.match(await errorUnder(phone, 'head-thai-id'), /กรุณากรอกเลขประจำตัวประชาชน/);
    assert.match(await errorUnder(phone, 'house-no'), /กรุณากรอกบ้านเลขที่/);
    assert.match(await phone.getByTestId('household-village').innerText(), /กรุณาเลือกหมู่บ้าน/);
    assert.match(await errorUnder(phone, 'household-vulnerability'), /ตกเกณฑ์ TPMAP หรือเป็นครัวเรือนเปราะบาง/);
    await phone.screenshot({ path: artifactPath('fund-household-refused-390.png'), fullPage: true });

    await phone.getByTestId('head-title').selectOption('นาง');
    await phone.getByTestId('head-first').fill('คำปุ๋น');
    await phone.getByTestId('head-last').fill('ใจงาม');
    const id = thaiIdFor(91_002);
    const wrong = id.slice(0, 12) + String((Number(id[12]) + 1) % 10);
    await phone.getByTestId('head-thai-id').fill(wrong);
    await phone.locator('#household-village').selectOption(subdistrictId);
    await phone.locator('#household-village-1').selectOption(villageId);
    await phone.getByTestId('house-no').fill('45/2');
    await phone.getByTestId('add-member').click();
    await phone.getByTestId('member-0-first').fill('มะลิ');
    await phone.getByTestId('member-0-last').fill('ใจงาม');
    await phone.getByTestId('member-0-relation').fill('หลาน');
    await phone.getByTestId('member-0-year').fill('2557');
    await phone.getByTestId('household-tpmap').check();
    await phone.getByTestId('save-household').click();
    assert.match(await errorUnder(phone, 'head-thai-id'), /เลขตรวจสอบ/);
    assert.match(await phone.getByTestId('indicators-editor').innerText(), /อย่างน้อยหนึ่งข้อ/);
    await phone.getByTestId('add-indicator').click();
    await phone.getByTestId('indicator-0-dimension').selectOption('income');
    await phone.getByTestId('indicator-0-text').fill('รายได้เฉลี่ยต่ำกว่าเกณฑ์ จปฐ.');
    await phone.getByTestId('household-needs').fill('ต้องการพันธุ์ไก่พื้นเมืองเลี้ยงเป็นอาชีพเสริม');

    // The ID of a household already registered: refused by the server, under the ID field.
    await phone.getByTestId('head-thai-id').fill(spaced(taken));
    await phone.getByTestId('save-household').click();
    await phone
      .getByTestId('household-error')
      .getByText(/ลงทะเบียนไว้แล้ว/)
      .waitFor();
    assert.match(await errorUnder(phone, 'head-thai-id'), /ลงทะเบียนไว้แล้ว \(ครัวเรือนเลขที่ 1\)/);
    assert.equal(await countRows(served.t, 'fund_household'), before, 'a refused household writes nothing');
    assert.ok((await horizontalOverflow(phone)) <= 0, 'the household form scrolls sideways on a phone');

    await phone.getByTestId('head-thai-id').fill(spaced(id));
    await phone.getByTestId('save-household').click();
    await phone.getByTestId('household-view').waitFor();
    assert.equal(await countRows(served.t, 'fund_household'), before + 1);
    assert.equal(await phone.getByTestId('household-thai-id').innerText(), masked(id));
    let text = await phone.locator('body').innerText();
    assert.ok(!text.includes(id) && !text.includes(spaced(id)), 'the full ID is not shown after saving');
    assert.match(text, /45\/2 หมู่ 7 บ้านหนองหล่ม/);
    assert.match(await phone.getByTestId('household-members').innerText(), /มะลิ ใจงาม · หลาน/);
    await phone.screenshot({ path: artifactPath('fund-household-saved-390.png'), fullPage: true });

    // Correct the house number; the ID stays as recorded and is shown masked on the form too.
    await phone.getByTestId('edit-household').click();
    assert.equal(await phone.getByTestId('head-thai-id-saved').innerText(), `เลขที่บันทึกไว้: ${masked(id)}`);
    await phone.getByTestId('house-no').fill('45/3');
    await phone.getByTestId('save-household').click();
    await phone.getByTestId('household-view').waitFor();
    await phone.getByText(/45\/3 หมู่ 7 บ้านหนองหล่ม/).waitFor();
    const row = await served.t.database.db
      .selectFrom('fund_household')
      .select(['head_thai_id', 'house_no', 'version'])
      .where('head_thai_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { head_thai_id: id, house_no: '45/3', version: 2 });

    // The household on a desktop reads the same, ID masked.
    await phone.setViewportSize({ width: 1280, height: 900 });
    await phone.screenshot({ path: artifactPath('fund-household-1280.png'), fullPage: true });
    await phone.setViewportSize({ width: 390, height: 844 });

    // The fund page's list shows both households, IDs masked, none in full.
    await phone.goto(`${served.baseUrl}/fund/${fundId}`);
    await phone.getByTestId('household-row').nth(1).waitFor();
    text = await phone.getByTestId('household-list').innerText();
    assert.ok(text.includes(masked(id)) && text.includes(masked(taken)));
    assert.ok(!text.includes(id) && !text.includes(taken));
  },
);

// Runs after the test above: the district's two households are registered.
test(
  'the fund officer asks for proposals; the district proposes on a phone; sent back, revised, accepted',
  { timeout: 300_000 },
  async () => {
    const desk = await open(FUND_OFFICER, 1280, 900);
    await desk.goto(`${served.baseUrl}/fund/${fundId}`);
    await desk.getByTestId('tab-proposals').click();
    await desk.getByTestId('open-proposals').waitFor();
    await desk.getByTestId('proposal-deadline').fill(thaiNumeric(addDays(today, 14)));
    await desk.getByTestId('send-proposal-request').click();
    const districts = desk.getByTestId('proposal-district');
    await districts.first().waitFor();
    assert.equal(await districts.count(), 13);
    assert.match(await districts.first().innerText(), /เมืองลำปาง\s+ยังไม่ส่ง/);

    const phone = await open(DISTRICT, 390, 844);
    await phone.goto(`${served.baseUrl}/fund/${fundId}/proposals`);
    const form = phone.getByTestId('proposal-form');
    await form.waitFor();
    assert.equal(await phone.getByTestId('proposal-row').count(), 2);
    assert.equal(await phone.getByTestId('proposal-districts').count(), 0, 'a district sees no other district');
    await phone.getByTestId('send-proposal').click();
    await phone
      .getByTestId('proposal-error')
      .getByText(/อย่างน้อยหนึ่งครัวเรือน/)
      .waitFor();
    await phone.getByTestId('propose-2').check();
    await phone.getByTestId('help-kind-2').selectOption('occupation');
    await phone.getByTestId('help-th-2').fill('พันธุ์ไก่พื้นเมือง ๒๐ ตัว พร้อมอาหาร');
    await phone.getByTestId('cost-2').fill('3,500.555');
    await phone.getByTestId('reason-2').fill('ครัวเรือนตกเกณฑ์ TPMAP ด้านรายได้');
    assert.match(await errorUnder(phone, 'cost-2'), /[\u0E00-\u0E7F]/);
    const submissions = await countRows(served.t, 'fund_proposal');
    await phone.getByTestId('send-proposal').click();
    await phone.getByTestId('proposal-error').waitFor();
    assert.equal(await countRows(served.t, 'fund_proposal'), submissions, 'nothing sent with a bad cost');
    await phone.getByTestId('cost-2').fill('3,500');
    await phone.getByTestId('proposal-total').getByText('เสนอ 1 ครัวเรือน รวม 3,500.00 บาท').waitFor();
    assert.ok((await horizontalOverflow(phone)) <= 0, 'the proposal form scrolls sideways on a phone');
    await phone.screenshot({ path: artifactPath('fund-proposal-form-390.png'), fullPage: true });
    await phone.getByTestId('send-proposal').click();
    await phone.getByTestId('proposal-status').getByText('ส่งตรงเวลา').waitFor();
    await phone.screenshot({ path: artifactPath('fund-proposal-sent-390.png'), fullPage: true });

    // The province sees it among the 13, with its total, and sends it back with a note.
    await desk.reload();
    const muang = desk.getByTestId('proposal-district').filter({ hasText: 'เมืองลำปาง' });
    await muang.getByText('ส่งตรงเวลา').waitFor();
    assert.match(await muang.innerText(), /3,500\.00/);
    assert.match(await desk.getByTestId('proposal-item').first().innerText(), /\d-\d{4}-xxxxx-xx-\d/);
    await desk.screenshot({ path: artifactPath('fund-proposals-1280.png'), fullPage: true });
    await desk.getByTestId('proposal-back-note').fill('ขอให้ระบุจำนวนไก่และราคาต่อหน่วย');
    await desk.getByTestId('return-proposal').click();
    await muang.getByText('ส่งกลับแก้ไข').waitFor();

    await phone.reload();
    await phone
      .getByTestId('proposal-returned')
      .getByText(/ระบุจำนวนไก่/)
      .waitFor();
    assert.equal(await phone.getByTestId('cost-2').inputValue(), '3,500.00', 'the revision starts from what was sent');
    await phone.getByTestId('help-th-2').fill('พันธุ์ไก่พื้นเมือง ๒๐ ตัว ตัวละ ๑๒๐ บาท พร้อมอาหาร ๑,๑๐๐ บาท');
    await phone.getByTestId('cost-2').fill('3500');
    await phone.getByTestId('send-proposal').click();
    await phone.getByTestId('proposal-status').getByText('ส่งตรงเวลา').waitFor();

    await desk.reload();
    await desk.getByTestId('accept-proposal').click();
    await muang.getByText('รับแล้ว').waitFor();
    assert.equal(await desk.getByTestId('proposal-review').count(), 0);
  },
);

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Money in the bank through the API (the deposit pages have their own test): 3 savers × 2,000 baht. */
async function fundTheBank(): Promise<void> {
  const officer = await served.t.as(FUND_OFFICER);
  const staff = (prefix: string, n: number) =>
    served.t.database.db
      .selectFrom('person as p')
      .innerJoin('position as pos', 'pos.code', 'p.position_code')
      .select('p.id')
      .where('pos.is_staff', '=', true)
      .where('p.org_unit_id', 'like', `${prefix}%`)
      .orderBy('p.first_name')
      .limit(n)
      .execute()
      .then((rows) => rows.map((r) => r.id));
  const savers = await staff('5201', 3);
  const [w1, w2] = await staff('52-wg', 2);
  witnesses = [w1!, w2!];
  assert.equal(savers.length, 3);
  expectStatus(
    await officer.post(`/api/v1/funds/${fundId}/participants`, { personIds: savers, joinedOn: addDays(today, -60) }),
    201,
  );
  const counts = savers.map((_, i) => ({ participantNo: i + 1, amount: 200_000, witnessPersonIds: [w1, w2] }));
  expectStatus(
    await officer.post(
      `/api/v1/funds/${fundId}/collections`,
      { collectedOn: addDays(today, -2), counts },
      { 'idempotency-key': `e2e-assist-collect-${Date.now()}` },
    ),
    201,
  );
  expectStatus(
    await officer.post(
      `/api/v1/funds/${fundId}/deposits`,
      { depositedOn: addDays(today, -1), slipRef: 'KTB-0001', amount: 600_000 },
      { 'idempotency-key': `e2e-assist-deposit-${Date.now()}` },
    ),
    201,
  );
}

async function userId(username: string): Promise<string> {
  return (await (await served.t.as(username)).get('/api/v1/auth/me')).body.id;
}

// Runs after the tests above: เมืองลำปาง's proposal (3,500 baht for one household) is accepted.
test(
  'the fund officer builds the plan, its signers sign in turn, the payout is recorded with its receipt and followed up',
  { timeout: 300_000 },
  async () => {
    await fundTheBank();
    const [checker, head] = [await userId('demo.staff'), await userId('demo.province')];
    const desk = await open(FUND_OFFICER, 1280, 900);
    await desk.goto(`${served.baseUrl}/fund/${fundId}/plans`);
    await desk.getByTestId('new-plan').click();
    await desk.getByTestId('plan-builder').waitFor();
    assert.equal(await desk.getByTestId('plan-candidate').count(), 1);
    // More than the district asked is refused under the amount; nothing is written.
    await desk.getByTestId('plan-approved').fill('3,600');
    await desk.getByTestId('save-plan').click();
    assert.match(await errorUnder(desk, 'plan-approved'), /ไม่เกินที่อำเภอเสนอ \(3,500\.00 บาท\)/);
    assert.match(await desk.getByTestId('chain-editor').innerText(), /กรุณาเลือกผู้ลงนาม/);
    assert.equal(await countRows(served.t, 'fund_plan'), 0);
    await desk.getByTestId('plan-approved').fill('3,000');
    const signers = desk.getByTestId('chain-signer');
    await signers.nth(1).selectOption(checker);
    await signers.nth(2).selectOption(head);
    await desk.getByTestId('chain-position').nth(2).fill('พัฒนาการจังหวัดลำปาง');
    await desk.getByTestId('plan-total').getByText('รวมทั้งแผน 3,000.00 บาท').waitFor();
    await desk.screenshot({ path: artifactPath('fund-plan-new-1280.png'), fullPage: true });
    await desk.getByTestId('save-plan').click();
    await desk.getByTestId('plan-status').getByText('ร่าง').waitFor();
    await desk.getByTestId('plan-submit').click();
    await desk.getByTestId('plan-status').getByText('อยู่ระหว่างลงนาม').waitFor();
    await desk.getByTestId('plan-waiting').waitFor();

    // Each signer finds the plan waiting for them and sees what they sign (households not theirs to read).
    for (const [who, button] of [
      ['demo.staff', 'ลงนาม'],
      ['demo.province', 'อนุมัติแผน'],
    ] as const) {
      const phone = await open(who, 390, 844);
      await phone.goto(`${served.baseUrl}/fund/${fundId}/plans`);
      await phone.getByTestId('plan-your-turn').waitFor();
      await phone.getByTestId('plan-row').getByRole('link').click();
      await phone.getByTestId('plan-actions').waitFor();
      const item = await phone.getByTestId('plan-item').innerText();
      assert.match(item, /เมืองลำปาง/);
      assert.match(item, /ส่งเสริมอาชีพ: พันธุ์ไก่พื้นเมือง/);
      assert.match(item, /3,000\.00/);
      assert.match(item, /ข้อมูลส่วนบุคคล \(ไม่แสดง\)/);
      assert.equal(await phone.getByTestId('plan-sign').innerText(), button);
      assert.ok((await horizontalOverflow(phone)) <= 0, 'the plan page scrolls sideways on a phone');
      if (who === 'demo.province') {
        await phone.screenshot({ path: artifactPath('fund-plan-approver-390.png'), fullPage: true });
        await phone.getByTestId('plan-comment').fill('อนุมัติ');
      }
      await phone.getByTestId('plan-sign').click();
      await phone
        .getByTestId('plan-waiting')
        .or(phone.getByTestId('plan-status').getByText('อนุมัติแล้ว'))
        .first()
        .waitFor();
      await phone.context().close();
    }

    // Approved: the officer pays the item, attaches the receipt and a photo.
    await desk.reload();
    await desk.getByTestId('plan-status').getByText('อนุมัติแล้ว').waitFor();
    assert.equal((await desk.getByTestId('plan-step').allInnerTexts()).filter((s) => s.includes('ลงนามวันที่')).length, 3);
    await desk.getByTestId('pay-1').click();
    assert.equal(await desk.getByTestId('payout-amount').inputValue(), '3,000.00');
    await desk.getByTestId('save-payout').click();
    assert.match(await errorUnder(desk, 'payout-receipt-no'), /กรุณาระบุเลขที่ใบสำคัญรับเงิน/);
    await desk.getByTestId('payout-receipt-no').fill('1/2568');
    await desk.getByTestId('save-payout').click();
    const entry = desk.getByTestId('payout-entry');
    await entry.waitFor();
    assert.match(await entry.innerText(), /ครั้งที่ 1 · .* · 3,000\.00 บาท · ใบสำคัญรับเงิน 1\/2568/);
    await desk
      .getByTestId('attach-receipt-1')
      .setInputFiles({ name: 'receipt-1.png', mimeType: 'image/png', buffer: PNG });
    await desk.getByTestId('payout-files').getByText('receipt-1.png').waitFor();
    await desk
      .getByTestId('attach-photo-1')
      .setInputFiles({ name: 'handover.png', mimeType: 'image/png', buffer: PNG });
    await desk.getByTestId('payout-files').getByText('handover.png').waitFor();
    assert.match(
      await desk.getByTestId('payout-files').innerText(),
      /ใบสำคัญรับเงิน: receipt-1\.png\s+ภาพถ่าย: handover\.png/,
    );
    assert.match(await desk.getByTestId('plan-totals').innerText(), /จ่ายแล้ว 3,000\.00 บาท/);
    await desk.screenshot({ path: artifactPath('fund-plan-paid-1280.png'), fullPage: true });
    // The same page on a phone: the officer may record payouts in the field.
    await desk.setViewportSize({ width: 390, height: 844 });
    assert.ok((await horizontalOverflow(desk)) <= 0, 'the paid plan scrolls sideways on a phone');
    await desk.screenshot({ path: artifactPath('fund-plan-paid-390.png'), fullPage: true });

    // The district follows up on a phone.
    const phone = await open(DISTRICT, 390, 844);
    await phone.goto(`${served.baseUrl}/fund/${fundId}/plans`);
    await phone.getByTestId('plan-row').getByRole('link').click();
    await phone.getByTestId('payout-entry').waitFor();
    assert.match(await phone.getByTestId('plan-item').innerText(), /นางคำปุ๋น ใจงาม \(\d-\d{4}-xxxxx-xx-\d\)/);
    await phone.getByTestId('follow-up-outcome').selectOption('improved');
    await phone.getByTestId('follow-up-note').fill('เลี้ยงไก่ได้ไข่ขายวันละ ๑๐ ฟอง');
    await phone.getByTestId('save-follow-up').click();
    await phone
      .getByTestId('payout-follow-ups')
      .getByText(/ดีขึ้น · เลี้ยงไก่ได้ไข่ขาย/)
      .waitFor();
    await phone.screenshot({ path: artifactPath('fund-follow-up-390.png'), fullPage: true });

    // The books: bank = deposits − payouts, to the satang.
    const fund = (await (await served.t.as(FUND_OFFICER)).get(`/api/v1/funds/${fundId}`)).body;
    assert.deepEqual(fund.balances, { savings: 600_000, cashOnHand: 0, bank: 300_000, assistancePaid: 300_000 });
  },
);

// Runs after the tests above: 3 participants, one collection of 6,000 baht deposited on slip KTB-0001.
test(
  'the fund officer deposits counted cash on a phone and reads a participant’s statement',
  { timeout: 300_000 },
  async () => {
    const officer = await served.t.as(FUND_OFFICER);
    expectStatus(
      await officer.post(
        `/api/v1/funds/${fundId}/collections`,
        {
          collectedOn: today,
          counts: [1, 2, 3].map((n) => ({ participantNo: n, amount: 50_000 + n * 25, witnessPersonIds: witnesses })),
        },
        { 'idempotency-key': `e2e-assist-collect2-${Date.now()}` },
      ),
      201,
    );
    const phone = await open(FUND_OFFICER, 390, 844);
    await phone.goto(`${served.baseUrl}/fund/${fundId}`);
    await phone.getByTestId('tab-deposits').click();
    await phone.getByTestId('deposit-form').waitFor();
    assert.equal(await phone.getByTestId('deposit-cash').innerText(), '1,501.50');
    assert.equal(await phone.getByTestId('deposit-amount').inputValue(), '1,501.50', 'the cash on hand is offered');
    const before = await countRows(served.t, 'fund_deposit');
    // More than the cash on hand: refused under the amount before anything is sent.
    await phone.getByTestId('deposit-amount').fill('1,501.51');
    await phone.getByTestId('save-deposit').click();
    assert.match(await errorUnder(phone, 'deposit-amount'), /ไม่เกินเงินสดรอนำฝาก \(1,501\.50 บาท\)/);
    assert.match(await errorUnder(phone, 'deposit-slip'), /กรุณาระบุเลขที่อ้างอิงใบนำฝาก/);
    // A slip already booked: the server refuses it under the slip field.
    await phone.getByTestId('deposit-amount').fill('1,501.50');
    await phone.getByTestId('deposit-slip').fill('KTB-0001');
    await phone.getByTestId('save-deposit').click();
    await phone.getByTestId('deposit-error').waitFor();
    assert.match(await errorUnder(phone, 'deposit-slip'), /ใบนำฝากเลขที่ KTB-0001 บันทึกไว้แล้ว \(รายการนำฝากครั้งที่ 1\)/);
    assert.equal(await countRows(served.t, 'fund_deposit'), before, 'a refused deposit writes nothing');
    await phone.getByTestId('deposit-slip').fill('KTB-0002');
    assert.ok((await horizontalOverflow(phone)) <= 0, 'the deposit page scrolls sideways on a phone');
    await phone.screenshot({ path: artifactPath('fund-deposit-390.png'), fullPage: true });
    await phone.getByTestId('save-deposit').click();
    await phone.getByTestId('nothing-to-deposit').waitFor();
    assert.equal(await phone.getByTestId('deposit-bank').innerText(), '4,501.50');
    const rows = await phone.getByTestId('deposit-row').allInnerTexts();
    assert.equal(rows.length, 2);
    assert.match(rows[1]!, /2[\s\S]*KTB-0002[\s\S]*1,501\.50/);

    // The statement: two counts, their witnesses and the running total.
    await phone.getByTestId('tab-participants').click();
    await phone.getByTestId('participant-row').first().waitFor();
    assert.equal(await phone.getByTestId('participant-row').count(), 3);
    await phone.getByTestId('participant-row').first().getByRole('link').click();
    await phone.getByTestId('statement-row').nth(1).waitFor();
    const lines = await phone.getByTestId('statement-row').allInnerTexts();
    assert.match(lines[0]!, /2,000\.00[\s\S]*2,000\.00/);
    assert.match(lines[1]!, /500\.25[\s\S]*2,500\.25/);
    const names = await served.t.database.db
      .selectFrom('person')
      .select(['title', 'first_name', 'last_name'])
      .where('id', 'in', witnesses)
      .execute();
    for (const n of names) assert.ok(lines[1]!.includes(`${n.title}${n.first_name} ${n.last_name}`), 'witness named');
    assert.match(await phone.getByTestId('statement-summary').innerText(), /ออมแล้ว 2,500\.25 บาท/);
    assert.ok((await horizontalOverflow(phone)) <= 0, 'the statement scrolls sideways on a phone');
    await phone.screenshot({ path: artifactPath('fund-statement-390.png'), fullPage: true });
  },
);

// Runs after the proposal request is sent: งาว (5205, demo.officer) has not proposed yet.
test(
  'the requests pages send a district to the fund page for the fund’s request, never to a form of its own',
  { timeout: 300_000 },
  async () => {
    const phone = await open('demo.officer', 390, 844);
    await phone.goto(`${served.baseUrl}/requests`);
    const item = phone.locator('li', { hasText: 'ข้อเสนอโครงการขอรับความช่วยเหลือครัวเรือนเป้าหมาย' });
    await item.getByTestId('open-submission').click();
    await phone.getByText('เสนอขอรับความช่วยเหลือ งาว').waitFor();
    await phone.getByTestId('proposal-no-households').waitFor();
    assert.equal(new URL(phone.url()).pathname, `/fund/${fundId}/proposals`);

    // Opened directly, the report says where it is answered, with no answer form of its own.
    const officer = await served.t.as(FUND_OFFICER);
    const { districts } = (await officer.get(`/api/v1/funds/${fundId}/proposals`)).body;
    const row = districts.find((d: { district: { id: string } }) => d.district.id === '5205');
    await phone.goto(`${served.baseUrl}/requests/submissions/${row.submissionId}`);
    await phone.getByTestId('answered-via').waitFor();
    assert.match(
      await phone.getByTestId('answered-via').innerText(),
      /จัดทำและส่งจากหน้าข้อเสนอของอำเภอ ในกองทุนออมวันละบาท/,
    );
    assert.equal(await phone.getByTestId('answer-form').count(), 0);
    assert.equal(await phone.getByTestId('submit-report').count(), 0);
    await phone.screenshot({ path: artifactPath('fund-request-answered-via-390.png'), fullPage: true });
    await phone.getByTestId('answer-via').click();
    await phone.getByText('เสนอขอรับความช่วยเหลือ งาว').waitFor();
    await phone.getByTestId('proposal-no-households').waitFor();
  },
);
