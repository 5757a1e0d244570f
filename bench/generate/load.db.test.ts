// The generator at a small scale on a real database: opening balances plus fiscal year 2569 loaded by
// COPY. Year-end totals computed from the journal are within 1 % of seed 001 × scale (and equal the
// maintained roll-up and the API's); every maintained table agrees with the journal and the loan
// kernel; no member's savings dip below zero at any month end; some loans are late, some paid off.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { CivilDate } from '../../src/kernel/dates.js';
import { satang } from '../../src/kernel/money.js';
import { fixedClock, startTestApp, type TestApp } from '../../src/testing/test-app.js';
import { openBulkSession } from './copy.js';
import { generateInto, YEAR_END, type NationTotals } from './load.js';
import { loanPosition } from '../../src/modules/loans/index.js';
import { SEED_001 } from './targets.js';
import { verifyGroups } from './verify.js';

const SCALE = 0.002;
let t: TestApp;
let totals: NationTotals;
before(async () => {
  t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
  const me = (await (await t.as('demo.hq')).get('/api/v1/auth/me')).body;
  ({ totals } = await generateInto(t.database, { scale: SCALE, seed: 42, enteredBy: me.id, checkKernel: true }));
});
after(() => t.close());

const GENERATED = sql`SELECT id FROM savings_group WHERE name_th LIKE 'กลุ่มออมทรัพย์เพื่อการผลิตจำลอง%'`;

test('year-end totals from the journal are within 1 % of seed 001 × scale', { timeout: 60_000 }, async () => {
  const r = await sql<Record<string, string>>`
    WITH l AS (SELECT l.*, e.kind FROM journal_line l JOIN journal_entry e USING (group_id, entry_no)
      WHERE l.group_id IN (${GENERATED}) AND e.posted_on <= ${YEAR_END}),
    owing AS (SELECT group_id, member_no FROM l WHERE account_code = '1201'
      GROUP BY 1, 2 HAVING sum(amount) > 0)
    SELECT (SELECT count(*) FROM (${GENERATED}) g)::text AS groups,
      (SELECT count(*) FROM group_member WHERE group_id IN (${GENERATED}))::text AS members,
      (SELECT -sum(amount) FROM l WHERE account_code IN ('3101', '2101'))::text AS savings,
      (SELECT count(*) FROM owing)::text AS borrowers,
      (SELECT sum(amount) FROM l WHERE account_code = '1201' AND amount > 0
        AND kind IN ('opening', 'loan_disbursement'))::text AS lent`.execute(t.database.db);
  const journal = Object.fromEntries(Object.entries(r.rows[0]!).map(([k, v]) => [k, Number(v)]));
  for (const k of Object.keys(SEED_001) as (keyof typeof SEED_001)[]) {
    const target = SEED_001[k] * SCALE;
    assert.ok(Math.abs(journal[k]! - target) / target < 0.01, `${k}: ${journal[k]} vs ${target}`);
    assert.equal(journal[k], totals[k], `${k}: journal vs maintained roll-up`);
  }
  const hq = await t.as('demo.hq');
  const nation = (await hq.get('/api/v1/reports/rollup?orgUnitId=TH&asOf=2026-09-30')).body.totals;
  for (const k of ['groups', 'members', 'savings', 'borrowers', 'lent'] as const) {
    assert.ok(nation[k] >= totals[k], `${k}: the national roll-up includes the generated groups`);
  }
});

test('every entry balances and every maintained table equals the journal', { timeout: 60_000 }, async () => {
  const ids = (await GENERATED.execute(t.database.db)).rows.map((r) => (r as { id: string }).id);
  const session = await openBulkSession(t.database);
  try {
    await verifyGroups(session, ids); // entries balance; member_balance, group_month_figure, loan_position, books
  } finally {
    session.release();
  }
  const negative = await sql<{ n: string }>`
    WITH monthly AS (
      SELECT l.group_id, l.member_no, l.account_code, date_trunc('month', e.posted_on) AS month, sum(l.amount) AS d
      FROM journal_line l JOIN journal_entry e USING (group_id, entry_no)
      WHERE l.account_code IN ('3101', '2101') AND l.group_id IN (${GENERATED}) GROUP BY 1, 2, 3, 4)
    SELECT count(*)::text AS n FROM (
      SELECT sum(d) OVER (PARTITION BY group_id, member_no, account_code ORDER BY month) AS held FROM monthly) x
    WHERE held > 0`.execute(t.database.db); // credit-normal: a positive sum is a negative balance
  assert.equal(Number(negative.rows[0]!.n), 0);
});

