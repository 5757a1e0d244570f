// The edges of the year-end close the worked example does not reach: dividends on the year-end
// balance, a member who left, a pool nobody qualifies for, a month already closed, a second year
// chained on the first, and a year that ends in a loss. Expected numbers are worked out in comments.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { verifyIntegrity } from '../integrity/index.js';
import { SAMPLE_RULES, expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

type Row = { accountCode: string; debit: number; credit: number };

describe('year-end close: edges', () => {
  let t: TestApp;
  let c: TestClient;
  let groupId: string;
  const base = () => `/api/v1/groups/${groupId}`;
  const balances = async (asOf: string) => {
    const tb = await c.get(`${base()}/trial-balance?asOf=${asOf}`);
    assert.equal(tb.body.totalDebit, tb.body.totalCredit);
    return new Map((tb.body.rows as Row[]).map((r) => [r.accountCode, r.debit - r.credit]));
  };

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    c = await t.as('demo.district');
    groupId = await registerGroup(c, {
      foundedOn: '2025-10-01',
      rules: { ...SAMPLE_RULES, dividendMethod: 'year_end_balance' },
    });
    await joinMembers(c, groupId, 3, { joinedOn: '2025-10-01' }); // entry fees 3 × 20.00
    const day = await write(c, `${base()}/meeting-days`, {
      postedOn: '2025-11-05',
      rows: [
        { memberNo: 1, pledge: 10000, specialDeposit: 100000 },
        { memberNo: 2, pledge: 30000 },
        { memberNo: 3, pledge: 50000, specialDeposit: 20000 },
      ],
    });
    expectStatus(day, 201);
    expectStatus(await write(c, `${base()}/periods/close`, { through: '2025-11-30' }), 200);
    // Member 3 leaves before the year ends: savings paid out, no share in the year's results.
    const left = await write(c, `${base()}/members/3/leave`, { leftOn: '2026-08-31', reason: 'resigned' });
    expectStatus(left, 201);
  });
  after(() => t.close());

  test('year-end balance dividends, a departed member, and a refund pool nobody earned', async () => {
    const preview = await c.get(`${base()}/year-end/preview?through=2026-09-30`);
    expectStatus(preview, 200);
    const p = preview.body;
    // Income: fees 60.00 (posted in October, before the month close — still this year's).
    // Interest: member 1's 1,000.00 × 11 month ends (Nov–Sep) × 3 % / 12 = 27.50 (member 3 left).
    // Net 60.00 − 27.50 = 32.50.
    assert.equal(p.totalIncome, 6000);
    assert.equal(p.specialInterestTotal, 2750);
    assert.equal(p.netProfit, 3250);
    // 3,250 × 60/10/10/10/5/5 % = 1950, 325, 325, 325, 162.5, 162.5: the odd satang to the first .5.
    assert.deepEqual(
      p.pools.map((x: { amount: number; movedToReserve: boolean }) => [x.amount, x.movedToReserve]),
      [
        [1950, false],
        [325, true],
        [325, false],
        [325, false],
        [163, false],
        [162, false],
      ],
    );
    assert.equal(p.reserveTotal, 650);
    assert.deepEqual(p.notesTh, ['ไม่มีสมาชิกที่มีสิทธิ์และชำระดอกเบี้ยเงินกู้ในปีนี้ จึงโอนเงินเฉลี่ยคืนตามดอกเบี้ยเงินกู้ 3.25 บาท เข้าทุนสำรอง']);
    // Balances 100.00 and 300.00 share 19.50: 4.875 and 14.625 → 4.87 + 14.62 = 19.49; the odd satang
    // goes to the larger remainder, a tie (.5 each), so to the first: 4.88.
    // Member 3 left on 31 Aug: weight 0 however much they saved, and no interest on the 200.00 of
    // special savings they held until then (paid out when they left).
    assert.deepEqual(
      p.members.map((m: Record<string, unknown>) => [m.eligible, m.dividendWeight, m.dividend, m.specialInterest]),
      [
        [true, 10000, 488, 2750],
        [true, 30000, 1462, 0],
        [false, 0, 0, 0],
      ],
    );
    assert.match(
      p.members[2].explanationTh,
      /^พ้นสภาพสมาชิกเมื่อวันที่ 31 สิงหาคม 2569 .*ไม่มีสิทธิ์รับปันผล เงินเฉลี่ยคืน และดอกเบี้ยเงินฝาก/,
    );
    assert.match(p.members[1].explanationTh, /^เงินสัจจะสะสม ณ วันที่ 30 กันยายน 2569 300\.00 บาท/);

    const closed = await write(c, `${base()}/year-end`, { through: '2026-09-30' });
    expectStatus(closed, 201);
    assert.deepEqual(closed.body.computation, p);
    const b = await balances('2026-09-30');
    assert.equal(b.get('3301'), undefined);
    assert.equal(b.get('3201'), -650, 'the reserve took the refund pool');
    assert.equal(b.get('2201'), -1950);
    assert.equal(b.get('2202'), undefined);
  });

  test('the next year starts the day after; a loss is closed to 3301 and nothing is allocated', async () => {
    const preview = await c.get(`${base()}/year-end/preview?through=2026-10-31`);
    expectStatus(preview, 200);
    const p = preview.body;
    assert.equal(p.periodFrom, '2026-10-01');
    assert.deepEqual(p.months, ['2026-10']);
    // 1,027.50 × 1 month × 3 % / 12 = 2.56875 → 2.57; no income: a loss of 2.57.
    assert.equal(p.netProfit, -257);
    assert.ok(p.pools.every((x: { amount: number }) => x.amount === 0));
    assert.match(p.notesTh[0], /^ปีนี้ขาดทุนสุทธิ 2\.57 บาท จึงไม่มีการจัดสรรกำไร/);
    assert.match(p.members[0].explanationTh, /ปีนี้ไม่มีกำไรสุทธิให้จัดสรร/);

    const closed = await write(c, `${base()}/year-end`, { through: '2026-10-31' });
    expectStatus(closed, 201);
    assert.equal(closed.body.entryNos.allocation, null);
    assert.notEqual(closed.body.entryNos.closing, null);
    const b = await balances('2026-11-23');
    assert.equal(b.get('3301'), 257, 'the loss stays in 3301 as a debit');
    assert.equal(b.get('5101'), undefined);
    const list = await c.get(`${base()}/year-end`);
    assert.deepEqual(
      list.body.items.map((x: { through: string; netProfit: number }) => [x.through, x.netProfit]),
      [
        ['2026-10-31', -257],
        ['2026-09-30', 3250],
      ],
    );
  });

  test('the stored close cannot be edited, even in SQL', async () => {
    await assert.rejects(
      sql`UPDATE year_end_close SET net_profit = 0 WHERE group_id = ${groupId}`.execute(t.database.db),
      /immutable/,
    );
  });

  test('after two closes, a departure and a loss, every chain and cached figure still verifies', async () => {
    assert.deepEqual((await verifyIntegrity(t.database.db)).breaks, []);
  });
});
