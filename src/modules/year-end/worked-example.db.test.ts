// Acceptance test: the worked example of docs/worked-example.md, end to end through the HTTP API.
// Every expected number below is copied from the document (worked out by hand there), not computed
// by the code under test.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectStatus, key, write } from '../../testing/savings-fixtures.js';
import {
  countRows,
  fixedClock,
  startTestApp,
  type TestApp,
  type TestClient,
  type TestResponse,
} from '../../testing/test-app.js';
import { buildWorkedExample } from './worked-example.fixture.js';

// docs/worked-example.md §6, in satang: weight (satang·months = the document's baht·months × 100),
// dividend, interest paid, refund, special-savings interest, total.
const EXPECTED: Record<number, [number, number, number, number, number, number]> = {
  1: [780000, 1589, 0, 0, 26, 1615],
  2: [1560000, 3179, 0, 0, 0, 3179],
  3: [3900000, 7947, 0, 0, 6000, 13947],
  4: [7800000, 15894, 36000, 4371, 0, 20265],
  5: [2340000, 4768, 0, 0, 3086, 7854],
  6: [390000, 795, 0, 0, 0, 795],
  7: [700000, 1426, 0, 0, 0, 1426],
  8: [1560000, 3179, 0, 0, 2025, 5204],
  9: [7800000, 15894, 53000, 6435, 500, 22829],
  10: [3700000, 7539, 0, 0, 0, 7539],
  11: [1080000, 2200, 0, 0, 301, 2501],
  12: [210000, 428, 0, 0, 0, 428],
};
// §4 and §5.
const INCOME = { '4101': 89000, '4102': 2000, '4103': 24000, '4105': 5000 };
const NET_PROFIT = 108062;
const POOLS = [
  ['dividend', 6000, 64838],
  ['interest_refund', 1000, 10806],
  ['reserve', 1000, 10806],
  ['welfare', 1000, 10806],
  ['public_benefit', 500, 5403],
  ['committee_pay', 500, 5403],
];
const THROUGH = '2026-09-30';

type Row = { accountCode: string; debit: number; credit: number };

