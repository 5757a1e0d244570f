// Browser journey over the savings dashboard: a national officer opens the nation, drills into
// ลำปาง, a district and a group; every level shows the same figures as the API's JSON for that
// unit, and the Excel link answers with a workbook. On top of the demo groups' year of books (as
// `npm start` loads them), a loan nobody repays is set up through the API so arrears are not empty.
// Dates are relative to today (the browser keeps cookies by the real clock).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seedDemoSavings } from '../src/db/seed/demo-savings.js';
import { addDays, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { formatBaht, satang } from '../src/kernel/money.js';
import { expectStatus, joinMembers, registerGroup, write } from '../src/testing/savings-fixtures.js';
import type { Dashboard } from '../src/web/api/reports-types.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
const JOINED = addDays(TODAY, -120);
const LENT_ON = addDays(TODAY, -100);
const FIRST_DUE = addDays(TODAY, -65); // unpaid: 65 days late, in the 31–90 bucket
const GROUP_NAME = 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านแดชบอร์ดทดสอบ';
const CAMPAIGN_NAME = 'รณรงค์ออมเพิ่มทดสอบแดชบอร์ด';

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let groupId: string;

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  await seedDemoSavings(served.t.database.db, served.t.clock);
  const district = await served.t.as('demo.district');
  const province = await served.t.as('demo.province');
  groupId = await registerGroup(district, { nameTh: GROUP_NAME, foundedOn: JOINED, level: 3 });
  await joinMembers(district, groupId, 2, { pledge: 10000, joinedOn: JOINED, idSeed: 7100 });
  const base = `/api/v1/groups/${groupId}`;
  expectStatus(
    await write(district, `${base}/meeting-days`, {
      postedOn: LENT_ON,
      rows: [
        { memberNo: 1, pledge: 300000 },
        { memberNo: 2, pledge: 10000 },
      ],
    }),
    201,
  );
  // Member 1 borrows 2,000.00 and never pays: the loan is in arrears.
  const loan = {
    memberNo: 1,
    loanType: 'general',
    principal: 200_000,
    termMonths: 6,
    purpose: 'ซื้อปุ๋ย',
    appliedOn: LENT_ON,
    guarantors: [2],
  };
  expectStatus(await write(district, `${base}/loans`, loan), 201);
  expectStatus(await write(province, `${base}/loans/1/decision`, { decision: 'approve', decidedOn: LENT_ON }), 201);
  expectStatus(
    await write(district, `${base}/loans/1/disbursement`, { disbursedOn: LENT_ON, firstDueOn: FIRST_DUE }),
    201,
  );
  const campaign = {
    orgUnitId: '52',
    nameTh: CAMPAIGN_NAME,
    startsOn: JOINED,
    endsOn: addDays(TODAY, 60),
    minAmount: 5000,
    targetNewMembers: 10,
    targetMembersAdding: 40,
  };
  expectStatus(await province.post('/api/v1/campaigns', campaign), 201);
});
after(async () => {
  await browser?.close();
  await served?.close();
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

/** The API's dashboard for a unit, fetched with the page's own session. */
async function dashboardJson(page: Page, unit: string): Promise<Dashboard> {
  const res = await page.request.get(`${served.baseUrl}/api/v1/reports/dashboard?orgUnitId=${unit}&asOf=${TODAY}`);
  assert.equal(res.status(), 200, await res.text());
  return (await res.json()) as Dashboard;
}

const count = (n: number) => new Intl.NumberFormat('th-TH').format(n);
const baht = (s: number) => formatBaht(satang(s));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The figures, arrears, levels, latest trend month and child rows on screen equal the JSON. */
async function expectSameAsApi(page: Page, d: Dashboard): Promise<void> {
  await page.getByTestId('rollup-table').waitFor();
  const value = async (testId: string) => squash(await page.getByTestId(testId).locator('.figure__value').innerText());
  const f = d.totals;
  assert.equal(await value('figure-groups'), count(f.groups));
  assert.equal(await value('figure-members'), count(f.members));
  assert.equal(await value('figure-savings'), baht(f.savings));
  assert.equal(await value('figure-borrowers'), count(f.borrowers));
  assert.equal(await value('figure-lent'), baht(f.lent));
  assert.equal(await value('figure-outstanding'), baht(f.outstanding));
  assert.equal(await value('arrears-loans'), count(d.arrears.loans));
  assert.equal(await value('arrears-borrowers'), count(d.arrears.borrowers));
  assert.equal(await value('arrears-outstanding'), baht(d.arrears.outstanding));
  const buckets = page.getByTestId('arrears-row');
  for (const [i, b] of d.arrears.buckets.entries()) {
    if (d.arrears.loans === 0) break; // no table, just "ไม่มีเงินกู้ค้างชำระ"
    assert.ok(squash(await buckets.nth(i).innerText()).endsWith(`${count(b.loans)} ${baht(b.outstanding)}`));
  }
  for (const l of d.groupsByLevel) {
    assert.equal(squash(await page.getByTestId(`level-${l.level ?? 'none'}`).innerText()), count(l.groups));
  }
  // The members chart's table: its last row is this month.
  const members = page.getByTestId('chart-members');
  await members.locator('summary').click();
  const last = squash(await members.locator('tbody tr').last().innerText());
  assert.ok(last.endsWith(count(d.trend.at(-1)!.members)), last);
  assert.equal(await page.getByTestId('rollup-row').count(), d.children.length);
}

test(
  'a national officer drills from the nation to a group; each dashboard matches the API',
  { timeout: 300_000 },
  async () => {
    const page = await open('demo.hq');
    await page.goto(`${served.baseUrl}/groups/overview`);
    const crumbs = page.getByTestId('dashboard-crumbs');
    await crumbs.locator('[aria-current=page]', { hasText: 'ทั่วประเทศ' }).waitFor();
    const nation = await dashboardJson(page, 'TH');
    assert.equal(nation.children[0]?.kind, 'province');
    await expectSameAsApi(page, nation);
    assert.ok(nation.arrears.loans >= 1, 'our late loan is in arrears');

    // The Excel link is for this unit and date and answers with a workbook.
    const link = page.getByTestId('dashboard-xlsx');
    const xlsx = (await link.getAttribute('href'))!;
    assert.equal(xlsx, `/api/v1/reports/dashboard.xlsx?orgUnitId=TH&asOf=${TODAY}`);
    const res = await page.request.get(served.baseUrl + xlsx);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'] ?? '', /spreadsheetml/);
    assert.match(res.headers()['content-disposition'] ?? '', new RegExp(`dashboard-TH-${TODAY}\\.xlsx`));
    assert.equal((await res.body()).subarray(0, 2).toString(), 'PK'); // a zip, as every .xlsx is
    await page.screenshot({ path: artifactPath('dashboard-national.png'), fullPage: true });

    // Down to ลำปาง: the breadcrumbs lead back to the nation.
    await page.getByTestId('rollup-row').filter({ hasText: 'จังหวัดลำปาง' }).getByTestId('rollup-link').click();
    await page.waitForURL(/unit=52\b/);
    await crumbs.locator('[aria-current=page]', { hasText: 'จังหวัดลำปาง' }).waitFor();
    assert.equal(await crumbs.getByRole('link', { name: 'ทั่วประเทศ' }).count(), 1);
    const province = await dashboardJson(page, '52');
    await expectSameAsApi(page, province);
    const late = province.arrears.buckets.find((b) => b.bucket === '31-90')!;
    assert.ok(late.loans >= 1 && late.outstanding >= 200_000, 'our loan is 65 days late');
    assert.match(await page.getByTestId('arrears-asof').innerText(), /สถานะ ณ วันนี้/);
    // The campaign under way in ลำปาง, with its progress from the same JSON.
    const ours = province.campaigns.find((c) => c.campaign.nameTh === CAMPAIGN_NAME)!;
    const card = squash(await page.getByTestId('dashboard-campaign').filter({ hasText: CAMPAIGN_NAME }).innerText());
    assert.ok(card.includes(`${count(ours.totals.newMembers)} จากเป้าหมาย 10 คน`), card);
    assert.ok(card.includes(`${count(ours.totals.membersAdding)} จากเป้าหมาย 40 คน`), card);
    await page.screenshot({ path: artifactPath('dashboard-province.png'), fullPage: true });

    // Down to the district: our group with its level and its late loan.
    await page.getByTestId('rollup-row').filter({ hasText: 'อำเภอเมืองลำปาง' }).getByTestId('rollup-link').click();
    await page.waitForURL(/unit=5201\b/);
    await crumbs.getByRole('link', { name: 'จังหวัดลำปาง' }).waitFor();
    const district = await dashboardJson(page, '5201');
    assert.equal(district.children[0]?.kind, 'group');
    await expectSameAsApi(page, district);
    const group = page.getByTestId('rollup-row').filter({ hasText: GROUP_NAME });
    const row = squash(await group.innerText());
    assert.ok(row.includes('ระดับ 3') && row.includes('1 สัญญา · 2,000.00 บาท'), row);
    await page.screenshot({ path: artifactPath('dashboard-district.png'), fullPage: true });

    await group.getByTestId('rollup-link').click();
    await page.waitForURL(new RegExp(`/groups/${groupId}$`));
    await page.getByTestId('group-summary').waitFor();
  },
);

test(
  'the dashboard fits a phone: charts, tables and figures without sideways scrolling',
  { timeout: 120_000 },
  async () => {
    const phone = await open('demo.hq', 390, 844);
    for (const unit of ['52', '5201']) {
      await phone.goto(`${served.baseUrl}/groups/overview?unit=${unit}`);
      await phone.getByTestId('rollup-table').waitFor();
      await phone.getByTestId('chart-savings').locator('svg').waitFor();
      assert.ok((await horizontalOverflow(phone)) <= 0, `no sideways scrolling on ${unit}`);
      await phone.getByTestId('chart-savings').locator('summary').click();
      assert.ok((await horizontalOverflow(phone)) <= 0, `no sideways scrolling with a chart's table open on ${unit}`);
      await phone.screenshot({ path: artifactPath(`dashboard-phone-${unit}.png`), fullPage: true });
    }
  },
);
