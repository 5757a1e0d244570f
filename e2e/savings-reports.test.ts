// Browser journeys over a group's reports: the passbook statement (from the server) and its PDF,
// the province/district roll-up, and the year-end close. The group and its money are set up
// through the API; dates are relative to today (the browser keeps cookies by the real clock).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addDays, formatThaiDate, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { closePdfRenderer } from '../src/server/pdf.js';
import { expectStatus, joinMembers, registerGroup, write } from '../src/testing/savings-fixtures.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
const LAST_MONTH = addDays(TODAY, -30);
const JOINED = addDays(TODAY, -60);

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let groupId: string;

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  const district = await served.t.as('demo.district');
  const province = await served.t.as('demo.province');
  groupId = await registerGroup(district, { nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านรายงานทดสอบ', foundedOn: JOINED });
  await joinMembers(district, groupId, 3, { pledge: 10000, joinedOn: JOINED });
  const base = `/api/v1/groups/${groupId}`;
  const day = (postedOn: string, rows: object[]) => write(district, `${base}/meeting-days`, { postedOn, rows });
  expectStatus(
    await day(LAST_MONTH, [
      { memberNo: 1, pledge: 300000, specialDeposit: 50000 },
      { memberNo: 2, pledge: 10000 },
      { memberNo: 3, pledge: 10000 },
    ]),
    201,
  );
  // Member 1 borrows 2,000.00 (guarantor: member 2) and pays 500.00 back today.
  const loan = {
    memberNo: 1,
    loanType: 'general',
    principal: 200_000,
    termMonths: 6,
    purpose: 'ซื้อพันธุ์ข้าว',
    appliedOn: LAST_MONTH,
    guarantors: [2],
  };
  expectStatus(await write(district, `${base}/loans`, loan), 201);
  expectStatus(await write(province, `${base}/loans/1/decision`, { decision: 'approve', decidedOn: LAST_MONTH }), 201);
  expectStatus(
    await write(district, `${base}/loans/1/disbursement`, { disbursedOn: LAST_MONTH, firstDueOn: TODAY }),
    201,
  );
  expectStatus(
    await day(TODAY, [
      { memberNo: 1, pledge: 10000, specialWithdrawal: 20000, loanPayments: [{ loanNo: 1, amount: 50000 }] },
    ]),
    201,
  );
});
after(async () => {
  await browser?.close();
  await served?.close();
  await closePdfRenderer(); // the server's own Chromium for PDFs
});

async function open(username: string, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  const page = await context.newPage();
  await loginAs(page, served.baseUrl, username);
  return page;
}

test(
  'the passbook shows the server statement for a period and prints it as a Thai PDF',
  { timeout: 120_000 },
  async () => {
    const page = await open('demo.district');
    await page.goto(`${served.baseUrl}/groups/${groupId}/members/1`);
    const table = page.getByTestId('statement-table');
    await table.waitFor();
    const rows = page.getByTestId('statement-row');
    // The entry fee is income of the group, not the member's money: the statement leaves it out.
    assert.equal(await rows.count(), 3, 'last month, the loan and today');
    assert.match(await page.getByTestId('statement-opening').innerText(), /เงินสัจจะสะสม 0\.00/);
    const closing = (await page.getByTestId('statement-closing').innerText()).replace(/\s+/g, ' ');
    assert.match(closing, new RegExp(`ยอดคงเหลือ ณ วันที่ ${formatThaiDate(TODAY)}`));
    assert.match(closing, /เงินสัจจะสะสม 3,100\.00/);
    assert.match(closing, /เงินฝากสัจจะพิเศษ 300\.00/);
    const today = await rows.nth(2).innerText();
    assert.ok(today.includes('+100.00') && today.includes('−200.00') && today.includes('3,100.00'), today);
    await page.getByTestId('statement-interest').waitFor();
    await page.screenshot({ path: artifactPath('passbook-statement.png'), fullPage: true });

    // From today only: the earlier entries become the balance brought forward.
    await page.getByTestId('statement-from').fill(formatThaiDate(TODAY, { style: 'numeric' }));
    await page.getByTestId('statement-opening').getByText('3,000.00').waitFor();
    assert.equal(await rows.count(), 1);

    // The PDF link carries the period and opens in a new tab; fetched with the page's session.
    const link = page.getByTestId('statement-pdf');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.innerText(), /พิมพ์รายการเคลื่อนไหว \(PDF\)/);
    const href = (await link.getAttribute('href'))!;
    assert.ok(href.includes(`from=${TODAY}`), href);
    const res = await page.request.get(served.baseUrl + href);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    const pdf = await res.body();
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const file = artifactPath('passbook-statement.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.ok(text.includes('นางสมาชิก1 ทดสอบ'), text);
    assert.ok(text.includes('3,000.00') && text.includes('3,100.00'), text); // brought forward, then today
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', file, artifactPath('passbook-statement-pdf')]);

    const phone = await open('demo.district', 390, 844);
    await phone.goto(`${served.baseUrl}/groups/${groupId}/members/1`);
    await phone.getByTestId('statement-table').waitFor();
    assert.ok((await horizontalOverflow(phone)) <= 0, 'no sideways scrolling on the passbook');
    await phone.screenshot({ path: artifactPath('passbook-statement-phone.png'), fullPage: true });
  },
);

