// Seed 004's SMART Saving Group activity as demo data: sample instruments only, the department's
// program, พะเยา's selection (the fund-centre leader first), ปง's two forums on the seed's dates, the
// 20 % plan indicator; not duplicated by a second run (the seeding time is reported, not asserted).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixedClock, startTestApp, type TestApp } from '../../testing/test-app.js';
import { isDemoAssessmentsSeeded, seedDemoAssessments } from './demo-assessments.js';
import { seedDemoPrograms } from './demo-programs.js';

const TABLES = [
  'assessment_instrument',
  'assessment_program',
  'assessment_target',
  'assessment_forum',
  'assessment_plan',
  'assessment_plan_item',
  'assessment_spending',
  'savings_group',
  'group_member',
] as const;

describe('demo data for seed 004’s SMART Saving Group activity', () => {
  let t: TestApp;
  let seconds: number;
  let counts: Record<string, number>;
  let programId: string;

  const tableCounts = async () => {
    const n = await Promise.all(
      TABLES.map((table) =>
        t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    );
    return Object.fromEntries(TABLES.map((table, i) => [table, Number(n[i]!.n)]));
  };

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-01-10T03:00:00Z') });
    await seedDemoPrograms(t.database.db);
    const started = performance.now();
    const logins = await seedDemoAssessments(t.database.db);
    seconds = (performance.now() - started) / 1000;
    assert.deepEqual(
      logins.map((l) => [l.username, l.role]),
      [['demo.phayao.pong', 'district_staff']],
    );
    counts = await tableCounts();
    programId = (await (await t.as('demo.hq')).get('/api/v1/assessment-programs')).body.items[0].id;
  });
  after(() => t.close());

  test('what is seeded (and how long it took, as a diagnostic)', (tc) => {
    // Reported, not asserted: speed belongs to benchmarks, and this runs on loaded machines too.
    tc.diagnostic(`seedDemoAssessments: ${seconds.toFixed(2)} s`);
    assert.deepEqual(counts, {
      assessment_instrument: 2,
      assessment_program: 1,
      assessment_target: 5,
      assessment_forum: 2,
      assessment_plan: 2,
      assessment_plan_item: 8,
      assessment_spending: 1,
      savings_group: 6,
      group_member: 16 + 15 + 12 + 10 + 9 + 8,
    });
  });

  test('a second run writes nothing', async () => {
    assert.ok(await isDemoAssessmentsSeeded(t.database.db));
    assert.deepEqual(await seedDemoAssessments(t.database.db), []);
    assert.deepEqual(await tableCounts(), counts);
  });

  test('the instruments are samples, never presented as official', async () => {
    const items = (await (await t.as('demo.phayao')).get('/api/v1/assessment-instruments')).body.items;
    assert.deepEqual(
      items.map((i: { isSample: boolean; shapeTh: string }) => [i.isSample, i.shapeTh]),
      [
        [true, '4 ด้าน 21 ตัวชี้วัด'],
        [true, '5 ด้าน 23 ตัวชี้วัด'],
      ],
    );
    for (const i of items) assert.match(i.titleTh, /\(ตัวอย่าง\)$/);
  });

  test('พะเยา: five level-3 targets, the fund-centre leader first; ปง reported on time, the other overdue', async () => {
    const phayao = await t.as('demo.phayao');
    const targets = (await phayao.get(`/api/v1/assessment-programs/${programId}/targets`)).body.items;
    assert.equal(targets.length, 5);
    assert.equal(targets[0].reason, 'fund_centre_leader');
    assert.match(targets[0].reasonTh, /ศูนย์จัดการกองทุนชุมชนตำบลนาปรัง \(สาธิต\)/);
    assert.ok(targets.slice(1).every((x: { reason: string }) => x.reason === 'level'));
    assert.deepEqual(
      targets
        .slice(0, 2)
        .map((x: { forumStatus: string; planStatus: string; report: unknown }) => [
          x.forumStatus,
          x.planStatus,
          x.report,
        ]),
      [
        ['reported', 'adopted', { dueOn: '2021-05-19', reportedOn: '2021-05-17', state: 'on_time' }],
        ['signed', 'draft', { dueOn: '2021-05-20', reportedOn: null, state: 'overdue' }],
      ],
    );
    const r = (await phayao.get(`/api/v1/assessment-programs/${programId}/rollup?orgUnitId=56`)).body;
    assert.deepEqual(r.planIndicator, { targets: 5, withPlan: 1, percentBp: 2000, targetBp: 6000, met: false });
    assert.deepEqual([r.totals.budget, r.totals.planned, r.totals.spent], [1_500_000, 300_000, 150_000]);
    // The books were last posted on 5 April: "บันทึกบัญชีเป็นปัจจุบัน" failed at both forums.
    assert.deepEqual(
      r.mostFailed.slice(0, 2).map((m: { indicatorCode: string; failed: number }) => [m.indicatorCode, m.failed]),
      [
        ['2.1', 2],
        ['M1', 2],
      ],
    );
  });

  test('the ปง officer sees ปง’s targets only; the forum shows what the books said', async () => {
    const officer = await t.as('demo.phayao.pong');
    const mine = (await officer.get(`/api/v1/assessment-programs/${programId}/targets`)).body.items;
    assert.deepEqual(
      mine.map((x: { district: { id: string } }) => x.district.id),
      ['5606', '5606'],
    );
    const f = (await officer.get(`/api/v1/assessment-programs/${programId}/forums/${mine[0].groupId}`)).body;
    const m1 = f.instruments[1].dimensions[1].indicators[0];
    assert.deepEqual([m1.value, m1.source, m1.passed], [37, 'ledger', false]);
  });
});
