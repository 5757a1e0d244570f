// Acceptance (issue 4, part 4): every dashboard figure — totals, the 12 trend months, groups by level,
// arrears with buckets, each child, campaign totals — for the nation, a province and a district
// equals a direct computation from the journal, the member and group tables, and a replay of every
// loan with the loan kernel; never from the maintained roll-ups the dashboard reads. Data: the
// generator's nation at scale 0.01 (opening balances + a fiscal year) plus service-layer postings:
// a campaign, meeting days with repayments, a late loan, a write-off and a reversal.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { generateInto } from '../../../bench/generate/load.js';
import { civilDate, todayInBangkok } from '../../kernel/dates.js';
import { satang } from '../../kernel/money.js';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { scanCampaign } from '../campaigns/index.js';
import { agingBucket, loanState, type LoanPayment } from '../loans/index.js';
import { monthsBack } from './trends.js';

let t: TestApp;
let hq: TestClient;
const AS_OF = '2026-09-30';

before(async () => {
  t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
  hq = await t.as('demo.hq');
  const me = (await hq.get('/api/v1/auth/me')).body;
  await generateInto(t.database, { scale: 0.01, seed: 7, enteredBy: me.id });
  const maker = await t.as('demo.district');
  const checker = await t.as('demo.province');
  // A national campaign created after the year was posted (its figures are backfilled) …
  expectStatus(
    await hq.post('/api/v1/campaigns', {
      orgUnitId: 'TH',
      nameTh: 'รณรงค์ออมทั่วประเทศ',
      startsOn: '2026-06-01',
      endsOn: '2026-09-30',
      minAmount: 5000,
      targetNewMembers: 0,
      targetMembersAdding: 0,
    }),
    201,
  );
  // … and a group whose postings arrive afterwards, through the use cases.
  const g = await registerGroup(maker, { orgUnitId: '520101', foundedOn: '2025-11-01' });
  await joinMembers(maker, g, 4, { joinedOn: '2026-01-05', idSeed: 900 });
  const base = `/api/v1/groups/${g}`;
  const day = async (postedOn: string, rows: object[]) => {
    const r = await write(maker, `${base}/meeting-days`, { postedOn, rows });
    expectStatus(r, 201);
    return r.body;
  };
  await day(
    '2026-01-05',
    [1, 2, 3, 4].map((memberNo) => ({ memberNo, pledge: 300000 })),
  );
  for (const [memberNo, principal] of [
    [1, 1_200_000],
    [2, 600_000],
    [3, 300_000],
  ] as const) {
    const a = await write(maker, `${base}/loans`, {
      memberNo,
      loanType: 'general',
      principal,
      termMonths: 12,
      purpose: 'ทุนประกอบอาชีพ',
      appliedOn: '2026-01-10',
      guarantors: [4],
    });
    expectStatus(a, 201);
    const n = a.body.loanNo;
    expectStatus(
      await write(checker, `${base}/loans/${n}/decision`, { decision: 'approve', decidedOn: '2026-01-11' }),
      201,
    );
    expectStatus(
      await write(maker, `${base}/loans/${n}/disbursement`, { disbursedOn: '2026-01-15', firstDueOn: '2026-02-05' }),
      201,
    );
  }
  // Member 1 pays February and June, then stops (late); member 2 pays on time; member 3 is written off.
  await day('2026-02-05', [
    { memberNo: 1, pledge: 10000, loanPayments: [{ loanNo: 1, amount: 112000 }] },
    { memberNo: 2, pledge: 10000, loanPayments: [{ loanNo: 2, amount: 56000 }] },
  ]);
  await day('2026-06-05', [
    { memberNo: 1, pledge: 15000, loanPayments: [{ loanNo: 1, amount: 50000 }] },
    { memberNo: 2, pledge: 10000, specialDeposit: 6000 },
  ]);
  const july = await day('2026-07-05', [
    { memberNo: 3, pledge: 20000, specialDeposit: 5000 },
    { memberNo: 4, pledge: 10000, specialDeposit: 2000 },
  ]);
  expectStatus(await write(maker, `${base}/journal/${july.entries[0].entryNo}/reverse`, { reason: 'บันทึกผิดคน' }), 201);
  expectStatus(
    await write(checker, `${base}/loans/3/write-off`, { writtenOffOn: '2026-08-01', decision: 'มติที่ประชุม 8/2569' }),
    201,
  );
});
after(() => t.close());

