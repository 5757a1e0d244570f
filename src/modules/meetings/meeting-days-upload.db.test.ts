// A district's upload: several groups' meeting days in one request, the same rules per group, all
// posted or none, one Idempotency-Key for the whole upload.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectStatus, joinMembers, key, registerGroup, write } from '../../testing/savings-fixtures.js';
import { countRows, fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

describe("a district's meeting-day upload", () => {
  let t: TestApp;
  let district: TestClient;
  let province: TestClient;
  const groups: string[] = [];
  let otherDistrictGroup: string;
  const snapshot = async () => ({
    entries: await countRows(t, 'journal_entry'),
    lines: await countRows(t, 'journal_line'),
    requests: await countRows(t, 'ledger_request'),
    audit: await countRows(t, 'audit_log'),
    balances: await countRows(t, 'member_balance'),
  });
  const upload = (days: unknown[], k = key(), c = district) => write(c, '/api/v1/meeting-days', { days }, k);
  const pledges = (groupId: string, postedOn: string, amounts: number[]) => ({
    groupId,
    postedOn,
    rows: amounts.map((pledge, i) => ({ memberNo: i + 1, pledge })),
  });

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    district = await t.as('demo.district'); // อำเภอเมืองลำปาง
    province = await t.as('demo.province');
    for (let g = 0; g < 4; g++) {
      groups.push(await registerGroup(district, { nameTh: `กลุ่มออมทรัพย์ทดสอบ ${g + 1}` }));
      await joinMembers(district, groups[g]!, 3, { idSeed: 6000 + g * 10 });
    }
    otherDistrictGroup = await registerGroup(province, { orgUnitId: '520203' }); // อำเภอแม่เมาะ
    await joinMembers(province, otherDistrictGroup, 1, { idSeed: 6100 });
    // A loan for member 1 of the first group, repaid in the upload below.
    const base = `/api/v1/groups/${groups[0]}`;
    const { rows } = pledges(groups[0]!, '2026-01-05', [300000, 10000]);
    expectStatus(await write(district, `${base}/meeting-days`, { postedOn: '2026-01-05', rows }), 201);
    const applied = await write(district, `${base}/loans`, {
      memberNo: 1,
      loanType: 'general',
      principal: 1_200_000,
      termMonths: 12,
      purpose: 'ซื้อปุ๋ยทำนา',
      appliedOn: '2026-01-10',
      guarantors: [2],
    });
    expectStatus(applied, 201);
    const loan = `${base}/loans/${applied.body.loanNo}`;
    expectStatus(await write(province, `${loan}/decision`, { decision: 'approve', decidedOn: '2026-01-11' }), 201);
    expectStatus(
      await write(district, `${loan}/disbursement`, { disbursedOn: '2026-01-15', firstDueOn: '2026-02-05' }),
      201,
    );
  });
  after(() => t.close());

  test('three groups post in one request; each gets the result a single post would give', async () => {
    const k = key();
    const days = [
      {
        ...pledges(groups[0]!, '2026-02-05', [10000, 10000]),
        rows: [
          { memberNo: 1, loanPayments: [{ loanNo: 1, amount: 112000 }] },
          { memberNo: 2, pledge: 10000 },
        ],
      },
      pledges(groups[1]!, '2026-02-05', [5000, 6000, 7000]),
      { ...pledges(groups[2]!, '2026-02-06', [100]), rows: [{ memberNo: 3, specialDeposit: 25050, fine: 500 }] },
    ];
    const res = await upload(days, k);
    expectStatus(res, 201);
    assert.deepEqual(
      res.body.days.map((d: { groupId: string }) => d.groupId),
      groups.slice(0, 3),
    );
    const [a, b, c] = res.body.days;
    // Penalty → interest → principal, as on a single group's day: 12,000 interest, 100,000 principal.
    assert.deepEqual([a.totals.loanInterest, a.totals.loanPrincipal, a.totals.pledge], [12000, 100000, 10000]);
    assert.equal(b.totals.cashIn, 18000);
    assert.deepEqual([c.totals.specialDeposit, c.totals.fine, c.postedOn], [25050, 500, '2026-02-06']);
    for (const d of res.body.days) {
      const tb = await district.get(`/api/v1/groups/${d.groupId}/trial-balance`);
      assert.equal(tb.body.totalDebit, tb.body.totalCredit);
      const journal = await district.get(`/api/v1/groups/${d.groupId}/journal?batchNo=${d.batchNo}`);
      assert.equal(journal.body.items.length, d.entries.length);
    }
    const loan = await district.get(`/api/v1/groups/${groups[0]}/loans/1`);
    assert.equal(loan.body.state.principalOutstanding, 1_100_000);
    assert.equal(loan.body.payments.length, 1);
    const m3 = await district.get(`/api/v1/groups/${groups[2]}/members/3`);
    assert.equal(m3.body.balances.specialSavings, 25050);
    // Each group's day is audited on its own.
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'meeting_day.post')
      .where('entity_id', 'in', groups)
      .execute();
    assert.equal(audit.filter((r) => r.entity_id === groups[1]).length, 1);

    // The same upload again: every first result, nothing posted. Changed: refused, nothing posted.
    const before = await snapshot();
    const again = await upload(days, k);
    expectStatus(again, 201);
    assert.deepEqual(again.body, res.body);
    const changed = await upload([days[0], { ...days[1], rows: [{ memberNo: 1, pledge: 1 }] }, days[2]], k);
    expectStatus(changed, 409);
    // Part of the upload under its key: those groups' first results (each day is its group's + key).
    const part = await upload(days.slice(0, 2), k);
    expectStatus(part, 201);
    assert.deepEqual(part.body.days, res.body.days.slice(0, 2));
    // The key with a group it was never used for: another upload's key, refused.
    const more = await upload([...days, pledges(groups[3]!, '2026-02-05', [1])], k);
    expectStatus(more, 409);
    assert.equal(more.body.error.code, 'idempotency_key_reused');
    assert.deepEqual(await snapshot(), before);
  });

  test('one bad row anywhere refuses the whole upload, naming the group and row; nothing is written', async () => {
    const before = await snapshot();
    const ok = pledges(groups[1]!, '2026-03-05', [5000]);
    const cases: [unknown[], number, RegExp, string][] = [
      [[ok, pledges(groups[2]!, '2026-03-05', [100, 100, 100, 100])], 422, /ไม่พบสมาชิกเลขที่ 4/, 'days.1.rows.3.memberNo'],
      [
        [ok, { groupId: groups[2], postedOn: '2026-03-05', rows: [{ memberNo: 1, specialWithdrawal: 999999 }] }],
        422,
        /ไม่พอ/,
        'members.1',
      ],
      [
        [
          ok,
          {
            groupId: groups[0],
            postedOn: '2026-03-05',
            rows: [{ memberNo: 2, loanPayments: [{ loanNo: 1, amount: 100 }] }],
          },
        ],
        422,
        /ไม่พบเงินกู้ของสมาชิกเลขที่ 2/,
        'days.1.rows.0.loanPayments',
      ],
      [[ok, ok], 422, /อยู่ในรายการแล้ว/, 'days.1.groupId'],
      [[ok, pledges(groups[0]!, '2026-12-01', [1])], 422, /ต้องไม่เกินวันนี้/, ''],
    ];
    for (const [days, status, message, path] of cases) {
      const res = await upload(days);
      expectStatus(res, status);
      const text = JSON.stringify(res.body.error);
      assert.match(text, message);
      if (path)
        assert.ok(
          res.body.error.issues.some((i: { path: string }) => i.path === path),
          text,
        );
    }
    assert.deepEqual(await snapshot(), before);
  });

  test('a group outside the district is not found, and the upload writes nothing', async () => {
    const before = await snapshot();
    const res = await upload([
      pledges(groups[1]!, '2026-03-05', [5000]),
      pledges(otherDistrictGroup, '2026-03-05', [5000]),
    ]);
    expectStatus(res, 404);
    assert.deepEqual(await snapshot(), before);
  });

  test('more rows than an upload may carry are refused with a Thai message', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ memberNo: i + 1, pledge: 100 }));
    const days = Array.from({ length: 6 }, (_, g) => ({ groupId: groups[g % 3], postedOn: '2026-03-05', rows }));
    const res = await upload(days);
    expectStatus(res, 422);
    assert.ok(
      res.body.error.issues.some(
        (i: { path: string; messageTh: string }) => i.path === 'days' && /ไม่เกิน 10,000 แถว/.test(i.messageTh),
      ),
    );
  });

  test('two uploads over the same groups in opposite orders, at once, both land', async () => {
    const [x, y] = await Promise.all([
      upload([pledges(groups[0]!, '2026-04-05', [111]), pledges(groups[1]!, '2026-04-05', [222])]),
      upload([pledges(groups[1]!, '2026-04-05', [333]), pledges(groups[0]!, '2026-04-05', [444])]),
    ]);
    expectStatus(x, 201);
    expectStatus(y, 201);
    const nos = (r: typeof x, g: string) => r.body.days.find((d: { groupId: string }) => d.groupId === g).batchNo;
    assert.notEqual(nos(x, groups[0]!), nos(y, groups[0]!));
    for (const g of groups.slice(0, 2)) {
      const tb = await district.get(`/api/v1/groups/${g}/trial-balance`);
      assert.equal(tb.body.totalDebit, tb.body.totalCredit);
    }
  });
});
