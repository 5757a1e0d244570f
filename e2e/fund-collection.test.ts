// Browser journey over the staff fund (seed 000): ลำปาง's fund officer opens the fund on a phone,
// records a collection event — the counting committee, three piggy banks, one of them a witness's
// own — and sees it booked; the fund page on a desktop then shows the counted savings. A saver
// left without a second witness is refused with the server's Thai message first. The fund and
// its participants are set up through the API; dates are relative to today (the browser keeps
// cookies by the real clock).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createFund000Accounts, FUND_OFFICER } from '../src/db/seed/demo-programs/fund-000-accounts.js';
import { FUND_000 } from '../src/db/seed/demo-programs/fund-000.js';
import { thaiIdFor } from '../src/db/seed/demo-ids.js';
import { addDays, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { expectStatus } from '../src/testing/savings-fixtures.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let fundId: string;
let people: { id: string; name: string }[];

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  await createFund000Accounts(served.t.database.db);
  const officer = await served.t.as(FUND_OFFICER);
  const today = todayInBangkok(systemClock);
  const res = await officer.post(
    '/api/v1/funds',
    { ...FUND_000, projectId: null, startsOn: addDays(today, -30), endsOn: addDays(today, 120) },
    { 'idempotency-key': `e2e-fund-${Date.now()}` },
  );
  expectStatus(res, 201);
  fundId = res.body.id;
  // Three savers: two district staff of เมืองลำปาง and the fund officer herself (a witness).
  const staff = (q: 'district' | 'officer') =>
    served.t.database.db
      .selectFrom('person as p')
      .innerJoin('position as pos', 'pos.code', 'p.position_code')
      .select(['p.id', 'p.title', 'p.first_name', 'p.last_name'])
      .where('pos.is_staff', '=', true)
      .where(q === 'district' ? 'p.org_unit_id' : 'p.last_name', '=', q === 'district' ? '5201' : 'ออมสุข (สาธิต)')
      .orderBy('p.first_name')
      .limit(q === 'district' ? 2 : 1)
      .execute();
  const rows = [...(await staff('district')), ...(await staff('officer'))];
  people = rows.map((r) => ({ id: r.id, name: `${r.title}${r.first_name} ${r.last_name}` }));
  expectStatus(
    await officer.post(`/api/v1/funds/${fundId}/participants`, {
      personIds: people.map((p) => p.id),
      joinedOn: addDays(today, -30),
    }),
    201,
  );
});
/** One household in each of two districts, registered by their own offices. */
async function registerHouseholds(): Promise<string[]> {
  const ids: string[] = [];
  for (const [username, district, n] of [
    ['demo.district', '5201', 90_001],
    ['demo.officer', '5205', 90_002],
  ] as const) {
    const c = await served.t.as(username);
    const sub = (await c.get(`/api/v1/org-units?parentId=${district}`)).body.items[0];
    const village = (await c.post('/api/v1/org-units', { parentId: sub.id, villageNo: 5, nameTh: 'บ้านทดสอบ' })).body;
    const thaiId = thaiIdFor(n);
    const res = await c.post(`/api/v1/funds/${fundId}/households`, {
      villageId: village.id,
      houseNo: '5',
      head: { title: 'นาง', firstName: 'คำปุ๋น', lastName: 'ทดสอบ', thaiId },
      tpmap: false,
      vulnerability: 'vulnerable',
      needsTh: 'ผู้สูงอายุอยู่ลำพัง',
      surveyedOn: todayInBangkok(systemClock),
    });
    expectStatus(res, 201);
    ids.push(thaiId);
  }
  return ids;
}

after(async () => {
  await browser?.close();
  await served?.close();
});

async function open(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  const page = await context.newPage();
  await loginAs(page, served.baseUrl, FUND_OFFICER);
  return page;
}

