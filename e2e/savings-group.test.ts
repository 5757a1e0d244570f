// Browser journey around a savings group: a district head registers one (the allocation must add
// up to 100 %, the server's Thai message lands beside the field it is about), enrols a member (Thai
// ID checked as typed, beneficiaries' shares adding up), enters a loan that they then may not
// approve themselves (told why), the province approves it, the district pays it out, and an entry is reversed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addDays, formatThaiDate, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { thaiIdCheckDigit } from '../src/kernel/thai-id.js';
import { expectStatus, joinMembers, write } from '../src/testing/savings-fixtures.js';
import { artifactPath, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
const beDate = (d: string) => formatThaiDate(d as typeof TODAY, { style: 'numeric' });
const thaiId = (first12: string) => first12 + String(thaiIdCheckDigit(first12));

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

async function open(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'th-TH' });
  const page = await context.newPage();
  await loginAs(page, served.baseUrl, username);
  return page;
}

test(
  'register a group, enrol a member, decide and pay out a loan, reverse an entry',
  { timeout: 180_000 },
  async () => {
    const page = await open('demo.district');
    await page.getByRole('link', { name: 'กลุ่มออมทรัพย์' }).first().click();
    await page.getByTestId('groups-table').waitFor();
    await page.getByTestId('group-register').click();
    const form = page.getByTestId('group-form');
    await form.waitFor();

    await form.getByRole('textbox', { name: 'ชื่อกลุ่ม' }).fill('กลุ่มออมทรัพย์เพื่อการผลิตบ้านป่าขามทดสอบ');
    await form.getByRole('combobox', { name: 'ตำบล' }).selectOption({ label: 'ตำบลเวียงเหนือ' });
    await form.getByRole('textbox', { name: 'วันที่ก่อตั้ง' }).fill(beDate(addDays(TODAY, 1)));
    // The allocation total follows every keystroke; 95 % is refused before anything is sent.
    await page.getByTestId('alloc-dividend').fill('55');
    assert.match(await page.getByTestId('allocation-total').innerText(), /95 %/);
    await page.getByTestId('group-save').click();
    await form.getByText('สัดส่วนการจัดสรรกำไรต้องรวมกันเท่ากับร้อยละ 100 พอดี').waitFor();
    await page.getByTestId('alloc-dividend').fill('60');
    assert.match(await page.getByTestId('allocation-total').innerText(), /100 %\s*ครบร้อยละ 100/);
    // Founded tomorrow: the server refuses, and says so under the date.
    await page.getByTestId('group-save').click();
    await form.getByText('วันที่ก่อตั้งต้องไม่เกินวันนี้').waitFor();
    await page.screenshot({ path: artifactPath('group-register-error.png'), fullPage: true });
    await form.getByRole('textbox', { name: 'วันที่ก่อตั้ง' }).fill(beDate(addDays(TODAY, -400)));
    await page.getByTestId('group-save').click();
    await page.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
    const groupId = page.url().split('/').pop()!;
    await page.getByTestId('group-summary').waitFor();
    await page.screenshot({ path: artifactPath('group-summary.png'), fullPage: true });

    // Enrol member 1 through the form.
    await page.getByTestId('tab-members').click();
    await page.getByTestId('member-add').click();
    const join = page.getByTestId('join-form');
    const idBox = join.getByRole('textbox', { name: 'เลขประจำตัวประชาชน' });
    const goodId = thaiId('352010001234');
    await idBox.fill(goodId.slice(0, 12) + String((Number(goodId[12]) + 1) % 10));
    await join.getByText('เลขตรวจสอบไม่ตรง', { exact: false }).waitFor();
    await idBox.fill(goodId);
    await join.getByRole('combobox', { name: 'คำนำหน้าชื่อ' }).selectOption('นาง');
    await join.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('บุญมี');
    await join.getByRole('textbox', { name: 'นามสกุล' }).fill('ใจดี');
    await join.getByRole('combobox', { name: 'เงินสัจจะรายเดือน' }).selectOption({ label: '200.00 บาท' });
    await join.getByRole('button', { name: 'เพิ่มผู้รับผลประโยชน์' }).click();
    await join.getByRole('textbox', { name: 'ชื่อ-สกุล' }).fill('นายสมศักดิ์ ใจดี');
    await join.getByRole('textbox', { name: 'ความสัมพันธ์' }).fill('บุตร');
    await join.getByRole('textbox', { name: 'สัดส่วน (ร้อยละ)' }).fill('60');
    await page.getByTestId('join-save').click();
    await join.getByText('สัดส่วนของผู้รับผลประโยชน์ต้องรวมกันเท่ากับร้อยละ 100').waitFor();
    await join.getByRole('textbox', { name: 'สัดส่วน (ร้อยละ)' }).fill('100');
    await page.getByTestId('join-save').click();
    await page.getByTestId('member-row').filter({ hasText: 'นางบุญมี ใจดี' }).waitFor();
    await page.screenshot({ path: artifactPath('group-members.png'), fullPage: true });

    // A guarantor and some savings, through the API.
    const district = await served.t.as('demo.district');
    const base = `/api/v1/groups/${groupId}`;
    await joinMembers(district, groupId, 1, { idSeed: 7000, joinedOn: addDays(TODAY, -300) });
    expectStatus(
      await write(district, `${base}/meeting-days`, {
        postedOn: TODAY,
        rows: [{ memberNo: 1, pledge: 200000 }],
      }),
      201,
    );

    // The loan: over the limit first (5 × 2,000.00 = 10,000.00), then within it.
    await page.getByTestId('tab-loans').click();
    await page.getByTestId('loan-apply').click();
    const loanForm = page.getByTestId('loan-form');
    await loanForm.getByRole('combobox', { name: 'ผู้กู้' }).selectOption({ label: '1 นางบุญมี ใจดี' });
    await loanForm.getByRole('textbox', { name: 'จำนวนเงินกู้ (บาท)' }).fill('12,000');
    await loanForm.getByRole('textbox', { name: 'จำนวนงวด (เดือน)' }).fill('12');
    await loanForm.getByRole('textbox', { name: 'วัตถุประสงค์การกู้' }).fill('ซื้อปุ๋ยนาข้าว');
    await loanForm.getByRole('combobox', { name: 'ผู้ค้ำประกันคนที่ 1' }).selectOption({ index: 1 });
    await page.getByTestId('loan-save').click();
    await loanForm.getByText('วงเงินกู้เกินสิทธิ์', { exact: false }).first().waitFor();
    await loanForm.getByRole('textbox', { name: 'จำนวนเงินกู้ (บาท)' }).fill('8,000');
    await page.getByTestId('loan-save').click();
    const row = page.getByTestId('loan-row').filter({ hasText: 'นางบุญมี ใจดี' });
    await row.getByText('รอพิจารณา').waitFor();

    // Whoever entered it may not decide it: no buttons, a Thai hint why (the server refuses too).
    await row.getByTestId('loan-own-entry').getByText('ท่านเป็นผู้บันทึกคำขอกู้นี้', { exact: false }).waitFor();
    assert.equal(await row.getByTestId('loan-approve').count(), 0);
    assert.equal(await row.getByTestId('loan-reject').count(), 0);
    await page.screenshot({ path: artifactPath('loan-own-approval-hint.png'), fullPage: true });

    const province = await open('demo.province');
    await province.goto(`${served.baseUrl}/groups/${groupId}?tab=loans`);
    await province.getByTestId('loan-approve').click();
    await province.getByRole('textbox', { name: 'มติ/หมายเหตุ' }).fill('มติคณะกรรมการเงินกู้ ครั้งที่ 1');
    await province.getByTestId('loan-action-dialog-confirm').click();
    await province.getByTestId('loan-row').getByText('อนุมัติแล้ว รอจ่ายเงิน').waitFor();

    await page.reload();
    await page.getByTestId('loan-disburse').click();
    await page.getByTestId('loan-action-dialog-confirm').click();
    await page.getByTestId('loan-row').getByText('ระหว่างผ่อนชำระ').waitFor();
    assert.match(await page.getByTestId('loan-row').innerText(), /8,000\.00[\s\S]*8,000\.00/);
    await page.screenshot({ path: artifactPath('group-loans.png'), fullPage: true });

    // Reverse member 2's entry fee with a reason; the entry stays, marked as reversed.
    await page.getByTestId('tab-journal').click();
    const fee = page.getByTestId('journal-row').filter({ hasText: 'ค่าธรรมเนียมแรกเข้า สมาชิกเลขที่ 2' });
    await fee.getByTestId('reverse-open').click();
    await page.getByTestId('reverse-reason').fill('ab');
    await page.getByTestId('reverse-dialog-confirm').click();
    await page.getByTestId('reverse-dialog').getByText('กรุณาระบุเหตุผลอย่างน้อย 3 ตัวอักษร').waitFor();
    await page.getByTestId('reverse-reason').fill('บันทึกค่าธรรมเนียมซ้ำ');
    await page.getByTestId('reverse-dialog-confirm').click();
    await fee.getByText('ถูกกลับรายการแล้ว', { exact: false }).waitFor();
    await page.getByTestId('journal-row').filter({ hasText: 'เหตุผล: บันทึกค่าธรรมเนียมซ้ำ' }).waitFor();
    await page.screenshot({ path: artifactPath('group-journal.png'), fullPage: true });
  },
);
