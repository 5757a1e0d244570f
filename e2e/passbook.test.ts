// Browser journey: the treasurer creates a member's passbook QR on the member page; the member
// opens its link on their phone (no login), types their citizen ID and reads their own balances
// and the check of the group's books.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { thaiIdFor } from '../src/db/seed/demo-ids.js';
import { addDays, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { expectStatus, joinMembers, registerGroup, write } from '../src/testing/savings-fixtures.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
const JOINED = addDays(TODAY, -40);

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let groupId: string;

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  const district = await served.t.as('demo.district');
  groupId = await registerGroup(district, { nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านสมุดบัญชี', foundedOn: JOINED });
  await joinMembers(district, groupId, 2, { joinedOn: JOINED, idSeed: 5000 });
  expectStatus(
    await write(district, `/api/v1/groups/${groupId}/meeting-days`, {
      postedOn: TODAY,
      rows: [
        { memberNo: 1, pledge: 10000, specialDeposit: 25050 },
        { memberNo: 2, pledge: 10000 },
      ],
    }),
    201,
  );
});

after(async () => {
  await browser?.close();
  await served?.close();
});

test(
  'the treasurer prints a member’s QR; the member opens it on a phone with their citizen ID',
  { timeout: 120_000 },
  async () => {
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'th-TH' });
    const page = await staff.newPage();
    await loginAs(page, served.baseUrl, 'demo.district');
    await page.goto(`${served.baseUrl}/groups/${groupId}/members/1`);
    await page.getByTestId('passbook-issue').click();
    const url = await page.getByTestId('passbook-url').innerText();
    assert.match(url, /\/passbook\/[A-Za-z0-9_-]{32}$/);
    await page.screenshot({ path: artifactPath('passbook-qr-issue.png'), fullPage: true });
    await staff.close();

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'th-TH' });
    const member = await phone.newPage();
    await member.goto(url);
    await member.getByTestId('passbook-thai-id').fill('123');
    await member.getByTestId('passbook-open').click();
    await member.getByText('กรุณากรอกเลขประจำตัวประชาชน 13 หลัก').waitFor();
    await member.getByTestId('passbook-thai-id').fill(thaiIdFor(5002)); // another member's ID
    await member.getByTestId('passbook-open').click();
    await member.getByTestId('passbook-error').getByText('ไม่ตรงกับเจ้าของสมุดบัญชีนี้', { exact: false }).waitFor();
    const id = thaiIdFor(5001);
    await member
      .getByTestId('passbook-thai-id')
      .fill(`${id.slice(0, 1)} ${id.slice(1, 5)} ${id.slice(5, 10)} ${id.slice(10, 12)} ${id[12]}`);
    await member.getByTestId('passbook-open').click();
    await member.getByTestId('passbook').waitFor();
    assert.equal(await member.getByTestId('passbook-pledged').innerText(), '100.00 บาท');
    assert.equal(await member.getByTestId('passbook-special').innerText(), '250.50 บาท');
    assert.match(await member.getByTestId('passbook-chain').innerText(), /ไม่พบการแก้ไขย้อนหลัง/);
    assert.equal(await horizontalOverflow(member), 0);
    await member.screenshot({ path: artifactPath('passbook-phone.png'), fullPage: true });
    await phone.close();
  },
);
