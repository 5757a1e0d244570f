// The edges of an award call through the HTTP API: deadlines met at 23:59:59 in Bangkok and missed a
// second later, the per-office quota under two simultaneous requests, what freezes once scoring
// starts, declared conflicts, an early close with a reason, and a decision against the ranking.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import {
  account,
  answers002,
  call002,
  CHACHOENGSAO,
  jpegBytes,
  movableClock,
  ok,
  person,
  put,
  refused,
  RUBRIC_002,
  subdistrictOf,
  upload,
} from './awards.fixtures.js';

const UNITS = ['2401', '2402', '2403'];

/** Backends of this database waiting on a lock. */
async function waitingOnLocks(t: TestApp): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(
    t.database.db,
  );
  return Number(rows[0]!.n);
}

/** Polls until `ready` (a wait, not an assertion on time). */
async function until(ready: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500 && !(await ready()); i++) await new Promise((r) => setTimeout(r, 20));
}

describe('awards: deadlines, quota, freezing, conflicts, forced close, decisions', () => {
  const clock = movableClock('2025-01-15T03:00:00Z');
  let t: TestApp;
  let callId: string;
  const staff = new Map<string, string[]>();
  const partners = new Map<string, string>();
  const nominations = new Map<string, string>();
  const members: string[] = [];
  let sessions = new Map<string, TestClient>();
  const as = async (u: string) => {
    if (!sessions.has(u)) sessions.set(u, await t.as(u));
    return sessions.get(u)!;
  };
  const moveClock = (iso: string) => {
    clock.set(iso);
    sessions = new Map();
  };

  before(async () => {
    t = await startTestApp({ clock });
    const hq = await t.as('demo.hq');
    const org = await person(hq, {
      firstName: 'ผู้จัด',
      lastName: 'ทดสอบ',
      orgUnitId: CHACHOENGSAO,
      positionCode: 'cd_specialist',
    });
    await account(t, org, 'rules.organiser', 'province_staff', CHACHOENGSAO);
    for (let i = 1; i <= 3; i++) {
      const j = await person(hq, {
        firstName: `ผู้พิจารณา${i}`,
        lastName: 'ทดสอบ',
        orgUnitId: CHACHOENGSAO,
        positionCode: 'work_group_director',
      });
      await account(t, j, `rules.judge${i}`, 'committee_judge', CHACHOENGSAO);
      members.push(j);
    }
    for (const d of UNITS) {
      const h = await person(hq, { firstName: 'หัวหน้า', lastName: d, orgUnitId: d, positionCode: 'district_head' });
      await account(t, h, `rules.head${d}`, 'district_head', d);
      staff.set(d, [
        await person(hq, { firstName: 'พัฒนากร', lastName: `${d}ก`, orgUnitId: d, positionCode: 'cd_worker' }),
        await person(hq, { firstName: 'พัฒนากร', lastName: `${d}ข`, orgUnitId: d, positionCode: 'cd_worker' }),
      ]);
      partners.set(
        d,
        await person(hq, {
          firstName: 'เครือข่าย',
          lastName: d,
          orgUnitId: await subdistrictOf(t, d),
          positionCode: 'network_leader',
          networks: ['kpsm'],
        }),
      );
    }
    const o = await as('rules.organiser');
    callId = ok(
      await o.post('/api/v1/award-calls', call002({ aggregation: 'mean', spreadThreshold: 10, tieBreaks: [] })),
      201,
    ).body.id;
    ok(await put(o, `/api/v1/award-calls/${callId}/categories/pair/rubric`, RUBRIC_002));
    for (const [i, p] of members.entries()) {
      const body = { personId: p, role: i === 0 ? 'chair' : 'member', titleTh: i === 0 ? 'ประธานกรรมการ' : 'กรรมการ' };
      members[i] = ok(await o.post(`/api/v1/award-calls/${callId}/committee`, body), 201).body.committee.at(-1).id;
    }
    ok(await o.post(`/api/v1/award-calls/${callId}/open`));
  });
  after(() => t.close());

  const nominate = (c: TestClient, d: string, staffId: string) =>
    c.post(`/api/v1/award-calls/${callId}/nominations`, {
      categoryCode: 'pair',
      orgUnitId: d,
      nominees: [
        { personId: staffId, role: 'staff' },
        { personId: partners.get(d)!, role: 'partner' },
      ],
    });

  test('names are taken until 23:59:59 on the deadline in Bangkok; two at once cannot both take the last place', async () => {
    moveClock('2025-02-14T16:59:59Z');
    for (const d of ['2402', '2403']) {
      nominations.set(d, ok(await nominate(await as(`rules.head${d}`), d, staff.get(d)![0]!), 201).body.id);
    }
    // Six sends at once. On PostgreSQL the test holds the call row first, so all six queue at their
    // first statement and then run in parallel transactions; only the quota lock keeps them apart.
    const c = await as('rules.head2401');
    const [s1, s2] = staff.get('2401')!;
    const fire = () => Promise.all(Array.from({ length: 6 }, (_, i) => nominate(c, '2401', i % 2 ? s1! : s2!)));
    const all =
      t.database.kind === 'postgres'
        ? await t.database.db.connection().execute(async (conn) => {
            await sql`BEGIN`.execute(conn);
            await sql`SELECT id FROM award_call WHERE id = ${callId} FOR UPDATE`.execute(conn);
            const pending = fire();
            await until(async () => (await waitingOnLocks(t)) >= 6);
            await sql`COMMIT`.execute(conn);
            return pending;
          })
        : await fire();
    assert.deepEqual(all.map((r) => r.status).sort(), [201, 409, 409, 409, 409, 409]);
    for (const r of all.filter((x) => x.status === 409)) assert.match(r.body.error.messageTh, /ครบ 1 รายการแล้ว/);
    nominations.set('2401', all.find((r) => r.status === 201)!.body.id);
    const count = await t.database.db
      .selectFrom('award_nomination')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('org_unit_id', '=', '2401')
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });

  test('dossiers: on time at 23:59:59 on 30 April (Bangkok), refused a second later, and then frozen', async () => {
    moveClock('2025-04-30T16:59:59Z');
    const fill = async (d: string, submit: boolean) => {
      const c = await as(`rules.head${d}`);
      const id = nominations.get(d)!;
      ok(await put(c, `/api/v1/award-nominations/${id}/answers`, { answers: answers002(`ผลงาน ${d}`) }));
      ok(await upload(c, id, 'work_evidence', jpegBytes(512), 'หลักฐาน.jpg'), 201);
      ok(await c.post(`/api/v1/award-nominations/${id}/endorse`, { positionLine: 'พัฒนาการอำเภอ (รักษาการ)' }));
      if (submit) assert.equal(ok(await c.post(`/api/v1/award-nominations/${id}/submit`)).body.status, 'submitted');
    };
    await fill('2401', true);
    await fill('2403', true);
    await fill('2402', false);
    moveClock('2025-04-30T17:00:00Z');
    const late = await as('rules.head2402');
    const id = nominations.get('2402')!;
    const tooLate = /^เลยกำหนดส่งแบบเสนอผลงาน \(30 เมษายน 2568\) แล้ว$/;
    await refused(t, () => late.post(`/api/v1/award-nominations/${id}/submit`), 409, tooLate);
    await refused(t, () => late.post(`/api/v1/award-nominations/${id}/withdraw`, { reason: 'ไม่ทัน' }), 409, tooLate);
    await refused(
      t,
      () => put(late, `/api/v1/award-nominations/${id}/answers`, { answers: answers002('แก้ไข') }),
      409,
      tooLate,
    );
    const o = await as('rules.organiser');
    await refused(
      t,
      () => put(o, `/api/v1/award-calls/${callId}/categories/pair/rubric`, RUBRIC_002),
      409,
      /^เปลี่ยนเกณฑ์การให้คะแนนไม่ได้หลังเริ่มการให้คะแนนแล้ว \(สถานะปัจจุบัน: อยู่ระหว่างการให้คะแนน\)$/,
    );
    await refused(
      t,
      () =>
        o.post(`/api/v1/award-calls/${callId}/committee`, {
          personId: staff.get('2401')![1],
          role: 'member',
          titleTh: 'กรรมการ',
        }),
      409,
      /^เปลี่ยนคณะกรรมการไม่ได้หลังเริ่มการให้คะแนนแล้ว/,
    );
    const endorsed = ok(await late.get(`/api/v1/award-nominations/${id}`)).body;
    assert.deepEqual(endorsed.endorsement.position, 'พัฒนาการอำเภอ (รักษาการ)');
    assert.equal(endorsed.status, 'endorsed');
  });

  test('declared conflicts, an early close with a reason, and unsubmitted sheets left out', async () => {
    moveClock('2025-05-05T02:00:00Z');
    const [chair, j2, j3] = [await as('rules.judge1'), await as('rules.judge2'), await as('rules.judge3')];
    const [muang, bnp] = [nominations.get('2401')!, nominations.get('2403')!];
    // The committee's list holds the two submitted dossiers only.
    const work = ok(await j2.get(`/api/v1/award-calls/${callId}/judging`)).body.dossiers;
    assert.deepEqual(
      work.map((d: { unit: { id: string }; state: string }) => [d.unit.id, d.state]),
      [
        ['2401', 'not_started'],
        ['2403', 'not_started'],
      ],
    );
    await refused(
      t,
      () =>
        j3.post(`/api/v1/award-calls/${callId}/conflicts`, {
          nominationId: muang,
          memberId: members[1],
          reason: 'ญาติ',
        }),
      403,
      /^เฉพาะประธานคณะกรรมการเท่านั้น$/,
    );
    const declared = ok(
      await j2.post(`/api/v1/award-calls/${callId}/conflicts`, {
        nominationId: muang,
        reason: 'เคยร่วมงานกับผู้ถูกเสนอชื่อในผลงานนี้',
      }),
      201,
    ).body.items;
    assert.deepEqual(
      declared.map((c: { memberId: string; source: string }) => [c.memberId, c.source]),
      [[members[1], 'declared']],
    );
    const sheet = (c: TestClient, n: string, c1: number, c3: number, submit: boolean) =>
      put(c, `/api/v1/award-nominations/${n}/my-sheet`, {
        scores: [
          { code: '1', points: c1 },
          ...[1, 2, 3, 4, 5].map((k) => ({ code: `2.${k}`, points: 8 })),
          { code: '3', points: c3 },
        ],
      }).then(async (r) => (submit ? c.post(`/api/v1/award-nominations/${n}/my-sheet/submit`) : r));
    await refused(
      t,
      () => sheet(j2, muang, 10, 30, false),
      403,
      /^ท่านมีส่วนได้เสียกับผลงานนี้ \(เคยร่วมงานกับผู้ถูกเสนอชื่อในผลงานนี้\)/,
    );
    ok(await sheet(chair, muang, 10, 40, true));
    ok(await sheet(chair, bnp, 10, 30, true));
    ok(await sheet(j2, bnp, 9, 32, true));
    ok(await sheet(j3, bnp, 10, 34, true));
    ok(await sheet(j3, muang, 1, 1, false)); // saved, never handed in
    await refused(
      t,
      () => chair.post(`/api/v1/award-calls/${callId}/close`, { force: true }),
      422,
      /^กรุณาระบุเหตุผลที่ปิดการให้คะแนนก่อนกรรมการส่งครบ$/,
    );
    const closed = ok(
      await chair.post(`/api/v1/award-calls/${callId}/close`, {
        force: true,
        reason: 'กรรมการลาป่วย ไม่สามารถส่งได้ทันกำหนด',
      }),
    ).body;
    assert.deepEqual([closed.status, closed.closeForcedReason], ['closed', 'กรรมการลาป่วย ไม่สามารถส่งได้ทันกำหนด']);
    const ranking = ok(await j3.get(`/api/v1/award-calls/${callId}/results`)).body.categories[0].ranking;
    // เมือง: only the chair counts (J2 conflicted, J3 never submitted): 10 + 40 + 40 = 90.
    // บางน้ำเปรี้ยว: (80 + 81 + 84) / 3 = 81.666… → 81.67.
    assert.deepEqual(
      ranking.map(
        (e: { unit: { id: string }; aggregate: string; judgesCounted: number; sheets: { state: string }[] }) => [
          e.unit.id,
          e.aggregate,
          e.judgesCounted,
          e.sheets.map((s) => s.state),
        ],
      ),
      [
        ['2401', '90.00', 1, ['submitted', 'conflicted', 'in_progress']],
        ['2403', '81.67', 3, ['submitted', 'submitted', 'submitted']],
      ],
    );
  });

  test('a winner other than the top of the ranking needs a reason; the organiser may announce', async () => {
    const chair = await as('rules.judge1');
    const choice = {
      winners: [{ categoryCode: 'pair', nominationIds: [nominations.get('2403')] }],
      decidedOn: '2025-05-05',
    };
    await refused(
      t,
      () => chair.post(`/api/v1/award-calls/${callId}/decision`, choice),
      422,
      /^ผู้ได้รับรางวัลที่เลือกต่างจากลำดับคะแนน กรุณาระบุเหตุผล$/,
    );
    await refused(
      t,
      () => chair.post(`/api/v1/award-calls/${callId}/decision`, { ...choice, decidedOn: '2025-05-06', reason: 'ก' }),
      422,
      /^วันที่ตัดสินต้องไม่เป็นวันในอนาคต$/,
    );
    const decided = ok(
      await chair.post(`/api/v1/award-calls/${callId}/decision`, {
        ...choice,
        reason: 'ผลงานของเมืองได้คะแนนจากกรรมการเพียง 1 คน ที่ประชุมจึงมีมติเลือกผลงานบางน้ำเปรี้ยว',
        minutes: 'รายงานการประชุมครั้งที่ 1/2568',
      }),
    ).body;
    assert.deepEqual(
      decided.winners.map((w: { unit: { id: string } }) => w.unit.id),
      ['2403'],
    );
    const o = await as('rules.organiser');
    const released = ok(
      await o.post(`/api/v1/award-calls/${callId}/announce`, {
        issuedOn: '2025-06-13',
        signer: { name: 'นายผู้ลงนาม ทดสอบ', position: 'พัฒนาการจังหวัดฉะเชิงเทรา' },
      }),
    ).body;
    assert.deepEqual(
      released.certificates.map((c: { personId: string; issuedOn: string; signerName: string }) => [
        c.personId,
        c.issuedOn,
        c.signerName,
      ]),
      [
        [staff.get('2403')![0], '2025-06-13', 'นายผู้ลงนาม ทดสอบ'],
        [partners.get('2403'), '2025-06-13', 'นายผู้ลงนาม ทดสอบ'],
      ],
    );
    // The organiser sees the judge-level results once announced.
    assert.equal(ok(await o.get(`/api/v1/award-calls/${callId}/results`)).body.status, 'announced');
  });
});
