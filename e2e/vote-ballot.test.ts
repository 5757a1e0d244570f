// Browser journey (seed 003): a staff member of the ระยอง office opens the link on their ballot slip
// on a phone (390×844), without logging in, finds two of the 60 colleagues by name, reviews, confirms,
// and sees the thank-you with two of the five virtues done. No sideways scroll; screenshots go to
// test-artifacts/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { addDays, formatThaiDate, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import { rayongOffice, roleModelElection } from '../src/modules/votes/votes.test-support.js';
import { HttpClient } from '../src/testing/http-client.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
const thaiNumeric = (d: typeof TODAY) => formatThaiDate(d, { style: 'numeric' });

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let slip: { personId: string; fullName: string; link: string; ballotCode: string };
let picks: { fullName: string }[];
let province: HttpClient;

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  await rayongOffice(served.t);
  // Over real HTTP, so the slip links carry the origin the browser will use.
  province = new HttpClient(served.baseUrl);
  await province.login('demo.rayong', DEMO_PASSWORD);
  const created = await province.request(
    'POST',
    '/api/v1/elections',
    roleModelElection({ opensOn: TODAY, closesOn: addDays(TODAY, 6) }),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const opened = await province.request('POST', `/api/v1/elections/${created.body.id}/open`);
  assert.equal(opened.status, 200, JSON.stringify(opened.body));
  const voters = (await province.request('GET', `/api/v1/elections/${created.body.id}/voters`)).body.items;
  slip = voters[10];
  picks = [voters[3], voters[42]];
});
after(async () => {
  await browser?.close();
  await served?.close();
});

test('a voter opens the slip link on a phone and votes in two of the five virtues', { timeout: 120_000 }, async () => {
  assert.ok(slip.link.startsWith(`${served.baseUrl}/v/`));
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'th-TH' });
  const page = await context.newPage();
  await page.goto(slip.link);
  await page.getByTestId('ballot').waitFor();
  assert.equal(await page.getByTestId('ballot-voter').innerText(), `บัตรลงคะแนนของ ${slip.fullName}`);
  assert.equal(await page.getByTestId('ballot-category').count(), 5);
  assert.equal(await horizontalOverflow(page), 0);
  await page.screenshot({ path: artifactPath('vote-ballot-390.png'), fullPage: true });

  const choose = async (code: string, name: string) => {
    const category = page.locator(`[data-testid="ballot-category"][data-code="${code}"]`);
    await category.getByTestId('ballot-choose').click();
    await category.getByTestId('candidate-search').fill(name.replace(/^(นาย|นางสาว|นาง)/, ''));
    await category.getByTestId('candidate').filter({ hasText: name }).first().click();
    assert.equal(await category.getByTestId('ballot-chosen').innerText(), name);
  };
  await choose('sufficiency', picks[0]!.fullName);
  // Show the picker open on a phone, searched by name, for a person to look at.
  const volunteer = page.locator('[data-testid="ballot-category"][data-code="volunteer"]');
  await volunteer.getByTestId('ballot-choose').click();
  await volunteer.getByTestId('candidate-search').fill(picks[1]!.fullName.replace(/^(นาย|นางสาว|นาง)/, '').slice(0, 3));
  assert.equal(await horizontalOverflow(page), 0);
  await volunteer.scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('vote-ballot-picker-390.png') });
  await volunteer.getByTestId('candidate-search').fill(picks[1]!.fullName.replace(/^(นาย|นางสาว|นาง)/, ''));
  await volunteer.getByTestId('candidate').filter({ hasText: picks[1]!.fullName }).first().click();

  await page.getByTestId('ballot-review').click();
  const confirm = page.getByTestId('ballot-confirm');
  await confirm.waitFor();
  assert.deepEqual(
    await confirm.getByTestId('ballot-review-choice').allInnerTexts(),
    picks.map((p) => p.fullName),
  );
  assert.equal(await horizontalOverflow(page), 0);
  await page.screenshot({ path: artifactPath('vote-ballot-confirm-390.png'), fullPage: true });
  await page.getByTestId('ballot-submit').click();

  const thanks = page.getByTestId('ballot-thanks');
  await thanks.waitFor();
  const status = thanks.getByTestId('ballot-category-status');
  assert.deepEqual(await status.evaluateAll((els) => els.map((e) => e.getAttribute('data-voted'))), [
    'true',
    'false',
    'false',
    'true',
    'false',
  ]);
  assert.match(await thanks.innerText(), /ขอบคุณที่ร่วมลงคะแนน/);
  assert.equal(await horizontalOverflow(page), 0);
  await page.screenshot({ path: artifactPath('vote-ballot-thanks-390.png'), fullPage: true });

  // The server agrees: two categories done for this voter, two ballots in the box.
  const ballot = await new HttpClient(served.baseUrl).request('GET', `/api/v1/ballots/${slip.ballotCode}`);
  assert.deepEqual(
    ballot.body.categories.map((c: { voted: boolean }) => c.voted),
    [true, false, false, true, false],
  );
  const { n } = await served.t.database.db
    .selectFrom('ballot')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(n), 2);
  await context.close();
});

test(
  'the organiser sees turnout by category and the slips to print, results sealed until close',
  { timeout: 120_000 },
  async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'th-TH' });
    const page = await context.newPage();
    await loginAs(page, served.baseUrl, 'demo.rayong');
    await page.goto(`${served.baseUrl}/votes`);
    await page.getByTestId('election-row').first().getByRole('link').click();
    const turnout = page.getByTestId('turnout');
    await turnout.waitFor();
    assert.deepEqual(await turnout.locator('li').allInnerTexts(), [
      'ด้านพอเพียง: 1 จาก 60 คน (1.7%)',
      'ด้านวินัย: 0 จาก 60 คน (0%)',
      'ด้านสุจริต: 0 จาก 60 คน (0%)',
      'ด้านจิตอาสา: 1 จาก 60 คน (1.7%)',
      'ด้านกตัญญู: 0 จาก 60 คน (0%)',
    ]);
    assert.match((await page.getByTestId('slips-pdf').getAttribute('href')) ?? '', /\/slips\.pdf$/);
    assert.ok(await page.getByTestId('election-close').isDisabled()); // the window is still open
    assert.equal(await horizontalOverflow(page), 0);
    await page.screenshot({ path: artifactPath('vote-organiser-390.png'), fullPage: true });

    // A new draft from the phone: the five virtues as a preset, days typed in the Buddhist era.
    await page.goto(`${served.baseUrl}/votes/new`);
    const form = page.getByTestId('election-form');
    await form.getByTestId('election-title').fill('คัดเลือกบุคคลต้นแบบ รอบที่ ๒');
    await form.getByTestId('election-opens').fill(thaiNumeric(addDays(TODAY, 10)));
    await form.getByTestId('election-closes').fill(thaiNumeric(addDays(TODAY, 16)));
    await form.getByTestId('election-preset').click();
    assert.equal(await horizontalOverflow(page), 0);
    await page.screenshot({ path: artifactPath('vote-new-election-390.png'), fullPage: true });
    await form.getByTestId('election-save').click();
    await page.getByTestId('election-open').waitFor();
    assert.equal(await page.locator('h1').innerText(), 'คัดเลือกบุคคลต้นแบบ รอบที่ ๒');
    await context.close();
  },
);