test(
  'the province sees its groups in figures, by district, and drills down to the group',
  { timeout: 120_000 },
  async () => {
    const page = await open('demo.province');
    await page.goto(`${served.baseUrl}/groups`);
    await page.getByTestId('groups-overview').click();
    await page.waitForURL(/\/groups\/overview/);
    await page.getByTestId('rollup-table').waitFor();
    assert.match(await page.locator('h2').first().innerText(), /จังหวัดลำปาง/);
    const districtRow = page.getByTestId('rollup-row').filter({ hasText: 'อำเภอเมืองลำปาง' });
    await districtRow.waitFor();
    const members = Number(
      (await page.getByTestId('figure-members').locator('.figure__value').innerText()).replace(/,/g, ''),
    );
    assert.ok(members >= 3, `at least our three members, got ${members}`);
    await page.screenshot({ path: artifactPath('overview-province.png'), fullPage: true });

    // Down to the district: one row per group; ours has its members, savings and loans.
    await districtRow.getByTestId('rollup-link').click();
    await page.waitForURL(/unit=5201/);
    const ours = page.getByTestId('rollup-row').filter({ hasText: 'บ้านรายงานทดสอบ' });
    await ours.waitFor();
    const text = (await ours.innerText()).replace(/\s+/g, ' ');
    // Savings 3,300.00 pledged + 300.00 special; lent 2,000.00; 1,520.00 still owed by one borrower.
    assert.match(text, /3,600\.00/);
    assert.match(text, /2,000\.00/);
    assert.match(text, /1,520\.00/);
    await page.screenshot({ path: artifactPath('overview-district.png'), fullPage: true });
    await ours.getByTestId('rollup-link').click();
    await page.waitForURL(new RegExp(`/groups/${groupId}$`));
    await page.getByTestId('group-summary').waitFor();

    const phone = await open('demo.province', 390, 844);
    await phone.goto(`${served.baseUrl}/groups/overview`);
    await phone.getByTestId('rollup-table').waitFor();
    assert.ok((await horizontalOverflow(phone)) <= 0, 'no sideways scrolling on the overview');
    await phone.screenshot({ path: artifactPath('overview-phone.png'), fullPage: true });
  },
);

test(
  'the district previews and closes the year; the passbook shows the member’s share',
  { timeout: 120_000 },
  async () => {
    const yesterday = addDays(TODAY, -1);
    const page = await open('demo.district');
    await page.goto(`${served.baseUrl}/groups/${groupId}?tab=year-end`);
    await page.getByTestId('year-end-list').getByText('ยังไม่เคยปิดบัญชีประจำปี').waitFor();
    await page.getByTestId('ye-through').fill(formatThaiDate(yesterday, { style: 'numeric' }));
    const preview = page.getByTestId('year-end-preview');
    await preview.getByText(`ผลการดำเนินงาน ${formatThaiDate(JOINED)} – ${formatThaiDate(yesterday)}`).waitFor();
    assert.match(await page.getByTestId('year-end-net-profit').innerText(), /^[\d,]+\.\d\d บาท$/);
    assert.ok((await page.getByTestId('year-end-pool').count()) > 0);
    await page.getByTestId('year-end-pool').filter({ hasText: 'ทุนสำรอง' }).first().waitFor();
    const members = page.getByTestId('year-end-member');
    assert.equal(await members.count(), 3);
    const first = members.filter({ hasText: 'นางสมาชิก1 ทดสอบ' });
    assert.ok((await first.locator('.entry-note').innerText()).length > 20, 'a Thai sentence explains the amounts');
    await page.screenshot({ path: artifactPath('year-end-preview.png'), fullPage: true });

    await page.getByTestId('year-end-close').click();
    await page.getByTestId('year-end-confirm-confirm').click();
    await page
      .getByTestId('year-end-row')
      .filter({ hasText: formatThaiDate(yesterday) })
      .waitFor();
    await page.screenshot({ path: artifactPath('year-end-closed.png'), fullPage: true });

    await page.goto(`${served.baseUrl}/groups/${groupId}/members/1`);
    const results = page.getByTestId('passbook-year-end');
    await results.getByText(`ปีบัญชีสิ้นสุดวันที่ ${formatThaiDate(yesterday)}`).waitFor();
    await results.getByText('เงินปันผล').waitFor();
    await results.screenshot({ path: artifactPath('passbook-year-end.png') });

    const phone = await open('demo.district', 390, 844);
    await phone.goto(`${served.baseUrl}/groups/${groupId}?tab=year-end`);
    await phone.getByTestId('year-end-row').waitFor();
    await phone.getByTestId('ye-through').fill(formatThaiDate(yesterday, { style: 'numeric' }));
    await phone.getByText('ไม่สามารถปิดซ้ำได้', { exact: false }).waitFor();
    assert.ok((await horizontalOverflow(phone)) <= 0, 'no sideways scrolling on the year-end tab');
    await phone.screenshot({ path: artifactPath('year-end-phone.png'), fullPage: true });
  },
);

