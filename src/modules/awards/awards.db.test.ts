// Seed 002 end to end through the HTTP API: ฉะเชิงเทรา's 11 districts each nominate a พัฒนากร/อสพ. with
// a network partner, a committee of nine scores on the corrected 100-point rubric (one judge lives
// in บางปะกง and may not score its dossier), the ranking is the hand-computed table below, and the
// winning pair gets certificates. Every refusal on the way writes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { toThaiDigits } from '../../kernel/thai-digits.js';
import { startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { cast002, COMMITTEE_002, type Cast002 } from './seed-002.fixtures.js';
import {
  answers002,
  call002,
  DISTRICTS_002,
  jpegBytes,
  movableClock,
  ok,
  PRINTED_RUBRIC_002,
  put,
  refused,
  RUBRIC_002,
  upload,
} from './awards.fixtures.js';

// Criterion 3 (out of 40) from each judge J1…J9 in committee order; items 1 and 2.1–2.5 are the same
// on every judge's sheet. J7 lives in บางปะกง (2404) and has no sheet there.
const SCORES: Record<string, { c1: number; c2: number[]; c3: (number | null)[] }> = {
  '2401': { c1: 10, c2: [9, 9, 9, 9, 9], c3: [30, 31, 32, 33, 34, 35, 36, 37, 38] },
  '2402': { c1: 10, c2: [10, 10, 9, 10, 9], c3: [35, 36, 36.5, 37, 37, 38, 38, 39, 40] },
  '2403': { c1: 10, c2: [8, 8, 8, 8, 8], c3: [33, 34, 35, 35, 35, 35, 35, 36, 37] },
  '2404': { c1: 9, c2: [9, 9, 9, 9, 9], c3: [30, 32, 33, 34, 34, 35, null, 36, 38] },
  '2405': { c1: 10, c2: [9, 9, 8, 8, 8], c3: [31, 32, 33, 33, 33, 33, 33, 34, 35] },
  '2406': { c1: 10, c2: [8, 8, 8, 8, 8], c3: [28, 29, 30, 30, 30, 30, 30, 31, 32] },
  '2407': { c1: 9, c2: [9, 8, 8, 8, 8], c3: [28, 29, 30, 30, 30, 30, 30, 31, 32] },
  '2408': { c1: 8, c2: [7, 7, 7, 7, 7], c3: [26, 27, 28, 28, 28, 28, 28, 29, 30] },
  '2409': { c1: 8, c2: [7, 7, 7, 7, 7], c3: [26, 27, 28, 28, 28, 28, 28, 29, 30] },
  '2410': { c1: 9, c2: [8, 8, 8, 8, 8], c3: [20, 22, 24, 25, 25, 26, 27, 30, 36] },
  '2411': { c1: 10, c2: [9, 9, 9, 8, 8], c3: [25, 25.5, 26, 26, 26.5, 27, 27, 27.5, 28] },
};

// Worked by hand: trimmed mean (9 judges: drop the highest and lowest total, average 7; บางปะกง has
// 8, average 6). Totals differ only in item 3, so aggregate = items 1–2 + trimmed mean of item 3.
//  2402: 58 + (36 + 36.5 + 37 + 37 + 38 + 38 + 39) / 7 = 58 + 261.5 / 7 = 95.357… → 95.36
//  2401: 55 + (31 + … + 37) / 7 = 55 + 34 = 89;  2404: 54 + (32 + 33 + 34 + 34 + 35 + 36) / 6 = 54 + 34 = 88
//  2403: 50 + 35 = 85 and 2405: 52 + 33 = 85 → rule 1 (item 3: 35 > 33) puts บางน้ำเปรี้ยว first
//  2407: 50 + 30 = 80 and 2406: 50 + 30 = 80 → item 3 equal; rule 2 (item 2: 41 > 40) puts ราชสาส์น first
//  2411: 53 + 185.5 / 7 = 79.5;  2410: 49 + 179 / 7 = 74.571… → 74.57, judge totals 69…85 differ by 16 > 15 ⚑
//  2409 and 2408: 43 + 28 = 71 on every rule but the last: แปลงยาว submitted its dossier first
const EXPECTED_RANKING = [
  '๑. อำเภอบางคล้า 95.36',
  '๒. อำเภอเมืองฉะเชิงเทรา 89.00',
  '๓. อำเภอบางปะกง 88.00',
  '๔. อำเภอบางน้ำเปรี้ยว 85.00',
  '๕. อำเภอบ้านโพธิ์ 85.00 [เกณฑ์ที่ 1: คะแนนเฉลี่ยข้อ 3 สูงกว่า]',
  '๖. อำเภอราชสาส์น 80.00',
  '๗. อำเภอพนมสารคาม 80.00 [เกณฑ์ที่ 2: คะแนนเฉลี่ยข้อ 2 สูงกว่า]',
  '๘. อำเภอคลองเขื่อน 79.50',
  '๙. อำเภอท่าตะเกียบ 74.57 ⚑',
  '๑๐. อำเภอแปลงยาว 71.00',
  '๑๑. อำเภอสนามชัยเขต 71.00 [เกณฑ์ที่ 3: ส่งแบบเสนอผลงานก่อน]',
];

// Dossiers go in from the last district to the first, a minute apart (แปลงยาว before สนามชัยเขต).
const SUBMIT_ORDER = [...DISTRICTS_002].reverse();

describe('awards: seed 002 end to end (ฉะเชิงเทรา)', () => {
  const clock = movableClock('2025-01-15T03:00:00Z');
  let t: TestApp;
  let callId: string;
  let judges: Cast002['judges'];
  let districts: Cast002['districts'];
  let people: Cast002['people'];
  let sessions = new Map<string, TestClient>();

  /** A logged-in client, logging in again after the clock has moved (sessions last 12 hours). */
  async function as(username: string): Promise<TestClient> {
    if (!sessions.has(username)) sessions.set(username, await t.as(username));
    return sessions.get(username)!;
  }
  function moveClock(iso: string) {
    clock.set(iso);
    sessions = new Map();
  }
  const head = (d: string) => as(`head.${d}`);
  const judge = (i: number) => as(judges[i]!.username);
  const organiser = () => as('cco.organiser');

  before(async () => {
    t = await startTestApp({ clock });
    ({ judges, districts, people } = await cast002(t));
  });
  after(() => t.close());

  test('the organiser defines the call; the printed rubric is refused naming 110 vs 100, the corrected one accepted', async () => {
    const org = await organiser();
    callId = ok(await org.post('/api/v1/award-calls', call002()), 201).body.id;
    const res = await refused(
      t,
      () => put(org, `/api/v1/award-calls/${callId}/categories/pair/rubric`, PRINTED_RUBRIC_002),
      422,
      /^เกณฑ์การให้คะแนนไม่ถูกต้อง: /,
    );
    assert.deepEqual(
      Object.fromEntries(res.body.error.issues.map((i: { path: string; messageTh: string }) => [i.path, i.messageTh])),
      {
        'criteria[5].statedPoints': 'ข้อ 2.4 ระบุ (15 คะแนน) แต่คะแนนเต็มในตาราง 10',
        'criteria[6].statedPoints': 'ข้อ 2.5 ระบุ (15 คะแนน) แต่คะแนนเต็มในตาราง 10',
        statedTotal: 'เกณฑ์ระดับบนสุดรวม 110 คะแนน ไม่เท่ากับคะแนนเต็ม 100 คะแนน',
      },
    );
    const call = ok(await put(org, `/api/v1/award-calls/${callId}/categories/pair/rubric`, RUBRIC_002)).body;
    assert.deepEqual(
      call.categories[0].rubric.criteria.map(
        (c: { code: string; maxPoints: number; isLeaf: boolean }) => `${c.code}:${c.maxPoints}${c.isLeaf ? '' : '+'}`,
      ),
      ['1:10', '2:50+', '2.1:10', '2.2:10', '2.3:10', '2.4:10', '2.5:10', '3:40'],
    );
    // Not open yet: a district does not see it.
    ok(await (await head('2401')).get(`/api/v1/award-calls/${callId}`), 404);
  });

  test('a committee of nine is appointed by membership and the call opens', async () => {
    const org = await organiser();
    await refused(t, () => org.post(`/api/v1/award-calls/${callId}/open`), 409, /ต้องแต่งตั้งประธาน/);
    for (const [i, m] of COMMITTEE_002.entries()) {
      const call = ok(
        await org.post(`/api/v1/award-calls/${callId}/committee`, {
          personId: judges[i]!.personId,
          role: m.role,
          titleTh: m.title,
        }),
        201,
      ).body;
      judges[i]!.memberId = call.committee.at(-1).id;
    }
    await refused(
      t,
      () =>
        org.post(`/api/v1/award-calls/${callId}/committee`, {
          personId: people['head.2401'],
          role: 'chair',
          titleTh: 'ประธาน',
        }),
      409,
      /^คณะกรรมการมีประธานแล้ว$/,
    );
    const opened = ok(await org.post(`/api/v1/award-calls/${callId}/open`)).body;
    assert.equal(opened.status, 'open');
    assert.equal(opened.committee.length, 9);
    // A judge sees the call through membership alone (committee_judge grants nothing).
    const seen = ok(await (await judge(6)).get(`/api/v1/award-calls/${callId}`)).body;
    assert.deepEqual(seen.viewer.member, { id: judges[6]!.memberId, role: 'member', scores: true });
    const listed = ok(await (await head('2402')).get('/api/v1/award-calls')).body.items;
    assert.deepEqual(
      listed.map((c: { id: string; role: string }) => [c.id, c.role]),
      [[callId, 'nominator']],
    );
  });

  test('eleven districts name their pair; ineligible nominees and a second pair are refused', async () => {
    moveClock('2025-02-10T03:00:00Z');
    const heads = new Map<string, TestClient>();
    for (const d of DISTRICTS_002) heads.set(d, await head(d));
    const nominate = (d: string, staff: string, partner: string, by = heads.get(d)!) =>
      by.post(`/api/v1/award-calls/${callId}/nominations`, {
        categoryCode: 'pair',
        orgUnitId: d,
        nominees: [
          { personId: staff, role: 'staff' },
          { personId: partner, role: 'partner' },
        ],
      });
    const muang = districts.get('2401')!;
    await refused(
      t,
      () => nominate('2401', people['head.2401']!, muang.partner),
      422,
      /ดำรงตำแหน่งพัฒนาการอำเภอ ต้องเป็นพัฒนากร หรือ อาสาพัฒนา \(อสพ\.\)/,
    );
    await refused(
      t,
      () => nominate('2401', muang.staff, people.ochOnly!),
      422,
      /ไม่ได้เป็นเครือข่ายที่กำหนด \(กข\.คจ\., ศอช\.ต\./,
    );
    await refused(
      t,
      () => nominate('2401', districts.get('2402')!.staff, muang.partner),
      422,
      /ไม่ได้สังกัดสำนักงานพัฒนาชุมชนอำเภอเมืองฉะเชิงเทรา/,
    );
    for (const [d, p] of districts) p.nomination = ok(await nominate(d, p.staff, p.partner), 201).body.id;
    await refused(
      t,
      () => nominate('2401', muang.staff, muang.partner),
      409,
      /^อำเภอเมืองฉะเชิงเทราเสนอชื่อประเภท๑ พัฒนากร ๑ เครือข่ายการพัฒนาครบ 1 รายการแล้ว/,
    );
    const org = await organiser();
    await refused(
      t,
      () => nominate('2402', districts.get('2402')!.staff, districts.get('2402')!.partner, org),
      403,
      /ต้องจัดทำโดยสำนักงานพัฒนาชุมชนอำเภอที่เสนอชื่อ/,
    );
    // Withdrawing frees the place; the same pair may be named again before the names deadline.
    const bnp = districts.get('2403')!;
    const withdrawn = ok(
      await heads
        .get('2403')!
        .post(`/api/v1/award-nominations/${bnp.nomination}/withdraw`, { reason: 'เปลี่ยนผลงานที่เสนอ' }),
    ).body;
    assert.equal(withdrawn.status, 'withdrawn');
    bnp.nomination = ok(await nominate('2403', bnp.staff, bnp.partner), 201).body.id;
    const list = ok(await (await organiser()).get(`/api/v1/award-calls/${callId}/nominations`)).body.items;
    assert.equal(list.filter((n: { status: string }) => n.status === 'draft').length, 11);
    // A district sees only its own.
    const own = ok(await (await head('2405')).get(`/api/v1/award-calls/${callId}/nominations`)).body.items;
    assert.deepEqual(
      own.map((n: { unit: { id: string } }) => n.unit.id),
      ['2405'],
    );
  });

  test('names after 14 February (Bangkok) are refused', async () => {
    moveClock('2025-02-14T17:00:00Z'); // 00:00 on 15 Feb in Bangkok
    const p = districts.get('2401')!;
    const muang = await head('2401');
    await refused(
      t,
      () =>
        muang.post(`/api/v1/award-calls/${callId}/nominations`, {
          categoryCode: 'pair',
          orgUnitId: '2401',
          nominees: [
            { personId: p.staff, role: 'staff' },
            { personId: p.partner, role: 'partner' },
          ],
        }),
      409,
      /^เลยกำหนดแจ้งรายชื่อ \(14 กุมภาพันธ์ 2568\) แล้ว$/,
    );
  });

  test('dossiers are filled, endorsed by the district head and submitted in time; a submitted dossier is locked', async () => {
    moveClock('2025-04-20T02:00:00Z');
    const org = await organiser();
    const j1 = await judge(0);
    const bangkhla = await head('2402');
    const first = districts.get('2402')!.nomination;
    // Incomplete, then a declared disciplinary record: the head cannot endorse either.
    await refused(
      t,
      () => bangkhla.post(`/api/v1/award-nominations/${first}/endorse`),
      422,
      /^๓\. |ชื่อผลงาน: กรุณากรอกข้อมูลนี้$/,
    );
    await refused(
      t,
      () => org.post(`/api/v1/award-nominations/${first}/endorse`),
      403,
      /^ผู้รับรองต้องเป็นพัฒนาการอำเภอของอำเภอบางคล้า$/,
    );
    await refused(
      t,
      () => upload(bangkhla, first, 'work_evidence', new TextEncoder().encode('MZ not a photo'), 'photo.jpg'),
      422,
      /ไฟล์นี้ไม่ใช่ประเภทที่รับ/,
    );
    ok(
      await put(bangkhla, `/api/v1/award-nominations/${first}/answers`, {
        answers: answers002('ตลาดชุมชนปลอดภัย', 'punished'),
      }),
    );
    ok(await upload(bangkhla, first, 'work_evidence', jpegBytes(2048), 'ตลาด.jpg'), 201);
    await refused(
      t,
      () => bangkhla.post(`/api/v1/award-nominations/${first}/endorse`),
      422,
      /ผู้ถูกเสนอชื่อต้องไม่เคยถูกลงโทษในรอบปีที่ผ่านมา จึงรับรองไม่ได้/,
    );
    await refused(
      t,
      () => bangkhla.post(`/api/v1/award-nominations/${first}/submit`),
      409,
      /^ต้องให้พัฒนาการอำเภอรับรองแบบเสนอผลงานก่อนส่ง$/,
    );
    for (const [i, d] of SUBMIT_ORDER.entries()) {
      clock.set(`2025-04-20T02:${String(i).padStart(2, '0')}:00Z`);
      const c = await head(d);
      const id = districts.get(d)!.nomination;
      ok(await put(c, `/api/v1/award-nominations/${id}/answers`, { answers: answers002(`ผลงานร่วมของอำเภอ ${d}`) }));
      if (d !== '2402') ok(await upload(c, id, 'work_evidence', jpegBytes(1024 + i), `ผลงาน-${d}.jpg`), 201);
      const endorsed = ok(await c.post(`/api/v1/award-nominations/${id}/endorse`)).body;
      assert.equal(endorsed.status, 'endorsed');
      if (d === '2410') {
        // A change after endorsement takes the endorsement back.
        const changed = ok(
          await put(c, `/api/v1/award-nominations/${id}/answers`, { answers: answers002('ผลงานที่แก้ไข') }),
        ).body;
        assert.deepEqual([changed.status, changed.endorsement], ['draft', null]);
        ok(await c.post(`/api/v1/award-nominations/${id}/endorse`));
      }
      const sent = ok(await c.post(`/api/v1/award-nominations/${id}/submit`)).body;
      assert.equal(sent.status, 'submitted');
      assert.deepEqual(sent.endorsement.position, `พัฒนาการอำเภอ${sent.unit.nameTh.replace(/^อำเภอ/, '')}`);
      assert.deepEqual(sent.can, { edit: false, endorse: false, submit: false, withdraw: true });
    }
    await refused(
      t,
      () => put(bangkhla, `/api/v1/award-nominations/${first}/answers`, { answers: answers002('แก้หลังส่ง') }),
      409,
      /^ส่งแบบเสนอผลงานแล้ว แก้ไขไม่ได้$/,
    );
    await refused(
      t,
      () => upload(bangkhla, first, 'b226', jpegBytes(100), 'เพิ่ม.jpg'),
      409,
      /^ส่งแบบเสนอผลงานแล้ว แก้ไขไม่ได้$/,
    );
    // The committee reads submitted dossiers; scoring waits for the deadline.
    ok(await j1.get(`/api/v1/award-nominations/${first}`));
    await refused(
      t,
      () => put(j1, `/api/v1/award-nominations/${first}/my-sheet`, { scores: [{ code: '1', points: 10 }] }),
      409,
      /^ยังไม่เปิดให้กรรมการให้คะแนน \(สถานะปัจจุบัน: เปิดรับการเสนอชื่อ\)$/,
    );
    // The automatic conflict is already visible to the chair.
    const conflicts = ok(await j1.get(`/api/v1/award-calls/${callId}/conflicts`)).body.items;
    assert.deepEqual(
      conflicts.map((c: { unit: { id: string }; memberId: string; source: string }) => [
        c.unit.id,
        c.memberId,
        c.source,
      ]),
      [['2404', judges[6]!.memberId, 'automatic']],
    );
  });

  test('scoring: the conflicted judge is refused, bounds are enforced, scores stay sealed, the chair closes', async () => {
    moveClock('2025-05-02T02:00:00Z');
    const clients = await Promise.all(judges.map((_, i) => judge(i)));
    const [chair, j2] = [clients[0]!, clients[1]!];
    const nom = (d: string) => districts.get(d)!.nomination;
    // Past the dossier deadline the call is in scoring without anyone pressing a button.
    assert.equal(ok(await j2.get(`/api/v1/award-calls/${callId}`)).body.status, 'scoring');
    await refused(
      t,
      () =>
        put(clients[6]!, `/api/v1/award-nominations/${nom('2404')}/my-sheet`, { scores: [{ code: '1', points: 9 }] }),
      403,
      /^ท่านมีส่วนได้เสียกับผลงานนี้ \(กรรมการเป็นบุคคลในอำเภอบางปะกง ซึ่งเป็นผู้เสนอชื่อ\) จึงให้คะแนนไม่ได้$/,
    );
    const sheetPath = `/api/v1/award-nominations/${nom('2401')}/my-sheet`;
    await refused(
      t,
      () => put(chair, sheetPath, { scores: [{ code: '3', points: 41 }] }),
      422,
      /^ข้อ 3: คะแนนต้องอยู่ระหว่าง 0 ถึง 40/,
    );
    await refused(
      t,
      () => put(chair, sheetPath, { scores: [{ code: '2.1', points: 7.25 }] }),
      422,
      /^ข้อ 2\.1: คะแนนต้องอยู่ระหว่าง 0 ถึง 10 และมีทศนิยมไม่เกิน 1 ตำแหน่ง$/,
    );
    await refused(t, () => put(chair, sheetPath, { scores: [{ code: '2', points: 50 }] }), 422, /^ข้อ 2 ให้คะแนนที่ข้อย่อย$/);
    await refused(t, () => chair.post(`${sheetPath}/submit`), 422, /^ยังไม่ได้ให้คะแนนข้อ 1, 2\.1/);
    for (const [d, row] of Object.entries(SCORES)) {
      for (const [j, c3] of row.c3.entries()) {
        if (c3 === null) continue;
        const scores = [
          { code: '1', points: row.c1 },
          ...row.c2.map((points, k) => ({ code: `2.${k + 1}`, points })),
          { code: '3', points: c3, comment: j === 0 ? 'ผลงานต่อเนื่อง' : '' },
        ];
        const path = `/api/v1/award-nominations/${nom(d)}/my-sheet`;
        const saved = ok(await put(clients[j]!, path, { scores })).body;
        assert.equal(saved.state, 'in_progress');
        if (!(d === '2411' && j === 8)) ok(await clients[j]!.post(`${path}/submit`));
      }
    }
    // Sealed before close: another judge's sheet and the aggregates, for members and chair alike.
    const sealed = /^ดูคะแนนของกรรมการท่านอื่นได้หลังประธานปิดการให้คะแนนแล้วเท่านั้น$/;
    await refused(
      t,
      () => j2.get(`/api/v1/award-nominations/${nom('2402')}/sheets/${judges[0]!.memberId}`),
      403,
      sealed,
    );
    await refused(
      t,
      () => j2.get(`/api/v1/award-calls/${callId}/results`),
      403,
      /^ผลคะแนนรวมและการจัดอันดับดูได้หลังประธานปิดการให้คะแนนแล้วเท่านั้น$/,
    );
    await refused(t, () => chair.get(`/api/v1/award-calls/${callId}/results`), 403, /หลังประธานปิดการให้คะแนน/);
    const own = ok(await j2.get(`/api/v1/award-nominations/${nom('2402')}/my-sheet`)).body;
    assert.deepEqual([own.state, own.total], ['submitted', 94]);
    await refused(
      t,
      () => put(chair, sheetPath, { scores: [{ code: '3', points: 40 }] }),
      409,
      /^ท่านส่งใบให้คะแนนของผลงานนี้แล้ว แก้ไขไม่ได้$/,
    );
    // The chair sees who is missing, never the points.
    const progress = ok(await chair.get(`/api/v1/award-calls/${callId}/progress`)).body;
    assert.equal(progress.unsubmitted, 1);
    assert.doesNotMatch(JSON.stringify(progress), /points|total/);
    const states = progress.dossiers.flatMap(
      (d: { unit: { id: string }; judges: { memberId: string; state: string }[] }) =>
        d.judges
          .filter((x) => x.state !== 'submitted')
          .map((x) => [d.unit.id, judges.findIndex((j) => j.memberId === x.memberId) + 1, x.state]),
    );
    assert.deepEqual(states, [
      ['2404', 7, 'conflicted'],
      ['2411', 9, 'in_progress'],
    ]);
    await refused(t, () => j2.post(`/api/v1/award-calls/${callId}/close`), 403, /^เฉพาะประธานคณะกรรมการเท่านั้น$/);
    await refused(
      t,
      () => chair.post(`/api/v1/award-calls/${callId}/close`),
      409,
      /^ยังมีใบให้คะแนนที่กรรมการยังไม่ส่ง 1 ใบ: นายกรรมการ๙ ทดสอบ \(อำเภอคลองเขื่อน\)$/,
    );
    ok(await clients[8]!.post(`/api/v1/award-nominations/${nom('2411')}/my-sheet/submit`));
    const closed = ok(await chair.post(`/api/v1/award-calls/${callId}/close`)).body;
    assert.deepEqual([closed.status, closed.closeForcedReason], ['closed', null]);
    // After close every member reads every sheet.
    const other = ok(await j2.get(`/api/v1/award-nominations/${nom('2402')}/sheets/${judges[0]!.memberId}`)).body;
    assert.deepEqual([other.member.id, other.total], [judges[0]!.memberId, 93]);
  });

  test('the ranking is deterministic and matches the hand-computed table', async () => {
    moveClock('2025-05-20T02:00:00Z');
    const chair = await judge(0);
    const [a, b] = [
      ok(await chair.get(`/api/v1/award-calls/${callId}/results`)).body,
      ok(await (await judge(4)).get(`/api/v1/award-calls/${callId}/results`)).body,
    ];
    assert.deepEqual(a, b);
    const ranking = a.categories[0].ranking;
    const shown = ranking.map(
      (e: {
        rank: number;
        unit: { nameTh: string };
        aggregate: string;
        separatedBy: { ruleNo: number; labelTh: string } | null;
        spreadFlag: boolean;
      }) =>
        `${toThaiDigits(e.rank)}. ${e.unit.nameTh} ${e.aggregate}` +
        (e.separatedBy ? ` [เกณฑ์ที่ ${e.separatedBy.ruleNo}: ${e.separatedBy.labelTh}]` : '') +
        (e.spreadFlag ? ' ⚑' : ''),
    );
    assert.deepEqual(shown, EXPECTED_RANKING);
    const byUnit = new Map(ranking.map((e: { unit: { id: string } }) => [e.unit.id, e]));
    const bangpakong = byUnit.get('2404') as {
      judgesCounted: number;
      judgesDropped: number;
      aggregateExact: unknown;
      sheets: { state: string }[];
    };
    assert.deepEqual([bangpakong.judgesCounted, bangpakong.judgesDropped], [8, 2]);
    assert.deepEqual(bangpakong.aggregateExact, { num: 5280, den: 6 });
    assert.equal(bangpakong.sheets[6]!.state, 'conflicted');
    const bangkhla = byUnit.get('2402') as {
      aggregateExact: unknown;
      criterionAggregates: Record<string, string>;
      spread: number;
      sheets: { scores: Record<string, number> }[];
    };
    assert.deepEqual(bangkhla.aggregateExact, { num: 6675, den: 7 });
    assert.equal(bangkhla.criterionAggregates['3'], '37.36');
    assert.equal(bangkhla.sheets[2]!.scores['3'], 36.5);
    assert.equal((byUnit.get('2410') as { spread: number }).spread, 16);
    assert.match(a.aggregationRuleTh, /ตัดคะแนนรวมสูงสุด 1 คนและต่ำสุด 1 คน/);
    // A district is not the committee.
    const district = await head('2405');
    await refused(t, () => district.get(`/api/v1/award-calls/${callId}/results`), 403, /หลังประกาศผล/);
  });

  test('the chair decides, results are announced, and the winning pair receives certificates', async () => {
    const chair = await judge(0);
    const winner = districts.get('2402')!;
    const decided = ok(
      await chair.post(`/api/v1/award-calls/${callId}/decision`, {
        decidedOn: '2025-05-20',
        minutes: 'ที่ประชุมมีมติตามลำดับคะแนน',
      }),
    ).body;
    assert.equal(decided.status, 'decided');
    assert.deepEqual(
      decided.winners.map((w: { unit: { id: string }; place: number }) => [w.unit.id, w.place]),
      [['2402', 1]],
    );
    const ban = await head('2405');
    assert.equal(ok(await ban.get(`/api/v1/award-calls/${callId}`)).body.winners, null);
    ok(await ban.get(`/api/v1/award-calls/${callId}/announcement`), 404);
    moveClock('2025-05-30T03:00:00Z');
    const released = ok(await (await judge(0)).post(`/api/v1/award-calls/${callId}/announce`)).body;
    assert.equal(released.call.status, 'announced');
    const certs = released.certificates.map(
      (c: {
        personId: string;
        recipientName: string;
        honour: string;
        signerName: string;
        signerPosition: string;
        issuedOn: string;
        issuerNameTh: string;
      }) => [c.personId, c.recipientName, c.honour, c.signerName, c.signerPosition, c.issuedOn, c.issuerNameTh],
    );
    const honour = 'สุดยอด ๑ พัฒนากร ๑ เครือข่ายการพัฒนา ระดับจังหวัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๘';
    const signer = ['นายกรรมการ๑ ทดสอบ', 'พัฒนาการจังหวัดฉะเชิงเทรา', '2025-05-30', 'สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา'];
    assert.deepEqual(certs, [
      [winner.staff, 'นางสาวพัฒนากร อำเภอ2402', honour, ...signer],
      [winner.partner, 'นายเครือข่าย อำเภอ2402', honour, ...signer],
    ]);
    // Issuing again gives the same certificates (idempotent per recipient).
    const again = ok(await (await organiser()).post(`/api/v1/award-calls/${callId}/certificates`)).body.items;
    assert.deepEqual(
      again.map((c: { code: string }) => c.code),
      released.certificates.map((c: { code: string }) => c.code),
    );
    // Each district sees the winners and its own aggregate, nothing of other districts' sheets.
    const district = await head('2405');
    const announced = ok(await district.get(`/api/v1/award-calls/${callId}/announcement`)).body;
    assert.deepEqual(
      announced.winners.map((w: { unit: { nameTh: string }; nominees: { role: string }[] }) => [
        w.unit.nameTh,
        w.nominees.map((n) => n.role),
      ]),
      [['อำเภอบางคล้า', ['staff', 'partner']]],
    );
    const mine = ok(await district.get(`/api/v1/award-nominations/${districts.get('2405')!.nomination}`)).body;
    assert.deepEqual(mine.result, { aggregate: '85.00', winner: false });
    ok(await district.get(`/api/v1/award-nominations/${winner.nomination}`), 404);
    ok(await district.get(`/api/v1/award-nominations/${winner.nomination}/sheets/${judges[0]!.memberId}`), 404);
    ok(await district.get(`/api/v1/award-calls/${callId}/results`), 403);
    const won = ok(await (await head('2402')).get(`/api/v1/award-nominations/${winner.nomination}`)).body;
    assert.deepEqual(won.result, { aggregate: '95.36', winner: true });
  });
});
