import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { countRows, fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

describe('a member leaving the group', () => {
  let t: TestApp;
  let c: TestClient;
  let g: string;

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    c = await t.as('demo.district');
    const checker = await t.as('demo.province');
    g = `/api/v1/groups/${await registerGroup(c)}`;
    await joinMembers(c, g.split('/').at(-1)!, 3);
    expectStatus(
      await write(c, `${g}/meeting-days`, {
        postedOn: '2026-01-05',
        rows: [
          { memberNo: 1, pledge: 300000, specialDeposit: 50000 },
          { memberNo: 2, pledge: 10000 },
          { memberNo: 3, pledge: 10000 },
        ],
      }),
      201,
    );
    // Member 1 borrows 1,000.00 (emergency: flat 12 %/yr over 6 months, no guarantor);
    // member 2 borrows 200.00 with member 3 as guarantor.
    for (const [memberNo, principal, guarantors, type] of [
      [1, 100000, [], 'emergency'],
      [2, 20000, [3], 'general'],
    ] as const) {
      const loan = await write(c, `${g}/loans`, {
        memberNo,
        loanType: type,
        principal,
        termMonths: 6,
        purpose: 'ทุนค้าขาย',
        appliedOn: '2026-01-06',
        guarantors,
      });
      expectStatus(loan, 201);
      expectStatus(
        await write(checker, `${g}/loans/${loan.body.loanNo}/decision`, {
          decision: 'approve',
          decidedOn: '2026-01-06',
        }),
        201,
      );
      expectStatus(
        await write(c, `${g}/loans/${loan.body.loanNo}/disbursement`, {
          disbursedOn: '2026-01-07',
          firstDueOn: '2026-02-05',
        }),
        201,
      );
    }
  });
  after(() => t.close());

  test('savings minus debts are paid out in one entry and the loan is closed', async () => {
    // On 10 March two installments are due and unpaid: interest 1,000 × 12 % × 6/12 = 60.00 spread
    // as 10.00 a month → 20.00; two late penalties of 20.00 → 40.00; principal 1,000.00 outstanding.
    // Owed 1,060.00; held 3,000.00 + 500.00; paid out 2,440.00.
    const res = await write(c, `${g}/members/1/leave`, { leftOn: '2026-03-10', reason: 'resigned' });
    expectStatus(res, 201);
    assert.equal(res.body.pledgedSavings, 300000);
    assert.equal(res.body.specialSavings, 50000);
    assert.equal(res.body.dividendsAndRefunds, 0);
    assert.deepEqual(res.body.loansSettled, [{ loanNo: 1, amount: 106000 }]);
    assert.equal(res.body.payout, 244000);
    const member = (await c.get(`${g}/members/1`)).body;
    assert.equal(member.status, 'left');
    assert.deepEqual(member.balances, { pledgedSavings: 0, specialSavings: 0, loansOutstanding: 0 });
    assert.equal((await c.get(`${g}/loans/1`)).body.status, 'paid_off');
    const tb = (await c.get(`${g}/trial-balance`)).body;
    assert.equal(tb.totalDebit, tb.totalCredit);
    const penalties = tb.rows.find((r: { accountCode: string }) => r.accountCode === '4105');
    assert.equal(penalties.credit, 4000);
  });

  test('a guarantor of an open loan, or a member owing more than they hold, cannot leave; nothing is written', async () => {
    const entries = await countRows(t, 'journal_entry');
    const guarantor = await write(c, `${g}/members/3/leave`, { leftOn: '2026-03-10', reason: 'resigned' });
    expectStatus(guarantor, 422);
    assert.equal(guarantor.body.error.code, 'member_is_guarantor');
    assert.match(guarantor.body.error.messageTh, /ผู้ค้ำประกันเงินกู้เลขที่ 2/);
    const debtor = await write(c, `${g}/members/2/leave`, { leftOn: '2026-03-10', reason: 'deceased' });
    expectStatus(debtor, 422);
    assert.equal(debtor.body.error.code, 'debts_exceed_savings');
    assert.equal(await countRows(t, 'journal_entry'), entries);
    assert.equal((await c.get(`${g}/members/2`)).body.status, 'active');
  });
});
