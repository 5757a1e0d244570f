// Browser journey over the demo's selections, as a visitor finds them today (long after the seeds'
// dates): the ฉะเชิงเทรา judge finds 002's call in the menu, reads a submitted dossier and hands in a
// score sheet on a phone; a สระแก้ว dossier of the announced 001 call names its group; the ระยอง voter
// finds the ballot through the menu and sees which virtues were not voted; the organiser sees the
// window is over. No sideways scroll on the phone; screenshots go to test-artifacts/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seedDemoPrograms } from '../src/db/seed/demo-programs.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;

before(async () => {
  served = await serveTestApp();
  await seedDemoPrograms(served.t.database.db);
  browser = await launchChromium();
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

test('the demo judge scores บางคล้า’s dossier on a phone', { timeout: 180_000 }, async () => {
  const phone = await open('demo.chachoengsao.judge', 390, 844);
  await phone.locator('.menu-button').click();
  await phone.getByRole('link', { name: 'รางวัล/การคัดเลือก' }).first().click();
  await phone.getByTestId('call-row').first().getByRole('link').click();
  await phone.getByTestId('link-judging').click();
  await phone.getByTestId('open-sheet').filter({ hasText: 'อำเภอบางคล้า' }).click();
  await phone.getByTestId('score-sheet').waitFor();
  // The dossier is read back: what is attached, not the upload rules.
  const photo = phone.getByTestId('files-work_evidence');
  assert.equal(await photo.getByTestId('attached-file').count(), 1);
  assert.equal(await phone.getByTestId('files-b226').getByTestId('no-files').innerText(), 'ไม่มีไฟล์แนบ');
  assert.doesNotMatch(await phone.getByTestId('dossier-view').innerText(), /ขนาดไม่เกิน/);
  for (const [code, points] of Object.entries({
    '1': '10',
    '2.1': '9',
    '2.2': '9',
    '2.3': '8',
    '2.4': '9',
    '2.5': '9',
    '3': '36.5',
  })) {
    await phone.getByTestId(`points-${code}`).fill(points);
  }
  assert.equal(await phone.getByTestId('sheet-total').innerText(), '90.5 / 100 คะแนน');
  assert.equal(await horizontalOverflow(phone), 0);
  await phone.screenshot({ path: artifactPath('demo-score-sheet-390.png'), fullPage: true });
  await phone.getByTestId('sheet-submit').click();
  await phone.getByTestId('confirm-sheet-confirm').click();
  await phone.getByTestId('confirm-sheet').waitFor({ state: 'hidden' });
  assert.equal(await phone.getByTestId('sheet-state').innerText(), 'ส่งแล้ว');
});

test('an announced 001 dossier names its group and its winner', { timeout: 120_000 }, async () => {
  const page = await open('demo.sakaeo', 1280, 900);
  await page.getByRole('link', { name: 'รางวัล/การคัดเลือก' }).first().click();
  await page.getByTestId('call-row').first().getByRole('link').click();
  await page.getByTestId('call-status').filter({ hasText: 'ประกาศผลแล้ว' }).waitFor();
  await page.getByRole('link', { name: /อำเภอวัฒนานคร — กลุ่มออมทรัพย์/ }).click();
  assert.equal(await page.getByTestId('dossier-entry').innerText(), 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านท่าเกวียน (สาธิต)');
  assert.match(await page.getByTestId('dossier-result').innerText(), /^ได้รับรางวัล · คะแนนเฉลี่ย 90\.50/);
  await page.screenshot({ path: artifactPath('demo-dossier-001-1280.png'), fullPage: true });
  // The outstanding member is the nominee, not a co-worker of a work.
  await page.goBack();
  await page.getByRole('link', { name: 'อำเภอเมืองสระแก้ว', exact: true }).click();
  await page.getByTestId('dossier-view').waitFor();
  assert.doesNotMatch(await page.locator('.aw-nominees').innerText(), /ผู้ร่วมผลงาน/);
});

test(
  'the voter finds the ballot in the menu; the window is over; the organiser may close',
  { timeout: 120_000 },
  async () => {
    const voter = await open('demo.rayong.voter', 1280, 900);
    await voter.getByRole('link', { name: 'การลงคะแนน' }).first().click();
    const mine = voter.locator('.plain-list li').first();
    assert.match(await mine.innerText(), /ลงคะแนนแล้ว 0 จาก 5 ด้าน · หมดเวลาลงคะแนนแล้ว/);
    await mine.getByRole('link').click();
    await voter.getByTestId('ballot-closed').waitFor();
    assert.equal(await voter.getByTestId('ballot-not-voted').count(), 5);
    const phone = await open('demo.rayong.voter', 390, 844);
    await phone.goto(voter.url());
    await phone.getByTestId('ballot-closed').waitFor();
    assert.equal(await horizontalOverflow(phone), 0);
    await phone.screenshot({ path: artifactPath('demo-ballot-over-390.png'), fullPage: true });

    const organiser = await open('demo.rayong', 1280, 900);
    await organiser.getByRole('link', { name: 'การลงคะแนน' }).first().click();
    await organiser.getByTestId('election-row').first().getByRole('link').click();
    assert.equal(await organiser.getByTestId('election-status').innerText(), 'หมดเวลาลงคะแนน รอปิด');
    assert.equal(await organiser.getByTestId('election-close').isEnabled(), true);
    await organiser.screenshot({ path: artifactPath('demo-election-1280.png'), fullPage: true });
  },
);