test('loan_position equals a replay of every loan with the loan kernel', { timeout: 60_000 }, async () => {
  const loans = await sql<Record<string, string>>`
    SELECT l.group_id, l.loan_no, l.principal::text, l.annual_rate_bp, l.method, l.term_months,
      l.penalty_per_late::text, l.first_due_on, p.outstanding::text, p.unpaid_since
    FROM loan l JOIN loan_position p USING (group_id, loan_no) WHERE l.group_id IN (${GENERATED})`.execute(
    t.database.db,
  );
  const paid = await sql<Record<string, string>>`
    SELECT l.group_id, l.loan_no, e.posted_on,
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '1201'), 0)::text AS principal,
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4101'), 0)::text AS interest,
      coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4105'), 0)::text AS penalty
    FROM journal_line l JOIN journal_entry e USING (group_id, entry_no)
    WHERE l.loan_no IS NOT NULL AND e.kind = 'meeting_day' AND l.group_id IN (${GENERATED})
    GROUP BY 1, 2, 3, e.entry_no ORDER BY e.posted_on, e.entry_no`.execute(t.database.db);
  const payments = new Map<string, { paidOn: CivilDate; principal: number; interest: number; penalty: number }[]>();
  for (const p of paid.rows) {
    const k = `${p.group_id}:${p.loan_no}`;
    payments.set(k, [
      ...(payments.get(k) ?? []),
      {
        paidOn: p.posted_on as CivilDate,
        principal: Number(p.principal),
        interest: Number(p.interest),
        penalty: Number(p.penalty),
      },
    ]);
  }
  let late = 0;
  let settled = 0;
  for (const l of loans.rows) {
    const replay = loanPosition({
      terms: {
        principal: satang(Number(l.principal)),
        annualRateBp: Number(l.annual_rate_bp),
        method: l.method as 'declining',
        termMonths: Number(l.term_months),
        firstDueOn: l.first_due_on as CivilDate,
      },
      payments: (payments.get(`${l.group_id}:${l.loan_no}`) ?? []).map((p) => ({
        ...p,
        principal: satang(p.principal),
        interest: satang(p.interest),
        penalty: satang(p.penalty),
      })),
      writtenOff: false,
    });
    assert.deepEqual(
      { outstanding: Number(l.outstanding), unpaidSince: l.unpaid_since ?? null },
      replay,
      `loan ${l.group_id}:${l.loan_no}`,
    );
    if (replay.unpaidSince && replay.unpaidSince < YEAR_END) late++;
    if (replay.outstanding === 0) settled++;
  }
  assert.ok(late > 0, 'some loans are in arrears at year end');
  assert.ok(settled > 0, 'some loans were paid off during the year');
  assert.ok(loans.rows.length > Math.round(SEED_001.borrowers * SCALE), 'new loans were disbursed');
});

test('the app reads a generated group: its trial balance balances, its loans match their positions', async () => {
  const hq = await t.as('demo.hq');
  const id = ((await GENERATED.execute(t.database.db)).rows[0] as { id: string }).id;
  const tb = (await hq.get(`/api/v1/groups/${id}/trial-balance?asOf=2026-09-30`)).body;
  assert.equal(tb.totalDebit, tb.totalCredit);
  const positions = new Map(
    (
      await t.database.db
        .selectFrom('loan_position')
        .select(['loan_no', 'outstanding'])
        .where('group_id', '=', id)
        .execute()
    ).map((p) => [p.loan_no, Number(p.outstanding)]),
  );
  const loans = (await hq.get(`/api/v1/groups/${id}/loans`)).body.items;
  assert.ok(loans.length > 0);
  for (const l of loans) assert.equal(l.state.principalOutstanding, positions.get(l.loanNo), `loan ${l.loanNo}`);
});
