// Acceptance (issue 7, parts 3–5): a forum whose assessment fails 5 indicators opens a plan with
// exactly those 5 items; ลำปาง with 10 targets and 6 adopted plans reads 60 % and flips to 50 % when
// a plan is withdrawn; indicators the books answer change when the books change, until sign-off;
// the report to the province is due a week after the forum. Every refusal writes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { joinMembers, key, registerGroup, write } from '../../testing/savings-fixtures.js';
import { XLSX_TYPE } from '../../server/openapi-common.js';
import { startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { del, ok, put, refused, rollupAsWorkbookShape, rollupFromWorkbook } from './assessments.fixtures.js';
import { SAMPLE_GOVERNANCE, SAMPLE_SSG } from './sample-instruments.js';

/** A clock the test moves; the app reads it on every request. */
function movableClock(iso: string) {
  let ms = Date.parse(iso);
  return { now: () => new Date(ms), set: (next: string) => void (ms = Date.parse(next)) };
}

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const FORUM = {
  heldOn: '2026-03-15',
  place: 'ที่ทำการกลุ่ม',
  participantCount: 15,
  participants: [{ nameTh: 'นางสมศรี ใจดี', roleTh: 'ประธานกลุ่ม' }],
  review: { rules: 'ทบทวนระเบียบ ปี 2565', committee: 'กรรมการครบ', allocation: 'จัดสรรตามระเบียบ', notes: '' },
};

type Instrument = { id: string; dimensions: { indicators: Indicator[] }[] };
type Indicator = {
  code: string;
  answer: { type: string; max?: number | null; min?: number | null };
  ledgerSource: string | null;
  evidenceRequired: boolean;
};

/** A passing answer for an indicator of the sample instruments. */
function passing(x: Indicator): boolean | number {
  if (x.answer.type === 'yes_no') return true;
  if (x.answer.type === 'level') return 3;
  return x.answer.max ?? x.answer.min ?? 0;
}

describe('forums, plans and the 60 % indicator', () => {
  const clock = movableClock('2026-01-05T03:00:00Z');
  let t: TestApp;
  let district: TestClient;
  let province: TestClient;
  let programId: string;
  let instruments: Instrument[];
  let groups: string[];
  let ledgerGroup: string;
  /** Moves the clock and logs in again (sessions last 12 hours). */
  async function moveClock(iso: string) {
    clock.set(iso);
    district = await t.as('demo.district');
    province = await t.as('demo.province');
  }
  const forum = (g: string) => `/api/v1/assessment-programs/${programId}/forums/${g}`;

  before(async () => {
    t = await startTestApp({ clock });
    const hq = await t.as('demo.hq');
    province = await t.as('demo.province');
    district = await t.as('demo.district');
    instruments = [
      ok(await hq.post('/api/v1/assessment-instruments', SAMPLE_GOVERNANCE), 201).body,
      ok(await hq.post('/api/v1/assessment-instruments', SAMPLE_SSG), 201).body,
    ];
    // The group whose books answer indicators: 16 members, a chair and a treasurer, two meeting
    // days and a loan whose first installment (5 Feb) is not paid.
    ledgerGroup = await registerGroup(district, { level: 3, foundedOn: '2019-03-06', nameTh: 'กลุ่มออมทรัพย์บ้านบัญชี' });
    await joinMembers(district, ledgerGroup, 16, { joinedOn: '2026-01-05', pledge: 10000 });
    for (const [memberNo, role] of [
      [1, 'chair'],
      [2, 'treasurer'],
    ] as const) {
      ok(
        await district.post(`/api/v1/groups/${ledgerGroup}/committee-seats`, {
          committee: 'executive',
          role,
          memberNo,
          termStart: '2025-01-01',
          termEnd: '2027-12-31',
        }),
        201,
      );
    }
    const day = async (postedOn: string, rows: object[]) =>
      ok(await write(district, `/api/v1/groups/${ledgerGroup}/meeting-days`, { postedOn, rows }), 201);
    await day(
      '2026-01-05',
      Array.from({ length: 16 }, (_, i) => ({ memberNo: i + 1, pledge: 10000 })),
    );
    await moveClock('2026-01-10T03:00:00Z');
    const loan = ok(
      await write(district, `/api/v1/groups/${ledgerGroup}/loans`, {
        memberNo: 3,
        loanType: 'general',
        principal: 30000,
        termMonths: 3,
        purpose: 'ทุนประกอบอาชีพ',
        appliedOn: '2026-01-10',
        guarantors: [4],
      }),
      201,
    ).body.loanNo;
    ok(
      await write(province, `/api/v1/groups/${ledgerGroup}/loans/${loan}/decision`, {
        decision: 'approve',
        decidedOn: '2026-01-10',
      }),
      201,
    );
    ok(
      await write(district, `/api/v1/groups/${ledgerGroup}/loans/${loan}/disbursement`, {
        disbursedOn: '2026-01-10',
        firstDueOn: '2026-02-05',
      }),
      201,
    );
    await moveClock('2026-02-05T03:00:00Z');
    await day('2026-02-05', [{ memberNo: 1, pledge: 10000 }]);
    // Nine more level-3 groups in เมืองลำปาง and one level-2 group, which is not a candidate.
    groups = [ledgerGroup];
    for (let i = 1; i <= 9; i++) {
      groups.push(await registerGroup(district, { level: 3, foundedOn: '2019-03-06', nameTh: `กลุ่มออมทรัพย์บ้านที่ ${i}` }));
    }
    await registerGroup(district, { level: 2, foundedOn: '2019-03-06', nameTh: 'กลุ่มระดับสอง' });
    await moveClock('2026-03-20T03:00:00Z');
    programId = ok(
      await province.post('/api/v1/assessment-programs', {
        orgUnitId: '52',
        titleTh: 'พัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group (ลำปาง)',
        fiscalYear: 2569,
        instrumentIds: instruments.map((i) => i.id),
        defaultQuota: 10,
        supportPerGroup: 300000,
      }),
      201,
    ).body.id;
    const sel = ok(await province.post(`/api/v1/assessment-programs/${programId}/selection`, {})).body;
    assert.equal(sel.provinces[0].selected, 10);
    assert.equal(sel.provinces[0].candidates, 10);
  });
  after(() => t.close());

  /** Answers every indicator the books do not answer as passing, except `fail` (entered as failing). */
  async function answerAll(
    g: string,
    fail: Record<string, boolean | number> = {},
    override: Record<string, boolean | number> = {},
  ) {
    const answers = instruments.flatMap((i) =>
      i.dimensions.flatMap((d) =>
        d.indicators.flatMap((x) => {
          if (x.code in fail)
            return [
              {
                instrumentId: i.id,
                indicatorCode: x.code,
                value: fail[x.code],
                note: x.ledgerSource ? 'ตรวจที่เวที' : '',
              },
            ];
          if (x.code in override)
            return [{ instrumentId: i.id, indicatorCode: x.code, value: override[x.code], note: 'ตรวจที่เวที' }];
          return x.ledgerSource ? [] : [{ instrumentId: i.id, indicatorCode: x.code, value: passing(x), note: '' }];
        }),
      ),
    );
    return ok(await put(district, `${forum(g)}/answers`, { answers }));
  }

  async function attachRequired(g: string) {
    for (const i of instruments) {
      for (const x of i.dimensions.flatMap((d) => d.indicators).filter((y) => y.evidenceRequired)) {
        const form = new FormData();
        form.set('instrumentId', i.id);
        form.set('indicatorCode', x.code);
        form.set('file', new File([JPEG], 'หลักฐาน.jpg'));
        ok(await district.post(`${forum(g)}/evidence`, form), 201);
      }
    }
  }

  /** A group with no books: the books' indicators are entered (with reasons) as passing. */
  const NO_BOOKS = { '1.1': true, '2.1': 20, '3.1': 15, S3: true, M1: 20 };

  test('an assessment that fails 5 indicators produces 5 plan items', async () => {
    const g = groups[1]!;
    ok(await put(district, forum(g), FORUM));
    const before = ok(await district.get(forum(g))).body;
    const ssg = before.instruments[1];
    const m1 = ssg.dimensions[1].indicators[0];
    assert.equal(m1.ledgerSource, 'books_days_since_posting');
    assert.deepEqual(m1.ledger, { value: null, explainTh: 'ยังไม่มีการบันทึกบัญชีในระบบก่อนวันจัดเวที' });
    await refused(t, () => district.post(`${forum(g)}/sign`), 422, /ตัวชี้วัด M1 ของแบบประเมินกระบวนการ.*ยังไม่ได้ประเมิน/);
    await refused(
      t,
      () =>
        put(district, `${forum(g)}/answers`, {
          answers: [{ instrumentId: instruments[1]!.id, indicatorCode: 'M1', value: 20 }],
        }),
      422,
      /ใช้ข้อมูลจากระบบบัญชี หากบันทึกค่าอื่นแทนกรุณาระบุเหตุผล/,
      'answers[0].note',
    );
    await refused(
      t,
      () =>
        put(district, `${forum(g)}/answers`, {
          answers: [{ instrumentId: instruments[1]!.id, indicatorCode: 'A4', value: 7 }],
        }),
      422,
      /ตัวชี้วัด A4: ระดับต้องเป็นจำนวนเต็ม 0–3/,
    );
    await answerAll(g, { M2: false, A2: false, R3: false, T3: 0, S5: 1 }, NO_BOOKS);
    await refused(t, () => district.post(`${forum(g)}/sign`), 422, /ตัวชี้วัด S1 ต้องแนบหลักฐาน \(ระเบียบกลุ่ม\)/);
    await attachRequired(g);
    const signed = ok(await district.post(`${forum(g)}/sign`)).body;
    assert.equal(signed.forum.status, 'signed');
    assert.equal(signed.instruments[0].failedIndicators, 0);
    assert.equal(signed.instruments[1].failedIndicators, 5);
    assert.deepEqual(
      signed.plan.items.map((x: { itemNo: number; indicatorCode: string }) => [x.itemNo, x.indicatorCode]),
      [
        [1, 'S5'],
        [2, 'M2'],
        [3, 'A2'],
        [4, 'R3'],
        [5, 'T3'],
      ],
    );
    assert.equal(signed.plan.budget, 300000);
    assert.equal(signed.plan.status, 'draft');
    // Weakest dimension: S, M, A, R each 4 of 5 (or 3 of 4) → 75 % → ผ่านมาตรฐาน (≥ 70 %).
    assert.equal(signed.instruments[1].levelTh, 'ผ่านมาตรฐาน');
    await refused(t, () => put(district, forum(g), FORUM), 409, /ลงนามรับรองผลแล้ว/);
    await refused(
      t,
      () => district.post(`${forum(g)}/plan/adopt`),
      422,
      /รายการที่ 1 \(ตัวชี้วัด S5\) ยังไม่ได้ระบุกิจกรรม ผู้รับผิดชอบ กำหนดเสร็จ/,
    );
    const items = signed.plan.items.map((x: { itemNo: number }) => ({
      itemNo: x.itemNo,
      action: `กิจกรรมแก้ไขข้อ ${x.itemNo}`,
      owner: 'คณะกรรมการกลุ่ม',
      dueOn: '2026-06-30',
      cost: 80000,
    }));
    ok(await put(district, `${forum(g)}/plan/items`, { items }));
    await refused(
      t,
      () => district.post(`${forum(g)}/plan/adopt`),
      422,
      /ค่าใช้จ่ายตามแผนรวม 4,000.00 บาท เกินงบสนับสนุน 3,000.00 บาท/,
    );
    for (const x of items) x.cost = 60000; // exactly the budget
    ok(await put(district, `${forum(g)}/plan/items`, { items }));
    const adopted = ok(await district.post(`${forum(g)}/plan/adopt`)).body;
    assert.equal(adopted.plan.status, 'adopted');
    assert.equal(adopted.plan.planned, 300000);
  });

  test('spending is kept within the support budget and a retried write counts once', async () => {
    const g = groups[1]!;
    const k = key();
    const spend = (amount: number, idem = key()) =>
      write(district, `${forum(g)}/plan/spending`, { spentOn: '2026-03-18', amount, itemNo: 1, note: 'ค่าวัสดุ' }, idem);
    ok(await spend(120000, k), 201);
    const again = ok(await spend(120000, k), 201).body;
    assert.equal(again.plan.spent, 120000);
    await refused(t, () => spend(200000), 422, /เกินงบสนับสนุน 3,000.00 บาท \(คงเหลือ 1,800.00 บาท\)/);
    const corrected = ok(await spend(-20000), 201).body;
    assert.equal(corrected.plan.spent, 100000);
    assert.equal(corrected.plan.remaining, 200000);
  });

  test('ลำปาง with 10 targets and 6 adopted plans reads 60 %, and 50 % when a plan is withdrawn', async () => {
    // groups[1] is adopted above; five more pass everything (no plan items) and adopt.
    for (const g of groups.slice(2, 7)) {
      ok(await put(district, forum(g), FORUM));
      await answerAll(g, {}, NO_BOOKS);
      await attachRequired(g);
      const s = ok(await district.post(`${forum(g)}/sign`)).body;
      assert.equal(s.plan.items.length, 0);
      ok(await district.post(`${forum(g)}/plan/adopt`));
    }
    const read = async (who: TestClient, unit: string) =>
      ok(await who.get(`/api/v1/assessment-programs/${programId}/rollup?orgUnitId=${unit}`)).body;
    const r = await read(province, '52');
    assert.deepEqual(r.planIndicator, { targets: 10, withPlan: 6, percentBp: 6000, targetBp: 6000, met: true });
    assert.equal(r.totals.assessed, 6);
    assert.equal(r.totals.budget, 3000000);
    assert.equal(r.totals.spent, 100000);
    assert.deepEqual(
      r.children.map((c: { id: string; figures: { planPercentBp: number } }) => [c.id, c.figures.planPercentBp]),
      [['5201', 6000]],
    );
    assert.deepEqual(
      r.mostFailed.slice(0, 5).map((f: { indicatorCode: string; failed: number }) => [f.indicatorCode, f.failed]),
      [
        ['S5', 1],
        ['M2', 1],
        ['A2', 1],
        ['R3', 1],
        ['T3', 1],
      ],
    );
    const ssgLevels = r.levels[1].distribution.map((d: { levelTh: string; groups: number }) => [d.levelTh, d.groups]);
    assert.deepEqual(ssgLevels, [
      ['ผ่านมาตรฐาน', 1],
      ['ผ่านมาตรฐาน SMART Saving Group ระดับดีเยี่ยม', 5],
    ]);
    await refused(t, () => district.post(`${forum(groups[2]!)}/plan/withdraw`, {}), 422, /กรุณากรอกข้อมูลนี้/);
    ok(await district.post(`${forum(groups[2]!)}/plan/withdraw`, { reason: 'ที่ประชุมยังไม่รับรองแผน' }));
    const flipped = await read(province, '52');
    assert.deepEqual(flipped.planIndicator, { targets: 10, withPlan: 5, percentBp: 5000, targetBp: 6000, met: false });
    const nation = ok(await (await t.as('demo.hq')).get(`/api/v1/assessment-programs/${programId}/rollup`)).body;
    assert.equal(nation.unit.id, '52'); // a province's program rolls up from the province
    ok(await district.post(`${forum(groups[2]!)}/plan/adopt`));
    assert.equal((await read(province, '52')).planIndicator.percentBp, 6000);
  });

  test('indicators the books answer change when the books change, until sign-off', async () => {
    const g = ledgerGroup;
    ok(await put(district, forum(g), FORUM));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const books = (f: any, code: string): any =>
      f.instruments[1].dimensions
        .flatMap((d: { indicators: unknown[] }) => d.indicators)
        .find((x: { code: string }) => x.code === code);
    let f = ok(await district.get(forum(g))).body;
    assert.deepEqual(books(f, 'M1').ledger, {
      value: 38,
      explainTh: 'บันทึกบัญชีล่าสุดวันที่ 5 กุมภาพันธ์ 2569 (38 วันก่อนวันจัดเวที)',
    });
    assert.equal(books(f, 'M1').passed, false);
    assert.deepEqual(books(f, 'A1').ledger, {
      value: 100,
      explainTh: 'เงินต้นค้างชำระ 300.00 บาท จากเงินกู้คงค้าง 300.00 บาท (ร้อยละ 100.00)',
    });
    assert.equal(books(f, 'A1').passed, false);
    assert.deepEqual(books(f, 'S3').ledger, {
      value: true,
      explainTh: 'คณะกรรมการอำนวยการมีประธานและเหรัญญิกอยู่ในวาระ ณ วันจัดเวที',
    });
    assert.equal(books(f, 'R1').ledger.value, true);
    assert.equal(f.instruments[0].dimensions[2].indicators[0].ledger.value, 16);
    // The 5 March meeting day pays the overdue installment: the books are current and nothing is late.
    await moveClock('2026-03-05T03:00:00Z');
    const loan = ok(await district.get(`/api/v1/groups/${g}/loans/1`)).body;
    const due = loan.state.principalDue + loan.state.interestDue + loan.state.penaltyDue;
    ok(
      await write(district, `/api/v1/groups/${g}/meeting-days`, {
        postedOn: '2026-03-05',
        rows: [{ memberNo: 3, pledge: 10000, loanPayments: [{ loanNo: 1, amount: due }] }],
      }),
      201,
    );
    await moveClock('2026-03-20T03:00:00Z');
    f = ok(await district.get(forum(g))).body;
    assert.equal(books(f, 'M1').ledger.value, 10);
    assert.equal(books(f, 'M1').passed, true);
    assert.equal(books(f, 'A1').ledger.value, 0);
    assert.equal(books(f, 'A1').passed, true);
    // Signed: the values are frozen; a later posting changes the books, not the results.
    await answerAll(g);
    await attachRequired(g);
    ok(await district.post(`${forum(g)}/sign`));
    ok(
      await write(district, `/api/v1/groups/${g}/meeting-days`, {
        postedOn: '2026-03-15',
        rows: [{ memberNo: 1, pledge: 10000 }],
      }),
      201,
    );
    f = ok(await district.get(forum(g))).body;
    assert.equal(books(f, 'M1').value, 10);
    assert.equal(books(f, 'M1').source, 'ledger');
  });

  test('the report to the province is due a week after the forum: on time, late or overdue', async () => {
    const targets = async () => ok(await province.get(`/api/v1/assessment-programs/${programId}/targets`)).body.items;
    const of = async (g: string) => (await targets()).find((x: { groupId: string }) => x.groupId === g).report;
    assert.deepEqual(await of(groups[1]!), { dueOn: '2026-03-22', reportedOn: null, state: 'due' });
    assert.deepEqual(await of(groups[8]!), { dueOn: null, reportedOn: null, state: 'not_due' });
    ok(await district.post(`${forum(groups[1]!)}/report`));
    assert.deepEqual(await of(groups[1]!), { dueOn: '2026-03-22', reportedOn: '2026-03-20', state: 'on_time' });
    await refused(t, () => district.post(`${forum(groups[1]!)}/report`), 409, /รายงานผลให้จังหวัดแล้ว/);
    await refused(t, () => district.post(`${forum(ledgerGroup)}/report`), 409, /กรุณารับรองแผนพัฒนากลุ่มก่อนรายงานจังหวัด/);
    await moveClock('2026-03-23T02:00:00Z'); // 09:00 in Bangkok, the day after the deadline
    assert.equal((await of(groups[3]!)).state, 'overdue');
    ok(await district.post(`${forum(groups[3]!)}/report`));
    assert.deepEqual(await of(groups[3]!), { dueOn: '2026-03-22', reportedOn: '2026-03-23', state: 'late' });
    const r = ok(await province.get(`/api/v1/assessment-programs/${programId}/rollup?orgUnitId=52`)).body.totals;
    assert.deepEqual([r.reportsOnTime, r.reportsLate, r.reportsOverdue, r.reportsDue], [1, 1, 5, 0]);
  });

  test('outside its scope a forum does not exist; a reader may not write', async () => {
    const officer = await t.as('demo.officer'); // อำเภองาว: the targets are in เมืองลำปาง
    const staff = await t.as('demo.staff'); // province staff read their districts' forums
    const hq = await t.as('demo.hq');
    assert.equal((await officer.get(forum(groups[9]!))).status, 404);
    await refused(t, () => put(officer, forum(groups[9]!), FORUM), 404, /ไม่พบข้อมูล/);
    assert.equal((await staff.get(forum(groups[9]!))).status, 200);
    assert.equal((await hq.get(forum(groups[9]!))).status, 200);
  });

  test('once a district has recorded a forum, the province can no longer clear its selection', async () => {
    await refused(
      t,
      () => del(province, `/api/v1/assessment-programs/${programId}/selection/52`, { reason: 'คัดเลือกใหม่' }),
      409,
      /ยกเลิกการคัดเลือกไม่ได้ เพราะอำเภอบันทึกเวทีของกลุ่มเป้าหมายแล้ว \d+ กลุ่ม/,
    );
  });

  test('the roll-up workbook holds the JSON roll-up’s figures, for the province and for a district', async () => {
    // Satang in the money, so a workbook that rounded to whole baht would not pass.
    ok(
      await write(
        district,
        `${forum(groups[1]!)}/plan/spending`,
        { spentOn: '2026-03-19', amount: 12345, itemNo: 1, note: 'ค่าถ่ายเอกสาร' },
        key(),
      ),
      201,
    );
    for (const [unit, kind] of [
      ['52', 'district'],
      ['5201', 'group'],
    ] as const) {
      const url = `/api/v1/assessment-programs/${programId}/rollup`;
      const json = ok(await province.get(`${url}?orgUnitId=${unit}`)).body;
      const res = await province.getRaw(`${url}.xlsx?orgUnitId=${unit}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), XLSX_TYPE);
      const book = await rollupFromWorkbook(new Uint8Array(await res.arrayBuffer()));
      assert.deepEqual(book, rollupAsWorkbookShape(json));
      // Not an empty comparison: forums signed, plans adopted, money spent, indicators failed.
      assert.equal(book.childKind, kind);
      assert.ok(
        book.totals.assessed > 0 && book.totals.withPlan > 0 && book.totals.spent > 0,
        JSON.stringify(book.totals),
      );
      assert.ok(book.levels.length > 0 && book.mostFailed.length > 0);
    }
    // Scoped like the JSON: อำเภองาว's officer cannot read เมืองลำปาง's.
    const officer = await t.as('demo.officer');
    const res = await officer.getRaw(`/api/v1/assessment-programs/${programId}/rollup.xlsx?orgUnitId=5201`);
    assert.equal(res.status, 404);
  });
});
