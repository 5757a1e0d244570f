// Browser journey: the district head opens a group's ข้อสังเกต tab on a phone, reads why a loan to
// a loan-committee member and a day keyed in late were flagged, and records what the check found.
// The books are set up through the API; dates are relative to today (the real clock).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { addDays, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { expectStatus, joinMembers, registerGroup, write } from '../src/testing/savings-fixtures.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
const JOINED = addDays(TODAY, -90);
const LATE = addDays(TODAY, -45);

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let groupId: string;

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  const district = await served.t.as('demo.district');
  const province = await served.t.as('demo.province');
  groupId = await registerGroup(district, { nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านข้อสังเกต', foundedOn: JOINED });
  await joinMembers(district, groupId, 2, { joinedOn: JOINED });
  const base = `/api/v1/groups/${groupId}`;
  expectStatus(
    await write(district, `${base}/meeting-days`, {
      postedOn: LATE,
      rows: [
        { memberNo: 1, pledge: 300000 },
        { memberNo: 2, pledge: 10000 },
      ],
    }),
    201,
  );
  expectStatus(
    await district.post(`${base}/committee-seats`, {
      committee: 'loan',
      role: 'chair',
      memberNo: 1,
      termStart: JOINED,
      termEnd: addDays(TODAY, 700),
    }),
    201,
  );
  const loan = {
    memberNo: 1,
    loanType: 'emergency',
    principal: 200_000,
    termMonths: 6,
    purpose: 'ค่ารักษาพยาบาล',
    appliedOn: TODAY,
    guarantors: [],
  };
  expectStatus(await write(district, `${base}/loans`, loan), 201);
  expectStatus(await write(province, `${base}/loans/1/decision`, { decision: 'approve', decidedOn: TODAY }), 201);
});

after(async () => {
  await browser?.close();
  await served?.close();
});

test('a district head reads the flags on a phone and records the check of one', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'th-TH' });
  const page = await context.newPage();
  await loginAs(page, served.baseUrl, 'demo.district');
  await page.goto(`${served.baseUrl}/groups/${groupId}?tab=anomalies`);
  const flags = page.getByTestId('anomaly');
  await flags.first().waitFor();
  const loanFlag = page.locator('[data-testid="anomaly"][data-rule="committee_own_loan"]');
  await loanFlag.getByText('ผู้กู้เป็นกรรมการเงินกู้ในวันที่อนุมัติ', { exact: false }).waitFor();
  await page.locator('[data-rule="backdated_posting"]').getByText('ย้อนหลัง 45 วัน', { exact: false }).waitFor();
  assert.equal(await horizontalOverflow(page), 0);
  await page.screenshot({ path: artifactPath('anomalies-phone.png'), fullPage: true });

  // Too short a note is refused beside the field, nothing saved.
  await loanFlag.getByTestId('anomaly-resolve').click();
  const dialog = page.getByTestId('anomaly-dialog');
  await dialog.getByTestId('anomaly-note-input').fill('ok');
  await dialog.getByRole('button', { name: 'บันทึกผลการตรวจสอบ' }).click();
  await dialog.getByText('กรุณาบันทึกผลการตรวจสอบอย่างน้อย 5 ตัวอักษร').waitFor();
  const note = 'ประธานกรรมการเงินกู้งดออกเสียง มติที่ประชุมครั้งที่ 3';
  await dialog.getByTestId('anomaly-note-input').fill(note);
  await dialog.getByRole('button', { name: 'บันทึกผลการตรวจสอบ' }).click();
  await loanFlag.getByTestId('anomaly-note').getByText(note).waitFor();
  assert.match(await loanFlag.innerText(), /ตรวจสอบแล้ว/);
  await page.screenshot({ path: artifactPath('anomalies-resolved-phone.png'), fullPage: true });

  const api = await served.t.as('demo.district');
  const items = (await api.get(`/api/v1/groups/${groupId}/anomalies`)).body.items;
  const resolved = items.find((a: { rule: string }) => a.rule === 'committee_own_loan');
  assert.equal(resolved.resolution.note, note);
  await context.close();
});
