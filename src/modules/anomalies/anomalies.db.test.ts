// Each anomaly rule raised by books that should raise it, and silent on books that should not;
// flags explain themselves in Thai; a resolution needs a note, is audited and sticks to its flag.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { countRows, fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

interface Flag {
  rule: string;
  subject: string;
  messageTh: string;
  resolution: { note: string; resolvedBy: string } | null;
}

describe('anomaly flags', () => {
  let t: TestApp;
  let maker: TestClient; // demo.district: enters, posts, reverses
  let checker: TestClient; // demo.province: decides loans
  let g: string;
  let quiet: string;
  const flags = async (groupId = g): Promise<Flag[]> => {
    const res = await maker.get(`/api/v1/groups/${groupId}/anomalies`);
    expectStatus(res, 200);
    return res.body.items;
  };
  const of = (all: Flag[], rule: string) => all.filter((f) => f.rule === rule);
  const day = (groupId: string, postedOn: string, rows: unknown[]) =>
    write(maker, `/api/v1/groups/${groupId}/meeting-days`, { postedOn, rows }).then((r) => {
      expectStatus(r, 201);
      return r.body as { entries: { entryNo: number }[] };
    });
  const loan = async (
    memberNo: number,
    principal: number,
    appliedOn: string,
    decidedOn: string,
    type = 'emergency',
  ) => {
    const applied = await write(maker, `/api/v1/groups/${g}/loans`, {
      memberNo,
      loanType: type,
      principal,
      termMonths: 6,
      purpose: 'ทุนค้าขาย',
      appliedOn,
      guarantors: type === 'general' ? [memberNo === 1 ? 2 : 1] : [],
    });
    expectStatus(applied, 201);
    const loanNo = applied.body.loanNo as number;
    expectStatus(
      await write(checker, `/api/v1/groups/${g}/loans/${loanNo}/decision`, { decision: 'approve', decidedOn }),
      201,
    );
    return loanNo;
  };

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    maker = await t.as('demo.district');
    checker = await t.as('demo.province');
    g = await registerGroup(maker);
    await joinMembers(maker, g, 4, { joinedOn: '2025-12-01' });
    quiet = await registerGroup(maker, { nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านเรียบร้อย' });
    await joinMembers(maker, quiet, 2, { joinedOn: '2026-11-01', idSeed: 6000 });
  });
  after(() => t.close());

  test('books kept as they should be raise nothing', async () => {
    await day(quiet, '2026-11-05', [
      { memberNo: 1, pledge: 10000 },
      { memberNo: 2, pledge: 10000 },
    ]);
    await day(quiet, '2026-11-20', [{ memberNo: 1, pledge: 10000 }]);
    assert.deepEqual(await flags(quiet), []);
  });

  test('dormant accounts: a member silent for 180 days and then active is flagged; a regular saver is not', async () => {
    await day(g, '2025-12-05', [
      { memberNo: 1, pledge: 300000 },
      { memberNo: 2, pledge: 300000 },
      { memberNo: 3, pledge: 300000 },
      { memberNo: 4, pledge: 300000 },
    ]);
    for (const month of ['01', '02', '03', '04', '05', '06'])
      await day(g, `2026-${month}-05`, [{ memberNo: 2, pledge: 10000 }]);
    await day(g, '2026-07-05', [
      { memberNo: 1, pledge: 10000 },
      { memberNo: 2, pledge: 10000 },
    ]);
    const dormant = of(await flags(), 'dormant_reactivated');
    assert.deepEqual(
      dormant.map((f) => f.subject),
      ['1:2026-07-05'],
    );
    assert.match(dormant[0]!.messageTh, /ไม่มีรายการ 212 วัน \(ตั้งแต่วันที่ 5 ธันวาคม 2568\) แล้วมีรายการวันที่ 5 กรกฎาคม 2569/);
  });

  test('back-dated postings: a day keyed in 30+ days late is flagged, one a few days late is not', async () => {
    const late = await day(g, '2026-10-05', [{ memberNo: 2, pledge: 10000 }]);
    await day(g, '2026-11-20', [{ memberNo: 2, pledge: 10000 }]);
    const backdated = of(await flags(), 'backdated_posting');
    const subjects = backdated.map((f) => f.subject);
    assert.ok(subjects.includes(String(late.entries[0]!.entryNo)));
    assert.ok(
      backdated.every((f) => !/20 พฤศจิกายน 2569/.test(f.messageTh)),
      'the day 3 days late is not flagged',
    );
    const oct = backdated.find((f) => f.subject === String(late.entries[0]!.entryNo))!;
    assert.match(oct.messageTh, /ลงวันที่ 5 ตุลาคม 2569 แต่บันทึกเมื่อวันที่ 23 พฤศจิกายน 2569 ย้อนหลัง 49 วัน/);
  });

  test('reversals: three by one user in a month are flagged, two are not', async () => {
    const d = await day(
      g,
      '2026-11-21',
      [1, 2, 3, 4].map((memberNo) => ({ memberNo, pledge: 1000 })),
    );
    const reverse = (c: TestClient, entryNo: number) =>
      write(c, `/api/v1/groups/${g}/journal/${entryNo}/reverse`, { reason: 'บันทึกผิดจำนวน' }).then((r) =>
        expectStatus(r, 201),
      );
    await reverse(checker, d.entries[0]!.entryNo);
    await reverse(checker, d.entries[1]!.entryNo);
    assert.deepEqual(of(await flags(), 'many_reversals'), [], 'two reversals by one user');
    await reverse(maker, d.entries[2]!.entryNo);
    assert.deepEqual(of(await flags(), 'many_reversals'), [], 'the third is by someone else');
    await reverse(checker, d.entries[3]!.entryNo);
    const many = of(await flags(), 'many_reversals');
    assert.equal(many.length, 1);
    assert.match(many[0]!.messageTh, /กลับรายการ 3 ครั้งในเดือนพฤศจิกายน 2569/);
  });

  test('loans: to a loan-committee member, to a member already in arrears, over the rules’ limit; an ordinary loan is not', async () => {
    expectStatus(
      await maker.post(`/api/v1/groups/${g}/committee-seats`, {
        committee: 'loan',
        role: 'chair',
        memberNo: 1,
        termStart: '2026-01-01',
        termEnd: '2027-12-31',
      }),
      201,
    );
    const ordinary = await loan(2, 200000, '2026-01-08', '2026-01-09');
    const own = await loan(1, 200000, '2026-07-06', '2026-07-07');
    // Member 3's first loan is never repaid; the second is approved months after the first due date.
    const first = await loan(3, 100000, '2026-01-08', '2026-01-09');
    expectStatus(
      await write(maker, `/api/v1/groups/${g}/loans/${first}/disbursement`, {
        disbursedOn: '2026-01-10',
        firstDueOn: '2026-02-05',
      }),
      201,
    );
    const second = await loan(3, 100000, '2026-06-08', '2026-06-09');
    // A loan brought in by hand beyond every limit (as from old paper books): 9,000 baht against a 3 × 3,000 cap.
    await sql`INSERT INTO loan (group_id, loan_no, member_no, loan_type, loan_type_name_th, purpose, principal,
                annual_rate_bp, method, term_months, penalty_per_late, applied_on, status, entered_by)
              SELECT ${g}, 99, 4, 'emergency', 'เงินกู้ฉุกเฉิน', 'ยกมา', 1200000, 1200, 'flat', 6, 0, '2026-01-02', 'approved',
                     (SELECT id FROM user_account WHERE username = 'demo.district')`.execute(t.database.db);

    const all = await flags();
    const committee = of(all, 'committee_own_loan');
    assert.deepEqual(
      committee.map((f) => f.subject),
      [String(own)],
    );
    assert.match(committee[0]!.messageTh, /ผู้กู้เป็นกรรมการเงินกู้ในวันที่อนุมัติ/);
    const arrears = of(all, 'loan_while_in_arrears');
    assert.deepEqual(
      arrears.map((f) => f.subject),
      [String(second)],
    );
    assert.match(arrears[0]!.messageTh, /ขณะค้างชำระเงินกู้อื่นตั้งแต่วันที่ 5 กุมภาพันธ์ 2569/);
    const over = of(all, 'loan_over_limit');
    assert.deepEqual(
      over.map((f) => f.subject),
      ['99'],
    );
    assert.match(over[0]!.messageTh, /เกินเพดาน 10,000\.00 บาทต่อสัญญา|เกิน 3 เท่าของเงินสัจจะ/);
    for (const rule of ['committee_own_loan', 'loan_while_in_arrears', 'loan_over_limit'])
      assert.ok(!of(all, rule).some((f) => f.subject === String(ordinary)), `${rule} leaves the ordinary loan alone`);
  });

  test('cash below zero is flagged on the day it happens; the group whose cash stays positive is not', async () => {
    assert.deepEqual(of(await flags(quiet), 'negative_cash'), []);
    // Paid out more cash than the group held (a direct entry, as an import of old books could).
    await sql`WITH e AS (INSERT INTO journal_entry (group_id, entry_no, posted_on, kind, memo, hash)
                SELECT ${quiet}::uuid, next_entry_no, '2026-11-22', 'expense', 'ค่าใช้จ่าย', chain_genesis() FROM ledger_book WHERE group_id = ${quiet}
                RETURNING entry_no)
              INSERT INTO journal_line (group_id, entry_no, line_no, account_code, amount)
              SELECT ${quiet}::uuid, entry_no, 1, '5102', 9000000 FROM e UNION ALL SELECT ${quiet}::uuid, entry_no, 2, '1101', -9000000 FROM e`.execute(
      t.database.db,
    );
    const negative = of(await flags(quiet), 'negative_cash');
    assert.deepEqual(
      negative.map((f) => f.subject),
      ['2026-11-22'],
    );
    assert.match(negative[0]!.messageTh, /เงินสดคงเหลือติดลบ [\d,.]+ บาท เมื่อสิ้นวันที่ 22 พฤศจิกายน 2569/);
  });

  test('a flag is resolved with a note, once, audited; a resolution needs a real flag and a note', async () => {
    const [flag] = of(await flags(), 'committee_own_loan');
    const before = await countRows(t, 'anomaly_resolution');
    const path = `/api/v1/groups/${g}/anomalies/resolutions`;
    const noNote = await write(checker, path, { rule: flag!.rule, subject: flag!.subject, note: ' ' });
    expectStatus(noNote, 422);
    const noFlag = await write(checker, path, { rule: 'negative_cash', subject: '2020-01-01', note: 'ตรวจแล้วไม่พบ' });
    expectStatus(noFlag, 422);
    assert.equal(noFlag.body.error.code, 'no_such_anomaly');
    assert.equal(await countRows(t, 'anomaly_resolution'), before);

    const note = 'คณะกรรมการตรวจสอบพิจารณาแล้ว ผู้กู้งดออกเสียงในการประชุม';
    const ok = await write(checker, path, { rule: flag!.rule, subject: flag!.subject, note });
    expectStatus(ok, 201);
    assert.equal(ok.body.resolution.note, note);
    assert.equal(ok.body.resolution.resolvedBy, 'demo.province');
    const twice = await write(checker, path, { rule: flag!.rule, subject: flag!.subject, note });
    expectStatus(twice, 409);
    const after = of(await flags(), 'committee_own_loan')[0]!;
    assert.equal(after.resolution!.note, note);
    const audit = await checker.get(`/api/v1/audit?entityType=savings_group&entityId=${g}`);
    assert.ok(audit.body.items.some((a: { action: string }) => a.action === 'anomaly.resolve'));

    // The district's list carries the group's flags; only open ones when asked.
    const area = await checker.get('/api/v1/anomalies?orgUnitId=5201');
    expectStatus(area, 200);
    assert.ok(area.body.items.some((f: Flag) => f.rule === 'committee_own_loan' && f.resolution));
    const open = await checker.get('/api/v1/anomalies?orgUnitId=5201&open=1');
    assert.ok(open.body.items.every((f: Flag) => f.resolution === null));
    assert.ok(open.body.items.length < area.body.items.length);
    // Another district sees none of it.
    const other = await (await t.as('demo.officer')).get(`/api/v1/groups/${g}/anomalies`);
    expectStatus(other, 404);
  });
});
