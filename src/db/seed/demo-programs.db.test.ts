// The five seed programs as demo data: recreated in full on top of the ลำปาง demo and the demo
// savings groups, not duplicated by a second run, and each seed province's login sees its own
// programs and no other province's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { isDemoProgramsSeeded, seedDemoPrograms } from './demo-programs.js';
import { seedDemoSavings } from './demo-savings.js';

interface Summary {
  id: string;
  titleTh: string;
  orgUnitId: string;
  status: string;
  registerNumber: string | null;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('demo data for the five seed programs', () => {
  let t: TestApp;
  let counts: Record<string, number>;
  let seconds: number;

  const tableCounts = async () => {
    const tables = [
      'project',
      'project_plan',
      'plan_step',
      'letter',
      'letter_copy',
      'report_request',
      'report_submission',
      'user_account',
    ] as const;
    const n = await Promise.all(
      tables.map((table) =>
        t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    );
    return Object.fromEntries(tables.map((table, i) => [table, Number(n[i]!.n)]));
  };

  before(async () => {
    // Early January 2026: the savings demo then has its first three meeting days and no more.
    t = await startTestApp({ clock: fixedClock('2026-01-10T03:00:00Z') });
    await seedDemoSavings(t.database.db, t.clock);
    const started = performance.now();
    const logins = await seedDemoPrograms(t.database.db);
    seconds = (performance.now() - started) / 1000;
    assert.deepEqual(logins.map((l) => l.username).sort(), [
      'demo.chachoengsao',
      'demo.chachoengsao.2401',
      'demo.chachoengsao.endorser',
      'demo.chachoengsao.judge',
      'demo.chachoengsao.proposer',
      'demo.lampang.endorser',
      'demo.lampang.proposer',
      'demo.phayao',
      'demo.rayong',
      'demo.rayong.endorser',
      'demo.rayong.proposer',
      'demo.rayong.voter',
      'demo.sakaeo',
      'demo.sakaeo.proposer',
    ]);
    counts = await tableCounts();
  });
  after(() => t.close());

  test('exactly the seed programs: 4 projects, one 8-step plan, 5 circulars, 6 requests', (tc) => {
    // Reported, not asserted: speed belongs to benchmarks, and this runs on loaded machines too.
    tc.diagnostic(`seedDemoPrograms: ${seconds.toFixed(2)} s`);
    assert.deepEqual(
      { ...counts, user_account: undefined },
      {
        project: 4, // 000, 001, 002, 003 (004 is the department's activity, sent as a letter only)
        project_plan: 1,
        plan_step: 8,
        letter: 5,
        letter_copy: 13 + 9 + 11 + 8 + 4,
        report_request: 6,
        report_submission: 3 * 9 + 2 * 11 + 8,
        user_account: undefined,
      },
    );
  });

  test('a second run writes nothing', async () => {
    assert.ok(await isDemoProgramsSeeded(t.database.db));
    assert.deepEqual(await seedDemoPrograms(t.database.db), []);
    assert.deepEqual(await tableCounts(), counts);
  });

  test('ลำปาง: 000 approved through four signers with a register number; its circular to 13 districts', async () => {
    const lampang = await t.as('demo.province');
    const projects: Summary[] = (await lampang.get('/api/v1/projects')).body.items;
    assert.deepEqual(
      projects.map((p) => [p.titleTh, p.orgUnitId, p.status, p.registerNumber]),
      [['ออมวันละบาท สร้างโอกาสที่ยั่งยืน', '52-wg2', 'approved', '1/2567']],
    );
    const p = (await lampang.get(`/api/v1/projects/${projects[0]!.id}`)).body;
    assert.deepEqual(
      p.chain.map((s: { role: string; signedOn: string }) => [s.role, s.signedOn]),
      [
        ['proposer', '2024-04-23'],
        ['endorser', '2024-04-25'],
        ['checker', '2024-04-25'],
        ['approver', '2024-04-25'],
      ],
    );
    assert.deepEqual([p.budgetSatang, p.fiscalYear, p.tags], [null, 2567, ['saisaad-4']]);
    assert.deepEqual(
      p.indicators.map((k: { kind: string; target: number | null; unit: string | null }) => [k.kind, k.target, k.unit]),
      [
        ['quantitative', 91, 'คน'],
        ['qualitative', null, null],
      ],
    );
    const letters = (await lampang.get('/api/v1/letters')).body.items;
    assert.equal(letters.length, 1);
    assert.equal(letters[0].copies.length, 13);
    assert.equal(letters[0].letterDate, '2024-04-25');
    assert.match(letters[0].copies[0].number, /^ลป ๐๐๑๙\.๔\/ว ๑$/);
    const inbox = (await (await t.as('demo.district')).get('/api/v1/letter-inbox')).body;
    assert.equal(inbox.items.length, 1);
    const copy = (await lampang.get(`/api/v1/letter-copies/${inbox.items[0].id}`)).body;
    assert.equal(copy.document.salutation, 'พัฒนาการอำเภอเมืองลำปาง');
  });

  test('สระแก้ว: 001 with its budget, circular to 9 districts and three requests with the seed deadlines', async () => {
    const c = await t.as('demo.sakaeo');
    const [project] = (await c.get('/api/v1/projects')).body.items as Summary[];
    const p = (await c.get(`/api/v1/projects/${project!.id}`)).body;
    assert.deepEqual(
      [p.status, p.budgetSatang, p.budgetText, p.startsOn, p.endsOn],
      ['approved', 48_000_00, 'สี่หมื่นแปดพันบาทถ้วน', '2024-03-06', '2024-03-08'],
    );
    const letters = (await c.get('/api/v1/letters')).body.items;
    assert.deepEqual(
      letters.map((l: { copies: unknown[]; letterDate: string }) => [l.copies.length, l.letterDate]),
      [[9, '2023-12-27']],
    );
    assert.match(letters[0].copies[0].number, /^สก ๐๐๑๘\/ว /);
    assert.deepEqual(await requests(c), [
      ['แบบรายงานข้อมูลกลุ่มออมทรัพย์เพื่อการผลิตดีเด่นระดับอำเภอ', '2024-02-16', '2023-12-27', 9],
      ['แบบรายงานข้อมูลสมาชิกกลุ่มออมทรัพย์เพื่อการผลิตดีเด่นระดับอำเภอ', '2024-02-16', '2023-12-27', 9],
      ['แบบรายงานการส่งเสริมการออม', '2024-03-15', '2023-12-27', 9],
    ]);
  });

  test('ฉะเชิงเทรา: 002 with three signers, the 8-step plan, and its two requests', async () => {
    const c = await t.as('demo.chachoengsao');
    const [project] = (await c.get('/api/v1/projects')).body.items as Summary[];
    const p = (await c.get(`/api/v1/projects/${project!.id}`)).body;
    assert.deepEqual(
      p.chain.map((s: { role: string }) => s.role),
      ['proposer', 'endorser', 'approver'],
    );
    assert.equal(p.registerNumber, '1/2568');
    const plan = (await c.get(`/api/v1/plans/${p.plans[0].id}`)).body;
    assert.deepEqual(
      plan.steps.map((s: { dueOn: string; status: string }) => [s.dueOn, s.status]),
      [
        ['2025-01-15', 'done'],
        ['2025-01-15', 'done'],
        ['2025-01-15', 'done'],
        ['2025-04-30', 'not_started'],
        ['2025-05-30', 'not_started'],
        ['2025-06-13', 'not_started'],
        ['2025-06-13', 'not_started'],
        ['2025-06-13', 'not_started'],
      ],
    );
    assert.deepEqual(
      (await requests(c)).map(([, deadline, , n]) => [deadline, n]),
      [
        ['2025-02-14', 11],
        ['2025-04-30', 11],
      ],
    );
  });

  test('ระยอง: 003 and the district plan request due 22 February 2567', async () => {
    const c = await t.as('demo.rayong');
    const projects: Summary[] = (await c.get('/api/v1/projects')).body.items;
    assert.deepEqual(
      projects.map((p) => [p.titleTh, p.status]),
      [['พช. พอเพียง : สานพลัง ปันรัก ปันสุข สู่ชุมชน', 'approved']],
    );
    assert.deepEqual(
      (await requests(c)).map(([, deadline, sentOn, n]) => [deadline, sentOn, n]),
      [['2024-02-22', '2024-02-01', 8]],
    );
  });

  test('พะเยา: 004 mail-merged to ปง ภูซาง เชียงคำ แม่ใจ with four distinct numbers and four inbox copies', async () => {
    const c = await t.as('demo.phayao');
    assert.deepEqual((await c.get('/api/v1/projects')).body.items, []);
    const [letter] = (await c.get('/api/v1/letters')).body.items;
    const copies: { number: string; addressee: { id: string; nameTh: string }; letterDate: string }[] = letter.copies;
    assert.deepEqual(
      copies.map((x) => [x.addressee.nameTh, x.number, x.letterDate]),
      [
        ['ปง', 'พย ๐๐๑๙.๑/ว ๑', '2021-04-20'],
        ['ภูซาง', 'พย ๐๐๑๙.๑/ว ๒', '2021-04-20'],
        ['เชียงคำ', 'พย ๐๐๑๙.๑/ว ๓', '2021-04-20'],
        ['แม่ใจ', 'พย ๐๐๑๙.๑/ว ๔', '2021-04-20'],
      ],
    );
    const inboxCopies = await t.database.db
      .selectFrom('letter_copy')
      .select('addressee_unit_id')
      .where('letter_id', '=', letter.id)
      .execute();
    assert.deepEqual(inboxCopies.map((r) => r.addressee_unit_id).sort(), ['5603', '5606', '5607', '5608']);
  });

  test('each province login sees its own programs and not another province’s', async () => {
    const seen = new Map<string, { projects: string[]; letters: string[]; requests: string[] }>();
    for (const u of ['demo.province', 'demo.sakaeo', 'demo.chachoengsao', 'demo.rayong', 'demo.phayao']) {
      const c = await t.as(u);
      seen.set(u, {
        projects: ids((await c.get('/api/v1/projects')).body.items),
        letters: ids((await c.get('/api/v1/letters')).body.items),
        requests: ids((await c.get('/api/v1/report-requests')).body.items),
      });
    }
    const all = [...seen.values()];
    assert.deepEqual(
      all.map((s) => [s.projects.length, s.letters.length, s.requests.length]),
      [
        [1, 1, 0],
        [1, 1, 3],
        [1, 1, 2],
        [1, 1, 1],
        [0, 1, 0],
      ],
    );
    // Nothing is listed for two provinces, and a direct read of another province's record is refused.
    const flat = all.flatMap((s) => [...s.projects, ...s.letters, ...s.requests]);
    assert.equal(new Set(flat).size, flat.length);
    const phayao = await t.as('demo.phayao');
    const sakaeo = seen.get('demo.sakaeo')!;
    assert.equal((await phayao.get(`/api/v1/projects/${sakaeo.projects[0]}`)).status, 404);
    assert.equal((await phayao.get(`/api/v1/letters/${sakaeo.letters[0]}`)).status, 404);
    assert.equal((await phayao.get(`/api/v1/report-requests/${sakaeo.requests[0]}`)).status, 404);
    const hq = await t.as('demo.hq');
    assert.equal((await hq.get('/api/v1/projects')).body.items.length, 4);
  });
});

/** [title, deadline, sentOn, addressed] of the requests a login sees, by title. */
async function requests(c: TestClient): Promise<[string, string, string, number][]> {
  const items: { id: string; title: string; deadline: string; sentOn: string; expected: number }[] = (
    await c.get('/api/v1/report-requests')
  ).body.items;
  return items
    .map((r): [string, string, string, number] => [r.title, r.deadline, r.sentOn, r.expected])
    .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
}
