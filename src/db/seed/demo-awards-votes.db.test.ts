// The selections in the demo data, as a visitor finds them long after the seeds' dates: 001's call
// with the letter's two forms, finished (three districts' dossiers, ranking, winners, certificates),
// 002's call in scoring with five submitted dossiers where the demo judge and the chair can still
// score, and 003's vote open with the 60 staff on its roll, 24 ballots in and the tally sealed
// until the organiser closes it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows, fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { seedDemoPrograms } from './demo-programs.js';
import { demoName } from './demo-programs/demo-people.js';

function ok<T = unknown>(res: { status: number; body: unknown }, status = 200): T {
  assert.equal(res.status, status, JSON.stringify(res.body));
  return res.body as T;
}

interface CallSummary {
  id: string;
  title: string;
  status: string;
  role: string;
  organiserUnit: { id: string };
}

describe('demo data: award calls and the role-model vote', () => {
  let t: TestApp;
  let seconds: number;
  const calls = new Map<string, CallSummary>(); // by organiser province

  const callOf = async (c: TestClient, province: string) => {
    const items: CallSummary[] = ok<{ items: CallSummary[] }>(await c.get('/api/v1/award-calls')).items;
    return items.find((x) => x.organiserUnit.id === province)!;
  };

  before(async () => {
    // Any day after 13 May 2568 reads the same: every deadline and window of the seeds is past.
    t = await startTestApp({ clock: fixedClock('2026-01-10T03:00:00Z') });
    const started = performance.now();
    await seedDemoPrograms(t.database.db);
    seconds = (performance.now() - started) / 1000;
    calls.set('24', await callOf(await t.as('demo.chachoengsao.proposer'), '24'));
    calls.set('27', await callOf(await t.as('demo.sakaeo'), '27'));
  });
  after(() => t.close());

  test('the rows the three selections add', async (tc) => {
    tc.diagnostic(`seedDemoPrograms with the selections: ${seconds.toFixed(2)} s`);
    const tables = [
      'award_call',
      'award_category',
      'award_rubric',
      'award_committee_member',
      'award_nomination',
      'award_nomination_file',
      'award_conflict',
      'award_sheet',
      'award_score',
      'award_winner',
      'certificate',
      'election',
      'election_voter',
      'election_participation',
      'ballot',
    ] as const;
    const counts = Object.fromEntries(await Promise.all(tables.map(async (x) => [x, await countRows(t, x)])));
    assert.deepEqual(counts, {
      award_call: 2,
      award_category: 3, // 001: group and member; 002: the pair
      award_rubric: 3,
      award_committee_member: 3 + 9,
      award_nomination: 3 * 2 + 6, // 001: three districts × group and member; 002: six pairs named
      award_nomination_file: 3 * 2 * 2 + 5, // 001: evidence and volume on each; 002: a photo on each sent
      award_conflict: 1, // 002's ผู้นำ อช. president lives in บางปะกง
      // 001: two scoring members on six dossiers; 002: seven judges on five, less the conflicted one
      award_sheet: 2 * 6 + (7 * 5 - 1),
      award_score: 2 * (3 * 3 + 3 * 4) + (7 * 5 - 1) * 7, // a score per leaf criterion on each sheet
      award_winner: 2, // 001's two categories
      certificate: 2, // the winning group (by its name) and the winning member
      election: 1,
      election_voter: 60,
      // 24 voters × 5 virtues, less the 15 blanks: voter j leaves virtue k blank when (j + k) mod 9 = 4.
      election_participation: 105,
      ballot: 105,
    });
  });

  test('002: in scoring with five submitted dossiers; the demo judge opens and fills a score sheet', async () => {
    const call = calls.get('24')!;
    assert.equal(call.status, 'scoring');
    const judge = await t.as('demo.chachoengsao.judge');
    assert.deepEqual((await callOf(judge, '24')).role, 'member');
    const work = ok<{ dossiers: { nominationId: string; unit: { nameTh: string }; state: string }[] }>(
      await judge.get(`/api/v1/award-calls/${call.id}/judging`),
    );
    assert.deepEqual(
      work.dossiers.map((d) => [d.unit.nameTh, d.state]),
      [
        ['อำเภอเมืองฉะเชิงเทรา', 'not_started'],
        ['อำเภอบางคล้า', 'not_started'],
        ['อำเภอบางปะกง', 'not_started'],
        ['อำเภอบ้านโพธิ์', 'not_started'],
        ['อำเภอพนมสารคาม', 'not_started'],
      ],
    );
    const sheetPath = `/api/v1/award-nominations/${work.dossiers[1]!.nominationId}/my-sheet`;
    const sheet = ok<{ editable: boolean; state: string; criteria: { maxPoints: number; isLeaf: boolean }[] }>(
      await judge.get(sheetPath),
    );
    assert.deepEqual([sheet.editable, sheet.state], [true, 'not_started']);
    assert.equal(
      sheet.criteria.filter((c) => c.isLeaf).reduce((s, c) => s + c.maxPoints, 0),
      100,
    );
    const saved = ok<{ state: string; total: number }>(
      await judge.request('PUT', sheetPath, {
        scores: [
          { code: '1', points: 10 },
          { code: '3', points: 36.5 },
        ],
      }),
    );
    assert.deepEqual([saved.state, saved.total], ['in_progress', 46.5]);

    // The chair sees who still owes sheets: the chair and the demo judge, five each.
    const chair = await t.as('demo.chachoengsao');
    const progress = ok<{ unsubmitted: number }>(await chair.get(`/api/v1/award-calls/${call.id}/progress`));
    assert.equal(progress.unsubmitted, 10);
    assert.equal((await chair.get(`/api/v1/award-calls/${call.id}/results`)).status, 403);
  });

  test('002: the district head login sees its own submitted dossier and not the others', async () => {
    const call = calls.get('24')!;
    const head = await t.as('demo.chachoengsao.2401');
    assert.equal((await callOf(head, '24')).role, 'nominator');
    const own = ok<{ items: { unit: { id: string }; status: string }[] }>(
      await head.get(`/api/v1/award-calls/${call.id}/nominations`),
    ).items;
    assert.deepEqual(
      own.map((n) => [n.unit.id, n.status]),
      [['2401', 'submitted']],
    );
    const all = ok<{ items: { unit: { id: string }; status: string }[] }>(
      await (await t.as('demo.chachoengsao.proposer')).get(`/api/v1/award-calls/${call.id}/nominations`),
    ).items;
    assert.deepEqual(all.map((n) => n.status).sort(), [
      'draft',
      'submitted',
      'submitted',
      'submitted',
      'submitted',
      'submitted',
    ]);
  });

  test('001: the letter’s two report forms as typed sections, three districts’ dossiers, announced with certificates', async () => {
    const call = calls.get('27')!;
    assert.equal(call.status, 'announced');
    const organiser = await t.as('demo.sakaeo');
    const full = ok<{
      namesDeadline: string;
      dossierDeadline: string;
      openedAt: string;
      decidedOn: string;
      announcedAt: string;
      committee: { role: string; scores: boolean }[];
      categories: {
        code: string;
        kind: string;
        form: { sections: { titleTh: string; fields: { type: string }[] }[] };
        rubric: { statedTotal: number; criteria: { maxPoints: number }[] };
      }[];
      winners: { categoryCode: string; unit: { nameTh: string }; entryName: string | null }[];
    }>(await organiser.get(`/api/v1/award-calls/${call.id}`));
    assert.deepEqual(
      [full.namesDeadline, full.dossierDeadline, full.openedAt.slice(0, 10), full.decidedOn],
      ['2024-02-16', '2024-02-16', '2023-12-27', '2024-02-26'],
    );
    assert.equal(full.announcedAt, '2024-03-06T02:00:00.000Z'); // 09:00 on 6 March 2567 in Bangkok
    const shape = full.categories.map((c) => [
      c.code,
      c.kind,
      c.form.sections.map((s) => s.titleTh.slice(0, 2)),
      [...new Set(c.form.sections.flatMap((s) => s.fields.map((f) => f.type)))].sort(),
      c.rubric.criteria.reduce((s, x) => s + x.maxPoints, 0),
    ]);
    assert.deepEqual(shape, [
      ['group', 'group', ['๑.', '๒.', '๓.', '๔.'], ['date', 'file', 'money', 'number', 'table', 'text'], 100],
      ['member', 'member', ['๑.', '๒.', '๓.', '๔.', '๕.'], ['date', 'file', 'money', 'text'], 100],
    ]);
    assert.deepEqual(
      full.committee.map((m) => [m.role, m.scores]),
      [
        ['chair', true],
        ['member', true],
        ['member', false],
      ],
    );
    assert.deepEqual(
      full.winners.map((w) => [w.categoryCode, w.unit.nameTh, w.entryName]),
      [
        ['group', 'อำเภอวัฒนานคร', 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านท่าเกวียน (สาธิต)'],
        ['member', 'อำเภอเมืองสระแก้ว', null],
      ],
    );
    const results = ok<{ categories: { code: string; ranking: { unit: { id: string }; aggregate: string }[] }[] }>(
      await organiser.get(`/api/v1/award-calls/${call.id}/results`),
    );
    assert.deepEqual(
      results.categories.map((c) => [c.code, c.ranking.map((e) => `${e.unit.id} ${e.aggregate}`)]),
      [
        ['group', ['2705 90.50', '2701 86.00', '2706 80.50']],
        ['member', ['2701 88.00', '2706 85.50', '2705 83.50']],
      ],
    );
    const certificates = await t.database.db
      .selectFrom('certificate')
      .select(['recipient_name', 'issued_on'])
      .orderBy('recipient_name')
      .execute();
    assert.deepEqual(
      certificates.map((c) => [c.recipient_name.endsWith('(สาธิต)'), String(c.issued_on).slice(0, 10)]),
      [
        [true, '2024-03-06'],
        [true, '2024-03-06'],
      ],
    );
  });

  test('003: open with the 60 staff on the roll, 24 voted, sealed; closing shows the tally', async () => {
    const organiser = await t.as('demo.rayong');
    const [summary] = ok<{ items: { id: string; status: string; rollSize: number }[] }>(
      await organiser.get('/api/v1/elections'),
    ).items;
    assert.deepEqual([summary!.status, summary!.rollSize], ['open', 60]);
    const e = ok<{ acceptingVotes: boolean; resultsVisible: boolean; categories: { voted: number }[] }>(
      await organiser.get(`/api/v1/elections/${summary!.id}`),
    );
    assert.deepEqual([e.acceptingVotes, e.resultsVisible], [false, false]);
    assert.equal(
      e.categories.reduce((s, c) => s + c.voted, 0),
      105,
    );
    assert.equal((await organiser.get(`/api/v1/elections/${summary!.id}/results`)).status, 403);
    const slips = ok<{ items: { ballotCode: string }[] }>(
      await organiser.get(`/api/v1/elections/${summary!.id}/voters`),
    );
    assert.equal(new Set(slips.items.map((v) => v.ballotCode)).size, 60);

    // The voter login is on the roll, has not voted, and can no longer vote.
    const voter = await t.as('demo.rayong.voter');
    const mine = ok<{ items: { electionId: string; acceptingVotes: boolean; voted: number }[] }>(
      await voter.get('/api/v1/my-ballots'),
    ).items;
    assert.deepEqual(
      mine.map((m) => [m.electionId, m.acceptingVotes, m.voted]),
      [[summary!.id, false, 0]],
    );

    ok(await organiser.post(`/api/v1/elections/${summary!.id}/close`));
    const results = ok<{
      categories: { code: string; ballots: number; rows: { candidate: { fullName: string }; votes: number }[] }[];
    }>(await organiser.get(`/api/v1/elections/${summary!.id}/results`));
    assert.equal(
      results.categories.reduce((s, c) => s + c.ballots, 0),
      105,
    );
    // The first favourite of ด้านพอเพียง is staff member 20 of the seeder's plan.
    const n20 = demoName(20, 100);
    const sufficiency = results.categories.find((c) => c.code === 'sufficiency')!;
    assert.equal(sufficiency.rows[0]!.candidate.fullName, `${n20.title}${n20.firstName} ${n20.lastName}`);
  });

  test('other provinces do not see these calls or the vote', async () => {
    const lampang = await t.as('demo.province');
    assert.deepEqual(ok<{ items: unknown[] }>(await lampang.get('/api/v1/award-calls')).items, []);
    assert.deepEqual(ok<{ items: unknown[] }>(await lampang.get('/api/v1/elections')).items, []);
    assert.equal((await lampang.get(`/api/v1/award-calls/${calls.get('24')!.id}`)).status, 404);
  });
});
