// Browser journey over committee scoring (seed 002, ฉะเชิงเทรา): the call, its corrected 100-point
// rubric, a chair and one judge, and one submitted dossier are set up through the API. In the
// browser บางคล้า's head fills, endorses and submits its dossier on a phone; the organiser starts
// scoring; the judge scores both dossiers (one on a phone) and sees the running total; the chair
// closes scoring, reads the ranking, records the decision and announces it with certificates.
// Deadlines are relative to today: the browser keeps cookies by the real clock.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addDays, systemClock, todayInBangkok } from '../src/kernel/dates.js';
import {
  account,
  answers002,
  call002,
  CHACHOENGSAO,
  jpegBytes,
  ok,
  person,
  put,
  RUBRIC_002,
  subdistrictOf,
  upload,
} from '../src/modules/awards/awards.fixtures.js';
import type { TestClient } from '../src/testing/test-app.js';
import { artifactPath, horizontalOverflow, launchChromium, loginAs, serveTestApp } from './browser.js';

const TODAY = todayInBangkok(systemClock);
// A real 1×1 PNG: the server decides the type from these bytes, not from the name.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const LEAVES = ['1', '2.1', '2.2', '2.3', '2.4', '2.5', '3'];

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
let callId: string;
const nomination: Record<string, string> = {};

async function nominate(head: TestClient, district: string): Promise<string> {
  const hq = await served.t.as('demo.hq');
  const staff = await person(hq, {
    title: 'นางสาว',
    firstName: 'พัฒนากร',
    lastName: `ทดสอบ${district}`,
    orgUnitId: district,
    positionCode: 'cd_worker',
  });
  const partner = await person(hq, {
    firstName: 'เครือข่าย',
    lastName: `ทดสอบ${district}`,
    orgUnitId: await subdistrictOf(served.t, district),
    positionCode: 'network_leader',
    networks: ['kpsm'],
  });
  const res = await head.post(`/api/v1/award-calls/${callId}/nominations`, {
    categoryCode: 'pair',
    orgUnitId: district,
    nominees: [
      { personId: staff, role: 'staff' },
      { personId: partner, role: 'partner' },
    ],
  });
  return ok(res, 201).body.id as string;
}

before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
  const { t } = served;
  const hq = await t.as('demo.hq');
  const people = {
    chair: await person(hq, {
      firstName: 'ประธาน',
      lastName: 'คณะกรรมการ',
      orgUnitId: CHACHOENGSAO,
      positionCode: 'provincial_head',
    }),
    judge: await person(hq, {
      title: 'นาง',
      firstName: 'กรรมการ',
      lastName: 'เครือข่ายสตรี',
      orgUnitId: CHACHOENGSAO,
      positionCode: 'network_leader',
      networks: ['kpst'],
    }),
    organiser: await person(hq, {
      firstName: 'ผู้ประสาน',
      lastName: 'โครงการ',
      orgUnitId: CHACHOENGSAO,
      positionCode: 'cd_specialist',
    }),
  };
  await account(t, people.chair, 'cco.chair', 'committee_judge', CHACHOENGSAO);
  await account(t, people.judge, 'cco.judge', 'committee_judge', CHACHOENGSAO);
  await account(t, people.organiser, 'cco.organiser', 'province_staff', CHACHOENGSAO);
  for (const d of ['2401', '2402']) {
    const head = await person(hq, {
      firstName: 'หัวหน้า',
      lastName: `อำเภอ${d}`,
      orgUnitId: d,
      positionCode: 'district_head',
    });
    await account(t, head, `head.${d}`, 'district_head', d);
  }

  const org = await t.as('cco.organiser');
  const call = call002({ namesDeadline: addDays(TODAY, 3), dossierDeadline: addDays(TODAY, 7) });
  callId = ok(await org.post('/api/v1/award-calls', call), 201).body.id;
  ok(await put(org, `/api/v1/award-calls/${callId}/categories/pair/rubric`, RUBRIC_002));
  for (const [personId, role, titleTh] of [
    [people.chair, 'chair', 'พัฒนาการจังหวัดฉะเชิงเทรา'],
    [people.judge, 'member', 'ประธานคณะกรรมการพัฒนาสตรีจังหวัดฉะเชิงเทรา'],
  ] as const) {
    ok(await org.post(`/api/v1/award-calls/${callId}/committee`, { personId, role, titleTh }), 201);
  }
  ok(await org.post(`/api/v1/award-calls/${callId}/open`));

  // เมืองฉะเชิงเทรา's dossier goes all the way through the API; บางคล้า only names its pair.
  const muang = await t.as('head.2401');
  nomination['2401'] = await nominate(muang, '2401');
  const id = nomination['2401'];
  ok(await put(muang, `/api/v1/award-nominations/${id}/answers`, { answers: answers002('ตลาดชุมชนปลอดภัย') }));
  ok(await upload(muang, id, 'work_evidence', jpegBytes(2048), 'ตลาด.jpg'), 201);
  ok(await muang.post(`/api/v1/award-nominations/${id}/endorse`));
  ok(await muang.post(`/api/v1/award-nominations/${id}/submit`));
  nomination['2402'] = await nominate(await t.as('head.2402'), '2402');
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

