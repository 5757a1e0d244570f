// Browser journey: a treasurer enters a meeting day for a 20-member group by keyboard, posts it, and
// the passbook and trial balance pages show the new figures. The group, its members, an earlier day
// and a loan are set up through the API; the day itself is typed with the keyboard only. Dates are
// relative to today: the browser keeps cookies by the real clock, so a fixed server clock in the past
// would end the session at once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, formatThaiDate, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { formatBaht, satang } from '../src/kernel/money.js';
import { expectStatus, joinMembers, registerGroup, write } from '../src/testing/savings-fixtures.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
const LAST_MONTH = addDays(TODAY, -30);
const LOAN_DAY = addDays(TODAY, -29);
const baht = (s: number) => formatBaht(satang(s));

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let groupId: string;
let loanPrincipalPaid: number;

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  const district = await served.t.as('demo.district');
  const province = await served.t.as('demo.province');
  groupId = await registerGroup(district, { nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านแม่ทะทดสอบ' });
  // Members 1–10 pledge 100.00 a month, 11–20 pledge 200.00; each pays a 20.00 entry fee.
  await joinMembers(district, groupId, 10, { pledge: 10000 });
  await joinMembers(district, groupId, 10, { pledge: 20000, idSeed: 6000 });
  const base = `/api/v1/groups/${groupId}`;
  // Last month's day: everyone's pledge (member 1 saves 3,000.00 to borrow on it) and 500.00 special for member 3.
  const may = await write(district, `${base}/meeting-days`, {
    postedOn: LAST_MONTH,
    rows: Array.from({ length: 20 }, (_, i) => ({
      memberNo: i + 1,
      pledge: i === 0 ? 300000 : i < 10 ? 10000 : 20000,
      specialDeposit: i === 2 ? 50000 : 0,
    })),
  });
  expectStatus(may, 201);
  // Member 1 borrows 5,000.00 over 12 months (guarantor: member 2), approved by the province.
  const loan = await write(district, `${base}/loans`, {
    memberNo: 1,
    loanType: 'general',
    principal: 500_000,
    termMonths: 12,
    purpose: 'ซื้อพันธุ์ข้าวโพด',
    appliedOn: LOAN_DAY,
    guarantors: [2],
  });
  expectStatus(loan, 201);
  expectStatus(await write(province, `${base}/loans/1/decision`, { decision: 'approve', decidedOn: LOAN_DAY }), 201);
  expectStatus(
    await write(district, `${base}/loans/1/disbursement`, { disbursedOn: LOAN_DAY, firstDueOn: TODAY }),
    201,
  );
});
after(async () => {
  await browser?.close();
  await served?.close();
});

async function newPage(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  const page = await context.newPage();
  await loginAs(page, served.baseUrl, 'demo.district');
  return { context, page };
}

/** Where the keyboard focus is in the grid: "column:member". */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.dataset.col ? `${el.dataset.col}:${el.dataset.member}` : (el?.tagName ?? '');
  });

/** Types each value (or nothing) into the focused cell and presses Enter to go down the column. */
async function typeColumn(page: Page, col: string, values: (string | null)[]) {
  for (const [i, v] of values.entries()) {
    if (v !== null) await page.keyboard.type(v);
    if (i === 0) assert.match(await focused(page), new RegExp(`^${col}:`), `entering the ${col} column`);
    await page.keyboard.press('Enter');
  }
}