test('the reports tab shows balanced statements, the cash book and the Excel file', { timeout: 120_000 }, async () => {
  const page = await open('demo.district');
  await page.goto(`${served.baseUrl}/groups/${groupId}?tab=reports`);
  await page.getByTestId('balance-sheet').waitFor();
  const assets = await page.getByTestId('balance-sheet').locator('.table__subtotal').first().innerText();
  const total = await page.getByTestId('balance-sheet-total').innerText();
  assert.ok(assets.includes(total), `assets ${assets} = liabilities and equity ${total}`);
  await page.getByTestId('income-statement-total').waitFor();
  await page.screenshot({ path: artifactPath('reports-statements.png'), fullPage: true });

  await page.getByTestId('tab-cash-book').click();
  await page.getByTestId('cash-book').waitFor();
  assert.ok((await page.getByTestId('cash-row').count()) >= 3);
  await page.screenshot({ path: artifactPath('reports-cash-book.png'), fullPage: true });
  await page.getByTestId('tab-activity').click();
  await page.getByTestId('activity').waitFor();
  assert.match(await page.getByTestId('activity-row').last().innerText(), /รวมทั้งช่วง/);

  const xlsx = await page.request.get(served.baseUrl + (await page.getByTestId('books-xlsx').getAttribute('href'))!);
  assert.equal(xlsx.status(), 200);
  assert.equal((await xlsx.body()).subarray(0, 2).toString(), 'PK', 'an .xlsx is a zip file');

  const phone = await open('demo.district', 390, 844);
  await phone.goto(`${served.baseUrl}/groups/${groupId}?tab=reports`);
  await phone.getByTestId('balance-sheet').waitFor();
  assert.ok((await horizontalOverflow(phone)) <= 0, 'no sideways scrolling on the reports tab');
  await phone.screenshot({ path: artifactPath('reports-phone.png'), fullPage: true });
});

test(
  'a member with a loan leaves: the server settles the loan from the savings and says what is paid out',
  { timeout: 120_000 },
  async () => {
    const page = await open('demo.district');
    await page.goto(`${served.baseUrl}/groups/${groupId}/members/1`);
    await page.getByTestId('leave-open').click();
    const dialog = page.getByTestId('leave-dialog');
    await dialog.getByText('เงินกู้คงค้าง 1,520.00 บาท', { exact: false }).waitFor();
    await page.getByTestId('leave-reason').selectOption('resigned');
    await page.getByTestId('leave-dialog-confirm').click();
    const outcome = page.getByTestId('leave-outcome');
    await outcome.getByText('หักชำระเงินกู้เลขที่ 1').waitFor();
    assert.match(await outcome.innerText(), /เงินสัจจะสะสมที่คืน\s*3,100\.00/);
    assert.match(await page.getByTestId('leave-payout').innerText(), /^[\d,]+\.\d\d$/);
    await page.getByText('ลาออกแล้ว').first().waitFor();
    assert.equal(await page.getByTestId('leave-open').count(), 0, 'no second leaving');
    await page.screenshot({ path: artifactPath('member-left.png'), fullPage: true });
  },
);