describe('year-end close: the worked example (fiscal year 2569)', () => {
  let t: TestApp;
  let c: TestClient;
  let groupId: string;
  let preview: TestResponse;
  let closed: TestResponse;
  let closeKey: string;
  const base = () => `/api/v1/groups/${groupId}`;
  const snapshot = async () => ({
    entries: await countRows(t, 'journal_entry'),
    lines: await countRows(t, 'journal_line'),
    requests: await countRows(t, 'ledger_request'),
    audit: await countRows(t, 'audit_log'),
    closes: await countRows(t, 'year_end_close'),
    periods: await countRows(t, 'ledger_period_close'),
  });
  const balances = async (asOf: string) => {
    const tb = await c.get(`${base()}/trial-balance?asOf=${asOf}`);
    expectStatus(tb, 200);
    assert.equal(tb.body.totalDebit, tb.body.totalCredit, 'the trial balance balances');
    return new Map((tb.body.rows as Row[]).map((r) => [r.accountCode, r.debit - r.credit]));
  };

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    c = await t.as('demo.district');
    groupId = await buildWorkedExample(c, await t.as('demo.province'));
  });
  after(() => t.close());

  test('the inputs are as the document says: income of the year before the close (§4)', async () => {
    const b = await balances(THROUGH);
    for (const [code, amount] of Object.entries(INCOME)) assert.equal(b.get(code), -amount, code);
    assert.equal(b.get('5101'), undefined, 'no interest expense yet');
  });

  test('bad input is refused with a Thai message and writes nothing', async () => {
    const readOnly = await t.as('demo.staff'); // province staff: may read savings, not close a year
    const before = await snapshot();
    const cases: [unknown, string][] = [
      [{ through: '2026-12-31' }, 'year_end_not_over'],
      [{ through: '2026-11-23' }, 'year_end_not_over'],
      [{ through: '2025-09-30' }, 'year_end_before_start'],
      [{ through: '2026-02-30' }, 'date_not_exist'],
      [{ through: '30/09/2569' }, 'validation_failed'],
    ];
    for (const [body, code] of cases) {
      const res = await write(c, `${base()}/year-end`, body);
      expectStatus(res, 422);
      assert.equal(res.body.error.code, code, JSON.stringify(res.body));
      assert.ok(res.body.error.messageTh);
      const p = await c.get(`${base()}/year-end/preview?through=${(body as { through: string }).through}`);
      expectStatus(p, 422);
    }
    const noKey = await c.post(`${base()}/year-end`, { through: THROUGH });
    expectStatus(noKey, 422);
    assert.equal(noKey.body.error.code, 'idempotency_key_required');
    expectStatus(await write(readOnly, `${base()}/year-end`, { through: THROUGH }), 403);
    assert.deepEqual(await snapshot(), before);
  });

  test('the preview shows every number of the worked example', async () => {
    preview = await c.get(`${base()}/year-end/preview?through=${THROUGH}`);
    expectStatus(preview, 200);
    const p = preview.body;
    assert.equal(p.periodFrom, '2025-10-01');
    assert.equal(p.months.length, 12);
    assert.deepEqual(p.rules.allocation, SAMPLE_ALLOCATION);
    assert.deepEqual(
      Object.fromEntries(p.income.map((x: { accountCode: string; amount: number }) => [x.accountCode, x.amount])),
      INCOME,
    );
    assert.equal(p.totalIncome, 120000);
    assert.deepEqual(p.expenses, [{ accountCode: '5101', accountNameTh: 'ดอกเบี้ยจ่ายเงินฝากสัจจะพิเศษ', amount: 11938 }]);
    assert.equal(p.specialInterestTotal, 11938);
    assert.equal(p.netProfit, NET_PROFIT);
    assert.deepEqual(
      p.pools.map((x: { pool: string; bp: number; amount: number }) => [x.pool, x.bp, x.amount]),
      POOLS,
    );
    assert.equal(
      p.pools.reduce((a: number, x: { amount: number }) => a + x.amount, 0),
      NET_PROFIT,
      'the pools add up to net profit exactly',
    );
    assert.equal(p.pools[0].nameTh, 'เงินปันผลตามหุ้น');
    assert.equal(p.dividendWeightTotal, 31820000);
    assert.equal(p.refundWeightTotal, 89000);
    assert.deepEqual(p.notesTh, []);
    for (const m of p.members) {
      const [weight, dividend, interestPaid, refund, special, total] = EXPECTED[m.memberNo]!;
      assert.deepEqual(
        [m.dividendWeight, m.dividend, m.interestPaid, m.refund, m.specialInterest, m.total],
        [weight, dividend, interestPaid, refund, special, total],
        `member ${m.memberNo}`,
      );
    }
    const sumOf = (k: string) => p.members.reduce((a: number, m: Record<string, number>) => a + m[k]!, 0);
    assert.equal(sumOf('dividend'), 64838);
    assert.equal(sumOf('refund'), 10806);
    // §1: member 7's month-end pledged savings, flat in February when they skipped.
    assert.deepEqual(
      p.members[6].pledgedMonthEnd,
      [1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11].map((k) => k * 10000),
    );
    assert.equal(
      p.members[3].explanationTh,
      'หุ้น-เดือนรวม 78,000.00 บาท·เดือน จาก 12 เดือน (สัดส่วนร้อยละ 24.5128 ของ 318,200.00 บาท·เดือนทั้งกลุ่ม) ' +
        'ได้ปันผล 158.94 บาท / ชำระดอกเบี้ยเงินกู้ 360.00 บาท (สัดส่วนร้อยละ 40.4494 ของ 890.00 บาททั้งกลุ่ม) ' +
        'ได้เงินเฉลี่ยคืน 43.71 บาท / รวมได้รับ 202.65 บาท',
    );
    assert.match(p.members[0].explanationTh, /ยอดเงินฝากสัจจะพิเศษสิ้นเดือนรวม 102\.00 บาท·เดือน .* ได้ดอกเบี้ยเงินฝาก 0\.26 บาท/);
  });

  test('the close posts exactly the preview, balances the books and empties 3301', async () => {
    const before = await snapshot();
    closeKey = key();
    closed = await write(c, `${base()}/year-end`, { through: THROUGH }, closeKey);
    expectStatus(closed, 201);
    assert.deepEqual(closed.body.computation, preview.body, 'the close posts what the preview showed');
    assert.equal(closed.body.netProfit, NET_PROFIT);
    const { interest, closing, allocation } = closed.body.entryNos;
    assert.deepEqual([closing, allocation], [interest + 1, interest + 2]);
    assert.deepEqual(await snapshot(), {
      ...before,
      entries: before.entries + 3,
      // A: 6 members × 2; B: 11 income/expense balances reversed (see the document) + 3301;
      // C: 3301 + 12 dividends + 2 refunds + 4 funds.
      lines: before.lines + 12 + 12 + 19,
      requests: before.requests + 1,
      audit: before.audit + 1,
      closes: 1,
      periods: before.periods + 1,
    });
    const journal = await c.get(`${base()}/journal?from=${THROUGH}&to=${THROUGH}`);
    assert.deepEqual(
      journal.body.items.map((e: { kind: string; postedOn: string }) => [e.kind, e.postedOn]),
      [
        ['year_end', THROUGH],
        ['year_end', THROUGH],
        ['year_end', THROUGH],
      ],
    );
    for (const asOf of [THROUGH, '2026-11-23']) {
      const b = await balances(asOf);
      for (const code of ['3301', '4101', '4102', '4103', '4105', '5101']) assert.equal(b.get(code), undefined, code);
      assert.equal(b.get('2201'), -64838);
      assert.equal(b.get('2202'), -10806);
      assert.equal(b.get('3201'), -10806);
      assert.equal(b.get('3202'), -10806);
      assert.equal(b.get('3203'), -5403);
      assert.equal(b.get('2203'), -5403);
    }
    // Member 8's special savings: 700.00 left after the withdrawal, plus 20.25 interest.
    const m8 = await c.get(`${base()}/members/8`);
    assert.equal(m8.body.balances.specialSavings, 70000 + 2025);
  });

  test('a retry with the same key posts nothing new; a second close of the year is refused clearly', async () => {
    const before = await snapshot();
    const again = await write(c, `${base()}/year-end`, { through: THROUGH }, closeKey);
    expectStatus(again, 201);
    assert.deepEqual(again.body, closed.body);
    assert.deepEqual(await snapshot(), before);
    const second = await write(c, `${base()}/year-end`, { through: THROUGH });
    expectStatus(second, 409);
    assert.equal(second.body.error.code, 'year_end_already_closed');
    assert.match(second.body.error.messageTh, /ปิดบัญชีประจำปีถึงวันที่ 30 กันยายน 2569 ไปแล้ว/);
    const inside = await write(c, `${base()}/year-end`, { through: '2026-06-30' });
    expectStatus(inside, 422);
    assert.equal(inside.body.error.code, 'year_end_inside_closed_year');
    assert.deepEqual(await snapshot(), before);
  });

  test('posting into the closed year is refused', async () => {
    const before = await snapshot();
    const late = await write(c, `${base()}/meeting-days`, {
      postedOn: '2026-09-20',
      rows: [{ memberNo: 1, pledge: 10000 }],
    });
    expectStatus(late, 422);
    assert.equal(late.body.error.code, 'period_closed');
    assert.match(late.body.error.messageTh, /ปิดงวดบัญชีถึงวันที่ 30 กันยายน 2569 แล้ว/);
    assert.deepEqual(await snapshot(), before);
  });

  test("the closes are listed and each member's statement is the one computed", async () => {
    const list = await c.get(`${base()}/year-end`);
    expectStatus(list, 200);
    assert.deepEqual(list.body.items, [
      {
        groupId,
        through: THROUGH,
        periodFrom: '2025-10-01',
        netProfit: NET_PROFIT,
        entryNos: closed.body.entryNos,
        closedAt: '2026-11-23T03:00:00.000Z',
      },
    ]);
    const st = await c.get(`${base()}/year-end/${THROUGH}/members/9`);
    expectStatus(st, 200);
    assert.deepEqual(st.body.member, preview.body.members[8]);
    assert.equal(st.body.member.total, 22829);
    expectStatus(await c.get(`${base()}/year-end/${THROUGH}/members/99`), 404);
    expectStatus(await c.get(`${base()}/year-end/2025-09-30/members/9`), 404);
    const other = await t.as('demo.officer'); // another district: the group does not exist for them
    expectStatus(await other.get(`${base()}/year-end/${THROUGH}/members/9`), 404);
  });
});

const SAMPLE_ALLOCATION = POOLS.map(([pool, bp]) => ({ pool, bp }));
