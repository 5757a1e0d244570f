// Acceptance: district, province and national roll-ups equal the sum of the groups' ledgers, each
// group's figures taken independently from its own trial balance, member list and loans.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

describe('roll-ups', () => {
  let t: TestApp;
  let hq: TestClient;
  const groups: { id: string; district: string; client: TestClient }[] = [];

  async function activity(c: TestClient, groupId: string, n: number, seed: number) {
    await joinMembers(c, groupId, n, { idSeed: seed });
    const g = `/api/v1/groups/${groupId}`;
    expectStatus(
      await write(c, `${g}/meeting-days`, {
        postedOn: '2026-02-05',
        rows: Array.from({ length: n }, (_, i) => ({
          memberNo: i + 1,
          pledge: 10000 * (i + 1),
          specialDeposit: seed + i,
        })),
      }),
      201,
    );
    const loan = await write(c, `${g}/loans`, {
      memberNo: n,
      loanType: 'emergency',
      principal: 10000 * n,
      termMonths: 6,
      purpose: 'ค่ารักษาพยาบาล',
      appliedOn: '2026-02-06',
    });
    expectStatus(loan, 201);
    const province = await t.as('demo.province');
    expectStatus(
      await write(province, `${g}/loans/${loan.body.loanNo}/decision`, {
        decision: 'approve',
        decidedOn: '2026-02-06',
      }),
      201,
    );
    expectStatus(
      await write(c, `${g}/loans/${loan.body.loanNo}/disbursement`, {
        disbursedOn: '2026-02-07',
        firstDueOn: '2026-03-05',
      }),
      201,
    );
    expectStatus(
      await write(c, `${g}/meeting-days`, {
        postedOn: '2026-03-05',
        rows: [{ memberNo: n, loanPayments: [{ loanNo: 1, amount: 5000 }] }],
      }),
      201,
    );
  }

  /** A group's five figures read from its own books, not from the roll-up. */
  async function fromLedger(c: TestClient, groupId: string) {
    const g = `/api/v1/groups/${groupId}`;
    const tb = (await c.get(`${g}/trial-balance`)).body;
    const row = (code: string) =>
      tb.rows.find((r: { accountCode: string }) => r.accountCode === code) ?? { debit: 0, credit: 0 };
    const members = (await c.get(`${g}/members`)).body.items;
    const loans = (await c.get(`${g}/loans`)).body.items;
    return {
      groups: 1,
      members: members.filter((m: { status: string }) => m.status === 'active').length,
      savings: row('3101').credit + row('2101').credit,
      pledgedSavings: row('3101').credit,
      specialSavings: row('2101').credit,
      borrowers: members.filter((m: { balances: { loansOutstanding: number } }) => m.balances.loansOutstanding > 0)
        .length,
      lent: loans
        .filter((l: { disbursedOn: string | null }) => l.disbursedOn)
        .reduce((a: number, l: { principal: number }) => a + l.principal, 0),
      outstanding: row('1201').debit,
    };
  }
  const add = (xs: Record<string, number>[]) =>
    xs.reduce(
      (acc, x) => Object.fromEntries(Object.keys(x).map((k) => [k, (acc[k] ?? 0) + x[k]!])),
      {} as Record<string, number>,
    );

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    hq = await t.as('demo.hq');
    const muang = await t.as('demo.district'); // 5201 เมืองลำปาง
    const other = await t.as('demo.officer'); // 5205
    for (const [client, unit, district, n, seed] of [
      [muang, '520101', '5201', 3, 100],
      [muang, '520102', '5201', 4, 200],
      [other, '520501', '5205', 5, 300],
    ] as const) {
      const id = await registerGroup(client, { orgUnitId: unit, nameTh: `กลุ่ม ${unit}` });
      await activity(client, id, n, seed);
      groups.push({ id, district, client });
    }
  });
  after(() => t.close());

  test('district, province and nation equal the sum of their groups', async () => {
    const each = await Promise.all(groups.map(async (g) => ({ ...g, figures: await fromLedger(g.client, g.id) })));
    const district = (await hq.get('/api/v1/reports/rollup?orgUnitId=5201')).body;
    assert.deepEqual(district.totals, add(each.filter((g) => g.district === '5201').map((g) => g.figures)));
    assert.equal(district.children.length, 2);
    for (const child of district.children) {
      assert.deepEqual(child.figures, each.find((g) => g.id === child.id)!.figures);
    }
    const province = (await hq.get('/api/v1/reports/rollup?orgUnitId=52')).body;
    assert.deepEqual(province.totals, add(each.map((g) => g.figures)));
    assert.deepEqual(
      province.children.map((c: { id: string }) => c.id),
      ['5201', '5205'],
    );
    const nation = (await hq.get('/api/v1/reports/rollup')).body;
    assert.deepEqual(nation.totals, province.totals);
    assert.equal(nation.children[0].id, '52');
    assert.equal(nation.totals.borrowers, 3);
  });

  test('a district sees its own roll-up only', async () => {
    const muang = await t.as('demo.district');
    expectStatus(await muang.get('/api/v1/reports/rollup?orgUnitId=5201'), 200);
    expectStatus(await muang.get('/api/v1/reports/rollup?orgUnitId=5205'), 404);
    expectStatus(await muang.get('/api/v1/reports/rollup?orgUnitId=52'), 404);
  });

  test('monthly trends end at the roll-up totals and grow month by month', async () => {
    const trend = (await hq.get('/api/v1/reports/trends?orgUnitId=52&months=12')).body;
    const rollup = (await hq.get('/api/v1/reports/rollup?orgUnitId=52')).body;
    assert.equal(trend.months.length, 12);
    assert.equal(trend.months.at(-1).month, '2026-11-01');
    assert.deepEqual({ ...trend.months.at(-1), month: undefined }, { ...rollup.totals, month: undefined });
    const jan = trend.months.find((m: { month: string }) => m.month === '2026-01-01');
    const feb = trend.months.find((m: { month: string }) => m.month === '2026-02-01');
    assert.equal(jan.pledgedSavings, 0, 'first postings were in February');
    assert.ok(feb.pledgedSavings > 0);
    assert.equal(feb.borrowers, 3);
    assert.deepEqual(trend.groupsByLevel, [{ level: 2, groups: 3 }]);
  });
});