interface Sums {
  groups: number;
  members: number;
  pledged: number;
  special: number;
  outstanding: number;
  lent: number;
  borrowers: number;
}
const zero = (): Sums => ({ groups: 0, members: 0, pledged: 0, special: 0, outstanding: 0, lent: 0, borrowers: 0 });
const figures = (s: Sums) => ({
  groups: s.groups,
  members: s.members,
  savings: s.pledged + s.special,
  pledgedSavings: s.pledged,
  specialSavings: s.special,
  borrowers: s.borrowers,
  lent: s.lent,
  outstanding: s.outstanding,
});

/** Each group's figures at each month end, straight from the journal and the member table. */
async function fromJournal(months: string[]) {
  const db = t.database.db;
  const ends = months.map((m) => {
    const d = new Date(`${m}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1, 0);
    return d.toISOString().slice(0, 10);
  });
  const groups = (
    await sql<{ id: string; path: string; founded_on: string }>`
      SELECT g.id, o.path, to_char(g.founded_on, 'YYYY-MM-DD') AS founded_on
      FROM savings_group g JOIN org_unit o ON o.id = g.org_unit_id`.execute(db)
  ).rows;
  const members = (
    await sql<{ group_id: string; joined_on: string; left_on: string | null }>`
      SELECT group_id, to_char(joined_on, 'YYYY-MM-DD') AS joined_on, to_char(left_on, 'YYYY-MM-DD') AS left_on
      FROM group_member`.execute(db)
  ).rows;
  const lines = (
    await sql<{
      group_id: string;
      member_no: number | null;
      posted_on: string;
      code: string;
      lent: string;
      amount: string;
    }>`
      SELECT l.group_id, l.member_no, to_char(e.posted_on, 'YYYY-MM-DD') AS posted_on, l.account_code AS code,
        sum(l.amount) FILTER (WHERE l.amount > 0 AND e.kind IN ('opening', 'loan_disbursement')) AS lent,
        sum(l.amount) AS amount
      FROM journal_line l JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
      WHERE l.account_code IN ('3101', '2101', '1201') AND e.posted_on <= ${ends.at(-1)}::date
      GROUP BY 1, 2, 3, 4`.execute(db)
  ).rows;
  const at = new Map<string, Sums[]>(groups.map((g) => [g.id, ends.map(zero)]));
  ends.forEach((end, i) => {
    for (const g of groups) if (g.founded_on <= end) at.get(g.id)![i]!.groups++;
    for (const m of members)
      if (m.joined_on <= end && !(m.left_on && m.left_on <= end)) at.get(m.group_id)![i]!.members++;
    const owed = new Map<string, number>();
    for (const l of lines) {
      if (l.posted_on > end) continue;
      const s = at.get(l.group_id)![i]!;
      const amount = Number(l.amount);
      if (l.code === '3101') s.pledged -= amount;
      if (l.code === '2101') s.special -= amount;
      if (l.code === '1201') {
        s.outstanding += amount;
        s.lent += Number(l.lent ?? 0);
        owed.set(`${l.group_id}:${l.member_no}`, (owed.get(`${l.group_id}:${l.member_no}`) ?? 0) + amount);
      }
    }
    for (const [k, v] of owed) if (v > 0) at.get(k.split(':')[0]!)![i]!.borrowers++;
  });
  return { groups, at };
}

/** Every disbursed loan replayed with the loan kernel as of today. */
async function arrearsByGroup(today: string) {
  const db = t.database.db;
  const loans = (
    await sql<{
      group_id: string;
      loan_no: number;
      member_no: number;
      principal: string;
      annual_rate_bp: number;
      method: 'flat' | 'declining';
      term_months: number;
      first_due_on: string;
    }>`SELECT group_id, loan_no, member_no, principal, annual_rate_bp, method, term_months,
        to_char(first_due_on, 'YYYY-MM-DD') AS first_due_on FROM loan WHERE status = 'disbursed'`.execute(db)
  ).rows;
  const pays = (
    await sql<{ group_id: string; loan_no: number; posted_on: string; p: string; i: string; x: string }>`
      SELECT l.group_id, l.loan_no, to_char(e.posted_on, 'YYYY-MM-DD') AS posted_on,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '1201'), 0) AS p,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4101'), 0) AS i,
        coalesce(-sum(l.amount) FILTER (WHERE l.account_code = '4105'), 0) AS x
      FROM journal_line l JOIN journal_entry e ON e.group_id = l.group_id AND e.entry_no = l.entry_no
      WHERE l.loan_no IS NOT NULL AND e.kind IN ('meeting_day', 'loan_repayment', 'member_exit')
        AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.group_id = e.group_id AND r.reverses_entry_no = e.entry_no)
      GROUP BY l.group_id, l.loan_no, e.entry_no, e.posted_on ORDER BY e.posted_on, e.entry_no`.execute(db)
  ).rows;
  const byLoan = new Map<string, LoanPayment[]>();
  for (const p of pays) {
    const k = `${p.group_id}:${p.loan_no}`;
    byLoan.set(k, [
      ...(byLoan.get(k) ?? []),
      {
        paidOn: civilDate(p.posted_on),
        principal: satang(Number(p.p)),
        interest: satang(Number(p.i)),
        penalty: satang(Number(p.x)),
      },
    ]);
  }
  return loans.flatMap((l) => {
    const s = loanState({
      terms: {
        principal: satang(Number(l.principal)),
        annualRateBp: l.annual_rate_bp,
        termMonths: l.term_months,
        method: l.method,
        firstDueOn: civilDate(l.first_due_on),
      },
      penaltyPerLateInstallment: satang(0),
      payments: byLoan.get(`${l.group_id}:${l.loan_no}`) ?? [],
      asOf: civilDate(today),
    });
    const bucket = agingBucket(s.daysOverdue);
    return bucket
      ? [{ groupId: l.group_id, borrower: `${l.group_id}:${l.member_no}`, bucket, outstanding: s.principalOutstanding }]
      : [];
  });
}

test('every dashboard figure equals the journal and a replay of every loan', { timeout: 600_000 }, async () => {
  const months = monthsBack(AS_OF, 12);
  const { groups, at } = await fromJournal(months);
  const today = todayInBangkok(t.clock);
  const arrears = await arrearsByGroup(today);
  const levels = new Map(
    (
      await sql<{ group_id: string; level: number }>`
        SELECT DISTINCT ON (group_id) group_id, level FROM group_level ORDER BY group_id, effective_on DESC`.execute(
        t.database.db,
      )
    ).rows.map((r) => [r.group_id, r.level]),
  );
  const campaigns = (await hq.get('/api/v1/campaigns')).body.items as { id: string; endsOn: string }[];
  for (const [unitId, segment] of [
    ['TH', 3],
    ['52', 4],
    ['5201', null],
  ] as const) {
    const res = await hq.get(`/api/v1/reports/dashboard?orgUnitId=${unitId}&asOf=${AS_OF}`);
    expectStatus(res, 200);
    const d = res.body;
    const path = groups.find((g) => g.path.split('/').includes(unitId))!.path;
    const unitPath = path.slice(0, path.indexOf(`/${unitId}/`) + unitId.length + 2);
    const mine = groups.filter((g) => g.path.startsWith(unitPath));
    const childOf = (g: { id: string; path: string }) => (segment === null ? g.id : g.path.split('/')[segment - 1]!);
    const sumAt = (gs: typeof mine, i: number) => {
      const s = zero();
      for (const g of gs) for (const k of Object.keys(s) as (keyof Sums)[]) s[k] += at.get(g.id)![i]![k];
      return s;
    };
    assert.deepEqual(d.totals, figures(sumAt(mine, 11)), `${unitId} totals`);
    assert.deepEqual(
      d.trend,
      months.map((month, i) => ({ month, ...figures(sumAt(mine, i)) })),
      `${unitId} trend`,
    );
    const childIds = [...new Set(mine.map(childOf))].sort();
    assert.deepEqual(
      d.children.map((c: { id: string }) => c.id),
      childIds,
    );
    const late = arrears.filter((a) => mine.some((g) => g.id === a.groupId));
    for (const c of d.children) {
      const gs = mine.filter((g) => childOf(g) === c.id);
      assert.deepEqual(c.figures, figures(sumAt(gs, 11)), `${unitId} child ${c.id}`);
      const cl = late.filter((a) => gs.some((g) => g.id === a.groupId));
      assert.deepEqual(c.arrears, { loans: cl.length, outstanding: cl.reduce((x, a) => x + a.outstanding, 0) });
      assert.equal(c.level, segment === null ? (levels.get(c.id) ?? null) : null);
    }
    assert.ok(late.length > 0, 'some loans are late');
    assert.deepEqual(d.arrears, {
      asOf: today,
      loans: late.length,
      borrowers: new Set(late.map((a) => a.borrower)).size,
      outstanding: late.reduce((x, a) => x + a.outstanding, 0),
      buckets: ['1-30', '31-90', '91-180', '>180'].map((bucket) => {
        const b = late.filter((a) => a.bucket === bucket);
        return { bucket, loans: b.length, outstanding: b.reduce((x, a) => x + a.outstanding, 0) };
      }),
    });
    const byLevel = new Map<number | null, number>();
    for (const g of mine) byLevel.set(levels.get(g.id) ?? null, (byLevel.get(levels.get(g.id) ?? null) ?? 0) + 1);
    assert.deepEqual(
      [...d.groupsByLevel].sort(
        (a: { level: number | null }, b: { level: number | null }) => (a.level ?? 9) - (b.level ?? 9),
      ),
      [...byLevel].sort(([a], [b]) => (a ?? 9) - (b ?? 9)).map(([level, n]) => ({ level, groups: n })),
    );
    assert.ok(d.campaigns.length >= 1);
    for (const c of d.campaigns) {
      const scan = await scanCampaign(t.database.db, c.campaign.id, unitPath);
      assert.deepEqual(c.totals, {
        groups: scan.length,
        newMembers: scan.reduce((x, r) => x + r.new_members, 0),
        membersAdding: scan.reduce((x, r) => x + r.adding, 0),
        membersAddingPledge: scan.reduce((x, r) => x + r.adding_pledge, 0),
        membersAddingSpecial: scan.reduce((x, r) => x + r.adding_special, 0),
        specialDeposited: scan.reduce((x, r) => x + r.special, 0),
      });
      assert.ok(campaigns.some((x) => x.id === c.campaign.id));
    }
    if (unitId === '5201') assert.ok(d.campaigns[0].totals.membersAdding > 0);
  }
});

test('scope: out-of-scope units answer 404, users without savings:read 403', async () => {
  const district = await t.as('demo.district');
  expectStatus(await district.get('/api/v1/reports/dashboard?orgUnitId=5201'), 200);
  expectStatus(await district.get('/api/v1/reports/dashboard?orgUnitId=52'), 404);
  expectStatus(await district.get('/api/v1/reports/dashboard?orgUnitId=10'), 404);
  assert.equal((await district.getRaw('/api/v1/reports/dashboard.xlsx?orgUnitId=5205')).status, 404);
  expectStatus(await hq.get('/api/v1/reports/dashboard?orgUnitId=nope'), 404);
  const anonymous = t.client();
  expectStatus(await anonymous.get('/api/v1/reports/dashboard'), 401);
});

test('bad query input answers 400 with a Thai message', async () => {
  for (const q of ['asOf=2026-13-01', 'asOf=2026-02-30', 'asOf=yesterday', 'orgUnitId=%27%3B']) {
    const res = await hq.get(`/api/v1/reports/dashboard?${q}`);
    expectStatus(res, 400);
    assert.match(res.body.error.messageTh, /คำขอไม่ถูกต้อง/);
  }
  assert.equal((await hq.getRaw('/api/v1/reports/dashboard.xlsx?asOf=2026-02-30')).status, 400);
});

test('the Excel workbook carries the same figures', async () => {
  const res = await hq.getRaw(`/api/v1/reports/dashboard.xlsx?orgUnitId=52&asOf=${AS_OF}`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-disposition') ?? '', /dashboard-52-2026-09-30\.xlsx/);
  const d = (await hq.get(`/api/v1/reports/dashboard?orgUnitId=52&asOf=${AS_OF}`)).body;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['สรุป', 'รายเดือน', 'รายอำเภอ'],
  );
  const summary = wb.getWorksheet('สรุป')!;
  assert.equal(summary.getCell('B4').value, d.totals.groups);
  assert.equal(summary.getCell('B6').value, d.totals.savings / 100);
  assert.equal(summary.getCell('B6').numFmt, '#,##0.00');
  const trend = wb.getWorksheet('รายเดือน')!;
  assert.equal(trend.getCell('A3').value, d.trend[0].month.slice(0, 7));
  assert.equal(trend.getCell('I14').value, d.trend[11].outstanding / 100);
  const children = wb.getWorksheet('รายอำเภอ')!;
  assert.equal(children.getCell('A3').value, d.children[0].id);
  assert.equal(children.getCell('E3').value, d.children[0].figures.savings / 100);
  assert.equal(children.getCell('K3').value, d.children[0].arrears.loans);
});