test(
  'a treasurer enters a meeting day for a 20-member group by keyboard, posts it, and the passbook and trial balance pages show the new figures',
  {
    timeout: 180_000,
  },
  async () => {
    const { page } = await newPage(1280, 900);
    await page.goto(`${served.baseUrl}/groups/${groupId}/meeting-day`);
    const grid = page.getByTestId('meeting-grid');
    await grid.waitFor();
    assert.equal(await page.getByTestId('meeting-row').count(), 20, 'one row per active member');
    assert.equal(
      await page.getByTestId('meeting-date').inputValue(),
      formatThaiDate(TODAY, { style: 'numeric' }),
      'posting date: today, in พ.ศ.',
    );

    // Into the grid with the keyboard: the page heading has focus; Tab → date → fill button → first cell.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'pledge:1');

    // Pledges: typed for most, "+" (fill the monthly pledge and move down) for every fifth member.
    // Member 7 first gets 100.005 baht: refused on the spot in Thai, then corrected.
    for (let no = 1; no <= 20; no++) {
      if (no % 5 === 0) {
        await page.keyboard.press('+');
        continue;
      }
      await page.keyboard.type(no === 7 ? '100.005' : no <= 10 ? '100' : '200');
      if (no === 7) {
        const cell = page.locator('#cell-7-pledge');
        assert.equal(await cell.getAttribute('aria-invalid'), 'true');
        await page.getByText('จำนวนเงินต้องมีทศนิยมไม่เกิน 2 ตำแหน่ง (สตางค์)').waitFor();
        await page.screenshot({ path: artifactPath('meeting-day-bad-amount.png') });
        for (let k = 0; k < 4; k++) await page.keyboard.press('Backspace');
        assert.equal(await cell.getAttribute('aria-invalid'), null);
      }
      await page.keyboard.press('Enter');
    }
    // Enter past the last member goes to the top of the next column.
    const blank = (n: number) => Array<null>(n).fill(null);
    await typeColumn(page, 'specialDeposit', ['50', ...blank(3), '1,000', ...blank(6), '250.50', ...blank(8)]);
    await typeColumn(page, 'specialWithdrawal', [null, null, '200', ...blank(17)]);
    await typeColumn(page, 'loan0', ['1000']); // only member 1 has a loan
    await typeColumn(page, 'fine', [...blank(19), '10']);

    // Live totals: in = 3,000 pledges + 1,300.50 deposits + 1,000 loan + 10 fine; out = 200 withdrawn.
    assert.equal(await page.getByTestId('total-pledge').innerText(), '3,000.00');
    assert.equal(await page.getByTestId('summary-cash-in').innerText(), '5,310.50');
    assert.equal(await page.getByTestId('summary-cash-out').innerText(), '200.00');
    await page.screenshot({ path: artifactPath('meeting-day-grid.png'), fullPage: true });

    // Post: Tab from the last cell reaches the button; the confirmation starts on "cancel", so Tab, Enter.
    assert.equal(await focused(page), 'fine:20', 'Enter on the last cell stays there');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'meeting-post');
    await page.keyboard.press('Enter');
    await page.getByTestId('meeting-confirm').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const receipt = page.getByTestId('meeting-receipt');
    await receipt.waitFor();
    assert.equal(await page.getByTestId('receipt-row').count(), 20);
    assert.equal(await page.getByTestId('receipt-cash-in').innerText(), '5,310.50 (ห้าพันสามร้อยสิบบาทห้าสิบสตางค์)');
    await page.screenshot({ path: artifactPath('meeting-day-receipt.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: artifactPath('meeting-day-receipt-print.png'), fullPage: true });
    await page.pdf({ path: artifactPath('meeting-day-receipt.pdf'), format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });

    // The API agrees: one batch, 20 entries; the loan payment was split into interest and principal.
    const api = await served.t.as('demo.district');
    const loan = (await api.get(`/api/v1/groups/${groupId}/loans/1`)).body as {
      payments: { principal: number; interest: number; penalty: number }[];
    };
    assert.equal(loan.payments.length, 1);
    const paid = loan.payments[0]!;
    assert.equal(paid.principal + paid.interest + paid.penalty, 100000);
    loanPrincipalPaid = paid.principal;

    // Passbooks: member 5 (pledge by "+", 1,000.00 special) and member 3 (withdrew 200.00 of 500.00).
    await page.goto(`${served.baseUrl}/groups/${groupId}/members/5`);
    await page.getByTestId('statement-table').waitFor();
    assert.equal(await page.getByTestId('balance-pledged').locator('.stat__value').innerText(), '200.00');
    assert.equal(await page.getByTestId('balance-special').locator('.stat__value').innerText(), '1,000.00');
    const rows = page.getByTestId('statement-row');
    assert.equal(await rows.count(), 2, 'last month and today (the entry fee is not the member’s money)');
    const latest = await rows.nth(1).innerText();
    assert.ok(latest.includes(formatThaiDate(TODAY)), latest);
    assert.ok(latest.includes('+100.00') && latest.includes('200.00') && latest.includes('+1,000.00'), latest);
    await page.screenshot({ path: artifactPath('passbook-member-5.png'), fullPage: true });

    await page.goto(`${served.baseUrl}/groups/${groupId}/members/3`);
    await page.getByTestId('statement-table').waitFor();
    assert.equal(await page.getByTestId('balance-special').locator('.stat__value').innerText(), '300.00');
    assert.ok((await rows.nth(1).innerText()).includes('−200.00'));

    await page.goto(`${served.baseUrl}/groups/${groupId}/members/1`);
    await page.getByTestId('member-loans').waitFor();
    assert.equal(await page.getByTestId('balance-pledged').locator('.stat__value').innerText(), '3,100.00');
    assert.equal(
      await page.getByTestId('balance-loans').locator('.stat__value').innerText(),
      baht(500_000 - loanPrincipalPaid),
    );
    await page.screenshot({ path: artifactPath('passbook-member-1.png'), fullPage: true });
    await page.goto(`${served.baseUrl}/groups/${groupId}/members/2`);
    await page.getByTestId('guaranteed-loans').getByTestId('loan-row').waitFor();

    // Trial balance as of today: cash = 400 fees + 6,400 last month − 5,000 lent + 5,110.50 today.
    await page.goto(`${served.baseUrl}/groups/${groupId}?tab=trial-balance`);
    const tb = page.getByTestId('trial-balance');
    await tb.waitFor();
    const account = async (code: string) =>
      (await tb.getByTestId('tb-row').filter({ hasText: code }).innerText()).replace(/\s+/g, ' ');
    assert.match(await account('1101'), /เงินสด 6,910\.50/);
    assert.match(await account('3101'), /เงินสัจจะสะสม 8,900\.00/);
    assert.match(await account('2101'), /เงินฝากสัจจะพิเศษ 1,600\.50/);
    assert.match(await account('4102'), /รายได้ค่าปรับ 10\.00/);
    assert.match(await account('4103'), /400\.00/);
    const total = baht(1_191_050 - loanPrincipalPaid);
    assert.equal(await page.getByTestId('tb-total-debit').innerText(), total);
    assert.equal(await page.getByTestId('tb-total-credit').innerText(), total);
    await page.getByText('ยอดรวมเดบิตเท่ากับยอดรวมเครดิต').waitFor();
    await page.screenshot({ path: artifactPath('trial-balance.png'), fullPage: true });

    // As of yesterday the cash is what it was before the day (the date typed in พ.ศ.).
    await page.getByTestId('tb-asof').fill(formatThaiDate(addDays(TODAY, -1), { style: 'numeric' }));
    await tb.getByTestId('tb-row').filter({ hasText: '1101' }).filter({ hasText: '1,800.00' }).waitFor();
  },
);

test('on a phone the meeting day, passbook and trial balance fit the screen', { timeout: 120_000 }, async () => {
  const { page } = await newPage(390, 844);
  await page.goto(`${served.baseUrl}/groups/${groupId}/meeting-day`);
  await page.getByTestId('meeting-grid').waitFor();
  // Enter still walks down the column on the card layout.
  await page.locator('#cell-1-pledge').focus();
  await page.keyboard.type('100');
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'pledge:2');
  assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on the meeting-day page');
  await page.screenshot({ path: artifactPath('meeting-day-phone.png'), fullPage: true });

  // Member 2 has no special savings: the grid warns, the server refuses the whole day, and its Thai
  // message lands in member 2's withdrawal cell. Nothing is posted.
  const api = await served.t.as('demo.district');
  const entriesBefore = (await api.get(`/api/v1/groups/${groupId}/journal?limit=1`)).body.total as number;
  await page.locator('#cell-2-specialWithdrawal').fill('999');
  await page.getByText('เกินเงินฝากคงเหลือ (0.00 บาท)').waitFor();
  await page.getByTestId('meeting-post').click();
  await page.getByTestId('meeting-confirm-confirm').click();
  await page
    .locator('#cell-2-specialWithdrawal-msg')
    .getByText('สมาชิกเลขที่ 2: เงินฝากสัจจะพิเศษไม่พอ', { exact: false })
    .waitFor();
  assert.equal(await page.locator('#cell-2-specialWithdrawal').getAttribute('aria-invalid'), 'true');
  assert.equal((await api.get(`/api/v1/groups/${groupId}/journal?limit=1`)).body.total, entriesBefore);
  await page.locator('#cell-2-specialWithdrawal').scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('meeting-day-phone-server-error.png') });

  await page.goto(`${served.baseUrl}/groups/${groupId}/members/5`);
  await page.getByTestId('statement-table').waitFor();
  assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on the passbook');
  await page.screenshot({ path: artifactPath('passbook-phone.png'), fullPage: true });

  await page.goto(`${served.baseUrl}/groups/${groupId}?tab=trial-balance`);
  await page.getByTestId('trial-balance').waitFor();
  assert.ok((await horizontalOverflow(page)) <= 0, 'no sideways scrolling on the trial balance');
  await page.screenshot({ path: artifactPath('trial-balance-phone.png'), fullPage: true });

  await page.goto(`${served.baseUrl}/groups`);
  await page.getByTestId('groups-table').waitFor();
  await page.screenshot({ path: artifactPath('groups-phone.png'), fullPage: true });
});