async function confirm(page: Page, testId: string) {
  await page.getByTestId(`${testId}-confirm`).click();
  await page.getByTestId(testId).waitFor({ state: 'hidden' });
}

test('a district fills, endorses and submits its dossier on a phone', { timeout: 300_000 }, async () => {
  const phone = await open('head.2402', 390, 844);
  await phone.goto(`${served.baseUrl}/awards`);
  await phone.getByTestId('call-row').first().getByRole('link').click();
  await phone.getByTestId('rubric-row').first().waitFor();
  assert.equal(await horizontalOverflow(phone), 0);
  await phone.screenshot({ path: artifactPath('award-call-390.png'), fullPage: true });
  await phone.getByTestId('nomination-link').click();
  const form = phone.getByTestId('dossier-form');
  await form.waitFor();
  const a = answers002('กองทุนหมู่บ้านโปร่งใส');
  await phone.getByTestId('answer-years_in_post').fill('4');
  await phone.getByTestId('answer-discipline').selectOption('never');
  for (const key of ['b221', 'b222', 'b223', 'b224', 'steps', 'results', 'use'] as const) {
    await phone.getByTestId(`answer-${key}`).fill(a[key]);
  }
  await phone.getByTestId('answer-work_name').fill(a.work_name);
  await phone.getByTestId('answer-period').fill(a.period);
  await phone
    .getByTestId('upload-work_evidence')
    .setInputFiles({ name: 'ภาพกิจกรรม.png', mimeType: 'image/png', buffer: PNG });
  await phone.getByTestId('files-work_evidence').getByTestId('attached-file').waitFor();
  // Unsaved answers: the head cannot endorse what is not stored yet.
  assert.equal(await phone.getByTestId('dossier-endorse').isDisabled(), true);
  await phone.getByTestId('dossier-save').click();
  await phone.getByTestId('toast').first().waitFor();
  await phone.getByTestId('dossier-endorse').click();
  await confirm(phone, 'confirm-dossier');
  assert.match(await phone.getByTestId('endorser').innerText(), /หัวหน้า อำเภอ2402\) ตำแหน่ง พัฒนาการอำเภอบางคล้า/);
  assert.equal(await horizontalOverflow(phone), 0);
  await phone.screenshot({ path: artifactPath('award-dossier-390.png'), fullPage: true });
  await phone.getByTestId('dossier-submit').click();
  await confirm(phone, 'confirm-dossier');
  await phone.getByTestId('dossier-view').waitFor();
  assert.equal(await phone.getByTestId('nomination-status').innerText(), 'ส่งแล้ว');
  assert.equal(await horizontalOverflow(phone), 0);
});

