import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { countRows, fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

describe('loans through the API', () => {
  let t: TestApp;
  let maker: TestClient; // district head enters applications
  let checker: TestClient; // province admin decides them
  let groupId: string;
  const base = () => `/api/v1/groups/${groupId}`;

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    maker = await t.as('demo.district');
    checker = await t.as('demo.province');
    groupId = await registerGroup(maker);
    await joinMembers(maker, groupId, 3);
    // Member 1 saves 3,000.00 baht (may borrow up to 5 × = 15,000.00); member 2 saves 100.00.
    const day = await write(maker, `${base()}/meeting-days`, {
      postedOn: '2026-01-05',
      rows: [
        { memberNo: 1, pledge: 300000 },
        { memberNo: 2, pledge: 10000 },
      ],
    });
    expectStatus(day, 201);
  });
  after(() => t.close());

  const apply = (c: TestClient, over: Record<string, unknown> = {}) =>
    write(c, `${base()}/loans`, {
      memberNo: 1,
      loanType: 'general',
      principal: 1_200_000,
      termMonths: 12,
      purpose: 'ซื้อปุ๋ยทำนา',
      appliedOn: '2026-01-10',
      guarantors: [2],
      ...over,
    });

  test('limits, guarantors and terms from the rules are enforced with a clear message', async () => {
    const loans = await countRows(t, 'loan');
    const overMultiple = await apply(maker, { principal: 1_500_001 });
    expectStatus(overMultiple, 422);
    assert.equal(overMultiple.body.error.code, 'loan_over_savings_multiple');
    assert.match(overMultiple.body.error.messageTh, /5 เท่า/);
    const noGuarantor = await apply(maker, { guarantors: [] });
    expectStatus(noGuarantor, 422);
    assert.match(noGuarantor.body.error.issues[0].messageTh, /ผู้ค้ำประกันอย่างน้อย 1 คน/);
    const selfGuarantee = await apply(maker, { guarantors: [1] });
    expectStatus(selfGuarantee, 422);
    const tooLong = await apply(maker, { termMonths: 36 });
    expectStatus(tooLong, 422);
    assert.equal(tooLong.body.error.code, 'loan_term_too_long');
    assert.equal(await countRows(t, 'loan'), loans);
  });

  test('maker-checker: whoever entered a loan cannot approve it', async () => {
    const applied = await apply(maker);
    expectStatus(applied, 201);
    const loanNo = applied.body.loanNo;
    assert.equal(applied.body.enteredBy, 'demo.district');
    const own = await write(maker, `${base()}/loans/${loanNo}/decision`, {
      decision: 'approve',
      decidedOn: '2026-01-11',
    });
    expectStatus(own, 403);
    assert.equal(own.body.error.code, 'cannot_decide_own_entry');
    const loan = await maker.get(`${base()}/loans/${loanNo}`);
    assert.equal(loan.body.status, 'applied');
    const ok = await write(checker, `${base()}/loans/${loanNo}/decision`, {
      decision: 'approve',
      decidedOn: '2026-01-11',
      note: 'มติคณะกรรมการเงินกู้ ครั้งที่ 1/2569',
    });
    expectStatus(ok, 201);
    assert.equal(ok.body.status, 'approved');
  });

  test('disbursement, repayment on a meeting day (penalty → interest → principal) and arrears', async () => {
    const loanNo = 1;
    const paid = await write(maker, `${base()}/loans/${loanNo}/disbursement`, {
      disbursedOn: '2026-01-15',
      firstDueOn: '2026-02-05',
    });
    expectStatus(paid, 201);
    assert.equal(paid.body.schedule.length, 12);
    // Declining balance, equal principal: 12,000.00 × 1 % a month = 120.00 interest in month 1.
    assert.deepEqual(paid.body.schedule[0], { no: 1, dueOn: '2026-02-05', principal: 100000, interest: 12000 });
    // February paid on time; March missed; paid in April with one penalty (50.00) for March.
    const feb = await write(maker, `${base()}/meeting-days`, {
      postedOn: '2026-02-05',
      rows: [{ memberNo: 1, loanPayments: [{ loanNo, amount: 112000 }] }],
    });
    expectStatus(feb, 201);
    assert.equal(feb.body.entries[0].loanInterest, 12000);
    assert.equal(feb.body.entries[0].loanPrincipal, 100000);
    const april = await write(maker, `${base()}/meeting-days`, {
      postedOn: '2026-04-05',
      // Penalty 50.00 for March; interest 110.00 for March and again 110.00 for April, because March's
      // principal was still owed, so April's interest is on 11,000.00; principal 1,000.00 × 2.
      rows: [{ memberNo: 1, loanPayments: [{ loanNo, amount: 5000 + 22000 + 200000 }] }],
    });
    expectStatus(april, 201);
    assert.equal(april.body.entries[0].loanPenalty, 5000);
    assert.equal(april.body.entries[0].loanInterest, 11000 + 11000);
    assert.equal(april.body.entries[0].loanPrincipal, 200000);
    const later = await maker.get(`${base()}/loans/${loanNo}?asOf=2026-07-20`);
    // May, June and July unpaid: oldest due 5 May, 76 days before 20 July.
    assert.equal(later.body.state.daysOverdue, 76);
    assert.equal(later.body.state.agingBucket, '31-90');
    assert.equal(later.body.state.principalOutstanding, 900000);
    const member = await maker.get(`${base()}/members/1`);
    assert.equal(member.body.balances.loansOutstanding, 900000);
    const byGuarantor = await maker.get(`${base()}/loans?guarantorNo=2`);
    assert.deepEqual(
      byGuarantor.body.items.map((l: { loanNo: number }) => l.loanNo),
      [1],
    );
  });

  test('paying more than the payoff is refused and writes nothing', async () => {
    const lines = await countRows(t, 'journal_line');
    const res = await write(maker, `${base()}/meeting-days`, {
      postedOn: '2026-11-05',
      rows: [{ memberNo: 1, pledge: 10000, loanPayments: [{ loanNo: 1, amount: 99_999_999 }] }],
    });
    expectStatus(res, 422);
    assert.match(res.body.error.issues[0].messageTh, /เงินกู้เลขที่ 1/);
    assert.equal(await countRows(t, 'journal_line'), lines);
  });

  test('a written-off loan leaves the receivables as bad debt, by committee decision', async () => {
    const res = await write(checker, `${base()}/loans/1/write-off`, {
      writtenOffOn: '2026-11-10',
      decision: 'มติที่ประชุมใหญ่ 2/2569 ผู้กู้ย้ายถิ่นติดต่อไม่ได้',
    });
    expectStatus(res, 201);
    assert.equal(res.body.status, 'written_off');
    const tb = (await maker.get(`${base()}/trial-balance`)).body;
    const row = (code: string) => tb.rows.find((r: { accountCode: string }) => r.accountCode === code);
    assert.equal(row('5103').debit, 900000);
    assert.equal(row('1201'), undefined, 'no receivable left');
    const again = await write(checker, `${base()}/loans/1/write-off`, {
      writtenOffOn: '2026-11-11',
      decision: 'ซ้ำอีกครั้ง',
    });
    expectStatus(again, 422);
  });
});