test('a fund officer records a collection event on a phone', { timeout: 300_000 }, async () => {
  assert.equal(people.length, 3);
  const phone = await open(390, 844);
  await phone.goto(`${served.baseUrl}/fund`);
  await phone.getByTestId('fund-item').first().getByRole('link').click();
  await phone.getByTestId('fund-kpis').waitFor();
  await phone.getByTestId('record-collection').click();
  const form = phone.getByTestId('collection-form');
  await form.waitFor();
  await phone.getByTestId('collection-place').fill('ห้องประชุมสำนักงานพัฒนาชุมชนจังหวัดลำปาง');
  // The committee: the fund officer (also a saver) and a district saver witness; no stand-in yet.
  const officer = people.find((p) => p.name.includes('ออมสุข'))!;
  const other = people.find((p) => p !== officer)!;
  await phone.getByTestId('witness-1').selectOption(officer.id);
  await phone.getByTestId('witness-2').selectOption(other.id);
  const rows = phone.getByTestId('count-row');
  assert.equal(await rows.count(), 3);
  for (let i = 0; i < 3; i++) await phone.getByTestId(`amount-${i + 1}`).fill(['31', '62.50', '93'][i]!);
  await phone.getByTestId('collection-total').getByText('186.50').waitFor();
  await phone.screenshot({ path: artifactPath('fund-collection-390.png'), fullPage: true });
  assert.ok((await horizontalOverflow(phone)) <= 0, 'the collection form scrolls sideways on a phone');

  // Both committee members save too: each needs the stand-in for their own bank.
  await phone.getByTestId('save-collection').click();
  const error = phone.getByTestId('collection-error');
  await error.waitFor();
  assert.match(await error.innerText(), /ต้องมีพยานสองคน/);
  await phone.screenshot({ path: artifactPath('fund-collection-refused-390.png'), fullPage: true });

  const standIn = people.find((p) => p !== officer && p !== other)!;
  await phone.getByTestId('witness-3').selectOption(standIn.id);
  await phone.getByTestId('save-collection').click();
  const saved = phone.getByTestId('collection-saved');
  await saved.waitFor();
  assert.match(await saved.innerText(), /บันทึกการนับครั้งที่ 1 แล้ว รวม 186\.50 บาท/);
  await phone.screenshot({ path: artifactPath('fund-collection-saved-390.png'), fullPage: true });

  const desktop = await open(1280, 900);
  await desktop.goto(`${served.baseUrl}/fund/${fundId}`);
  await desktop.getByTestId('collection-item').waitFor();
  assert.equal(await desktop.getByTestId('balance-savings').innerText(), '186.50');
  assert.equal(await desktop.getByTestId('balance-cash').innerText(), '186.50');
  assert.match(await desktop.getByTestId('collection-item').innerText(), /ครั้งที่ 1 .* 3 กระปุก · 186\.50 บาท/);
  await desktop.screenshot({ path: artifactPath('fund-overview-1280.png'), fullPage: true });

  // The books agree: one entry, the cash against three participants' savings.
  const api = await served.t.as(FUND_OFFICER);
  const journal = (await api.get(`/api/v1/funds/${fundId}/journal`)).body.items;
  assert.equal(journal.length, 1);
  assert.deepEqual(
    journal[0].lines.map((l: { accountCode: string; amount: number }) => [l.accountCode, l.amount]),
    [
      ['1101', 18_650],
      ['3101', -3_100],
      ['3101', -6_250],
      ['3101', -9_300],
    ],
  );
});

test(
  'a district head sees the fund’s figures and only its own household, the ID masked',
  { timeout: 300_000 },
  async () => {
    const [own, other] = await registerHouseholds();
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'th-TH',
      timezoneId: 'Asia/Bangkok',
    });
    const phone = await context.newPage();
    await loginAs(phone, served.baseUrl, 'demo.district');
    await phone.goto(`${served.baseUrl}/fund/${fundId}`);
    const rows = phone.getByTestId('household-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1);
    const text = await phone.locator('body').innerText();
    assert.ok(text.includes(`${own![0]}-${own!.slice(1, 5)}-xxxxx-xx-${own![12]}`), 'the masked ID is shown');
    assert.ok(!text.includes(own!) && !text.includes(other!), 'no unmasked ID on the page');
    assert.equal(await phone.getByTestId('record-collection').count(), 0);
    assert.ok((await horizontalOverflow(phone)) <= 0, 'the fund page scrolls sideways on a phone');
    await phone.screenshot({ path: artifactPath('fund-district-390.png'), fullPage: true });
    await phone.getByTestId('household-list').screenshot({ path: artifactPath('fund-district-households-390.png') });
  },
);