test('a judge scores, the chair closes scoring and the results rank the dossiers', { timeout: 300_000 }, async () => {
  const organiser = await open('cco.organiser', 1280, 900);
  await organiser.goto(`${served.baseUrl}/awards/${callId}`);
  await organiser.getByTestId('rubric-row').first().waitFor();
  await organiser.getByTestId('action-start').click();
  await confirm(organiser, 'confirm-action');
  assert.equal(await organiser.getByTestId('call-status').innerText(), 'อยู่ระหว่างการให้คะแนน');
  await organiser.screenshot({ path: artifactPath('award-call-1280.png'), fullPage: true });

  // The judge holds no standing permission: the menu entry comes from the committee_judge role.
  const judge = await open('cco.judge', 1280, 900);
  await judge.getByRole('link', { name: 'รางวัล/การคัดเลือก' }).first().click();
  await judge.getByTestId('call-row').first().getByRole('link').click();
  await judge.getByTestId('link-judging').click();
  await judge.getByTestId('judging-row').nth(1).waitFor();
  await judge.getByTestId('open-sheet').filter({ hasText: 'อำเภอเมืองฉะเชิงเทรา' }).click();
  const given = { '1': '10', '2.1': '9', '2.2': '9', '2.3': '9', '2.4': '9', '2.5': '9', '3': '35.5' };
  await judge.getByTestId('points-3').fill('41');
  await judge.getByText('คะแนนต้องอยู่ระหว่าง 0 ถึง 40').waitFor();
  for (const code of LEAVES) await judge.getByTestId(`points-${code}`).fill(given[code as keyof typeof given]);
  await judge.getByTestId('comment-3').fill('ผลงานต่อเนื่องและขยายผลได้');
  assert.equal(await judge.getByTestId('sheet-total').innerText(), '90.5 / 100 คะแนน');
  await judge.getByTestId('sheet-submit').scrollIntoViewIfNeeded();
  await judge.screenshot({ path: artifactPath('award-sheet-1280.png'), fullPage: true });
  await judge.getByTestId('sheet-submit').click();
  await confirm(judge, 'confirm-sheet');
  assert.equal(await judge.getByTestId('sheet-state').innerText(), 'ส่งแล้ว');

  const judgePhone = await open('cco.judge', 390, 844);
  await judgePhone.goto(`${served.baseUrl}/awards/${callId}/judging/${nomination['2402']}`);
  await judgePhone.getByTestId('score-sheet').waitFor();
  for (const code of LEAVES) await judgePhone.getByTestId(`points-${code}`).fill(code === '3' ? '30' : '8');
  assert.equal(await judgePhone.getByTestId('sheet-total').innerText(), '78 / 100 คะแนน');
  assert.equal(await horizontalOverflow(judgePhone), 0);
  await judgePhone.getByTestId('sheet-submit').scrollIntoViewIfNeeded();
  await judgePhone.screenshot({ path: artifactPath('award-sheet-390.png'), fullPage: true });
  await judgePhone.getByTestId('sheet-submit').click();
  await confirm(judgePhone, 'confirm-sheet');

  // The chair's own sheets through the API: 91 and 81.
  const chairApi = await served.t.as('cco.chair');
  for (const [d, c1, c2, c3] of [
    ['2401', 10, 9, 36],
    ['2402', 9, 8, 32],
  ] as const) {
    const scores = LEAVES.map((code) => ({ code, points: code === '1' ? c1 : code === '3' ? c3 : c2 }));
    ok(await put(chairApi, `/api/v1/award-nominations/${nomination[d]}/my-sheet`, { scores }));
    ok(await chairApi.post(`/api/v1/award-nominations/${nomination[d]}/my-sheet/submit`));
  }

  const chair = await open('cco.chair', 1280, 900);
  await chair.goto(`${served.baseUrl}/awards/${callId}/judging`);
  assert.equal(await chair.getByTestId('progress-unsubmitted').innerText(), 'กรรมการส่งใบให้คะแนนครบแล้ว');
  await chair.screenshot({ path: artifactPath('award-judging-1280.png'), fullPage: true });
  await chair.getByTestId('action-close').click();
  await confirm(chair, 'confirm-action');
  await chair.getByTestId('link-results').click();
  await chair.getByTestId('rank-row').nth(1).waitFor();
  const ranking = await chair
    .getByTestId('rank-row')
    .evaluateAll((rows) =>
      rows.map((r) =>
        [
          r.querySelector('[data-testid=rank-unit]')?.textContent,
          r.querySelector('[data-testid=rank-aggregate]')?.textContent,
        ].join(' '),
      ),
    );
  // Two judges: fewer than five, so the trimmed mean is the mean.
  assert.deepEqual(ranking, ['อำเภอเมืองฉะเชิงเทรา 90.75', 'อำเภอบางคล้า 79.50']);
  await chair.screenshot({ path: artifactPath('award-results-1280.png'), fullPage: true });
  const chairPhone = await open('cco.chair', 390, 844);
  await chairPhone.goto(`${served.baseUrl}/awards/${callId}/results`);
  await chairPhone.getByTestId('rank-row').nth(1).waitFor();
  assert.equal(await horizontalOverflow(chairPhone), 0);
  await chairPhone.screenshot({ path: artifactPath('award-results-390.png'), fullPage: true });

  // The decision defaults to the top of the ranking; then the announcement issues certificates.
  await chair.getByTestId('decision-minutes').fill('ที่ประชุมมีมติตามลำดับคะแนน');
  await chair.getByTestId('decision-save').click();
  await confirm(chair, 'confirm-decision');
  await chair.getByTestId('action-announce').click();
  await confirm(chair, 'confirm-action');
  await chair.getByTestId('winner').first().waitFor();
  assert.match(await chair.getByTestId('winners').innerText(), /อำเภอเมืองฉะเชิงเทรา/);
  await chair.getByTestId('certificate').nth(1).waitFor();
  await chair.screenshot({ path: artifactPath('award-announced-1280.png'), fullPage: true });
});