test(
  'the district adds a rule set, records a level, seats a committee member, and is told why a month cannot be closed',
  { timeout: 120_000 },
  async () => {
    const page = await open('demo.district');
    await page.goto(`${served.baseUrl}/groups/${groupId}`);
    await page.getByTestId('admin-seat').click();
    await page.getByTestId('seat-committee').selectOption('loan');
    await page.getByTestId('seat-role').selectOption('chair');
    await page.getByTestId('seat-member').selectOption({ label: '2 นายสมาชิก2 ทดสอบ' });
    await page.getByTestId('seat-dialog-confirm').click();
    const seat = page.getByTestId('committee').filter({ hasText: 'คณะกรรมการเงินกู้' });
    await seat.getByTestId('committee-seat').filter({ hasText: 'ประธาน 2 นายสมาชิก2 ทดสอบ' }).waitFor();

    await page.getByTestId('admin-level').click();
    await page.getByTestId('level-dialog').getByRole('combobox').selectOption('3');
    await page.getByTestId('level-dialog-confirm').click();
    await page.getByTestId('group-summary').getByText('ระดับ 3 · ตั้งแต่', { exact: false }).waitFor();

    // A new rule set from today, starting from the rules in force: the entry fee goes up to 30 baht.
    await page.getByTestId('admin-rules').click();
    const rules = page.getByTestId('rules-form');
    const fee = rules.getByRole('textbox', { name: 'ค่าธรรมเนียมแรกเข้า (บาท)' });
    assert.equal(await fee.inputValue(), '20.00');
    await fee.fill('30');
    await page.getByTestId('rules-save').click();
    await page.getByText(`ระเบียบกลุ่มที่ใช้อยู่ (มีผลตั้งแต่ ${formatThaiDate(TODAY)})`).waitFor();
    await page.getByTestId('group-summary').getByText('30.00 บาท').waitFor();

    // The year-end already locked the books through yesterday: the server says so in the dialog.
    await page.getByTestId('admin-close').click();
    await page.getByTestId('close-dialog-confirm').click();
    await page.getByTestId('close-dialog').locator('.alert--error').waitFor();
    await page.screenshot({ path: artifactPath('group-admin-close-refused.png'), fullPage: true });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: artifactPath('group-admin.png'), fullPage: true });

    const phone = await open('demo.district', 390, 844);
    await phone.goto(`${served.baseUrl}/groups/${groupId}`);
    await phone.getByTestId('committee-seat').waitFor();
    assert.ok((await horizontalOverflow(phone)) <= 0, 'no sideways scrolling on the group summary');
    await phone.screenshot({ path: artifactPath('group-admin-phone.png'), fullPage: true });
  },
);

test(
  'the province starts a savings campaign and sees its progress against the targets',
  { timeout: 120_000 },
  async () => {
    const page = await open('demo.province');
    await page.goto(`${served.baseUrl}/groups/overview`);
    await page.getByTestId('campaigns').waitFor();
    await page.getByTestId('campaign-new').click();
    const form = page.getByTestId('campaign-form');
    await form.getByRole('textbox', { name: 'ชื่อโครงการ' }).fill('รณรงค์ออมเพิ่มทดสอบ');
    await form.getByRole('textbox', { name: 'วันเริ่มโครงการ' }).fill(formatThaiDate(JOINED, { style: 'numeric' }));
    await form
      .getByRole('textbox', { name: 'วันสิ้นสุดโครงการ' })
      .fill(formatThaiDate(addDays(TODAY, 30), { style: 'numeric' }));
    await form.getByRole('textbox', { name: 'เป้าหมายสมาชิกใหม่ (คน)' }).fill('10');
    await form.getByRole('textbox', { name: 'เป้าหมายสมาชิกที่ออมเพิ่ม (คน)' }).fill('4');
    await page.getByTestId('campaign-save').click();
    const progress = page.getByTestId('campaign-progress');
    await progress.getByText('รณรงค์ออมเพิ่มทดสอบ').waitFor();
    // Our three members joined inside the window.
    assert.match(await page.getByTestId('campaign-new-members').innerText(), /3\s*จากเป้าหมาย 10 คน/);
    await page.getByTestId('campaign-row').filter({ hasText: 'อำเภอเมืองลำปาง' }).waitFor();
    await page.getByTestId('campaigns').screenshot({ path: artifactPath('campaign-progress.png') });

    const phone = await open('demo.province', 390, 844);
    await phone.goto(`${served.baseUrl}/groups/overview`);
    await phone.getByTestId('campaign-progress').waitFor();
    assert.ok((await horizontalOverflow(phone)) <= 0, 'no sideways scrolling with the campaigns');
    await phone.screenshot({ path: artifactPath('campaign-phone.png'), fullPage: true });
  },
);

test('a meeting day’s receipt can be printed again from the journal', { timeout: 120_000 }, async () => {
  const page = await open('demo.district');
  await page.goto(`${served.baseUrl}/groups/${groupId}?tab=journal`);
  // Last month's day: 3,000 + 100 + 100 pledged and 500 deposited.
  const row = page
    .getByTestId('journal-row')
    .filter({ hasText: `วันทำการ ${formatThaiDate(LAST_MONTH)}` })
    .first();
  await row.getByTestId('receipt-reprint').click();
  const receipt = page.getByTestId('meeting-receipt');
  await receipt.waitFor();
  assert.equal(await page.getByTestId('receipt-row').count(), 3);
  assert.match(await page.getByTestId('receipt-cash-in').innerText(), /^3,700\.00 \(สามพันเจ็ดร้อยบาทถ้วน\)$/);
  assert.equal(await page.getByTestId('meeting-new').count(), 0, 'no "new day" button on a reprint');
  await page.screenshot({ path: artifactPath('receipt-reprint.png'), fullPage: true });
});
