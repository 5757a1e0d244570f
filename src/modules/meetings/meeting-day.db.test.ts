import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { expectStatus, joinMembers, key, registerGroup, write } from '../../testing/savings-fixtures.js';
import { countRows, fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

describe('meeting day and the ledger core', () => {
  let t: TestApp;
  let c: TestClient;
  let groupId: string;
  const base = () => `/api/v1/groups/${groupId}`;
  const snapshot = async () => ({
    entries: await countRows(t, 'journal_entry'),
    lines: await countRows(t, 'journal_line'),
    requests: await countRows(t, 'ledger_request'),
    audit: await countRows(t, 'audit_log'),
  });

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    c = await t.as('demo.district');
    groupId = await registerGroup(c);
    await joinMembers(c, groupId, 3);
  });
  after(() => t.close());

  test('a day posts atomically, one balanced entry per member, and balances follow', async () => {
    const res = await write(c, `${base()}/meeting-days`, {
      postedOn: '2026-06-05',
      rows: [
        { memberNo: 1, pledge: 10000, specialDeposit: 25050 },
        { memberNo: 2, pledge: 10000, fine: 1000 },
        { memberNo: 3, pledge: 0 },
      ],
    });
    expectStatus(res, 201);
    assert.equal(res.body.entries.length, 2, 'the empty row is skipped');
    assert.equal(res.body.totals.cashIn, 10000 + 25050 + 10000 + 1000);
    const m1 = await c.get(`${base()}/members/1`);
    assert.deepEqual(m1.body.balances, { pledgedSavings: 10000, specialSavings: 25050, loansOutstanding: 0 });
    const tb = await c.get(`${base()}/trial-balance`);
    expectStatus(tb, 200);
    assert.equal(tb.body.totalDebit, tb.body.totalCredit);
    const cash = tb.body.rows.find((r: { accountCode: string }) => r.accountCode === '1101');
    // 3 entry fees of 20.00 + the day's cash.
    assert.equal(cash.debit, 3 * 2000 + 46050);
    const batch = await c.get(`${base()}/journal?batchNo=${res.body.batchNo}`);
    assert.deepEqual(batch.body.items.map((e: { memberNo: number }) => e.memberNo).sort(), [1, 2]);
  });

  test('a retry with the same key returns the first result and posts nothing; a different request with it is refused', async () => {
    const k = key();
    const body = { postedOn: '2026-07-05', rows: [{ memberNo: 1, pledge: 10000 }] };
    const first = await write(c, `${base()}/meeting-days`, body, k);
    expectStatus(first, 201);
    const before = await snapshot();
    const again = await write(c, `${base()}/meeting-days`, body, k);
    expectStatus(again, 201);
    assert.deepEqual(again.body, first.body);
    assert.deepEqual(await snapshot(), before);
    const other = await write(c, `${base()}/meeting-days`, { ...body, rows: [{ memberNo: 1, pledge: 20000 }] }, k);
    expectStatus(other, 409);
    assert.equal(other.body.error.code, 'idempotency_key_reused');
    assert.deepEqual(await snapshot(), before);
  });

  test('bad input gets a clear message and writes nothing', async () => {
    const before = await snapshot();
    const cases: [unknown, string, number][] = [
      [{ postedOn: '2026-07-06', rows: [{ memberNo: 1, pledge: -100 }] }, 'validation_failed', 422],
      [{ postedOn: '2026-07-06', rows: [{ memberNo: 1, pledge: 100.5 }] }, 'validation_failed', 422],
      [{ postedOn: '2026-07-06', rows: [{ memberNo: 2, specialWithdrawal: 100 }] }, 'insufficient_balance', 422],
      [{ postedOn: '2026-07-06', rows: [{ memberNo: 99, pledge: 100 }] }, 'validation_failed', 422],
      [{ postedOn: '2026-12-01', rows: [{ memberNo: 1, pledge: 100 }] }, 'posting_date_in_future', 422],
      [
        {
          postedOn: '2026-07-06',
          rows: [
            { memberNo: 1, pledge: 100 },
            { memberNo: 1, pledge: 100 },
          ],
        },
        'validation_failed',
        422,
      ],
    ];
    for (const [body, code, status] of cases) {
      const res = await write(c, `${base()}/meeting-days`, body);
      expectStatus(res, status);
      assert.equal(res.body.error.code, code, JSON.stringify(res.body));
      assert.ok(res.body.error.messageTh || res.body.error.issues[0]?.messageTh);
    }
    const fraction = await write(c, `${base()}/meeting-days`, {
      postedOn: '2026-07-06',
      rows: [{ memberNo: 1, pledge: 100.5 }],
    });
    assert.match(fraction.body.error.issues[0].messageTh, /เศษสตางค์/);
    const noKey = await c.post(`${base()}/meeting-days`, {
      postedOn: '2026-07-06',
      rows: [{ memberNo: 1, pledge: 100 }],
    });
    expectStatus(noKey, 422);
    assert.equal(noKey.body.error.code, 'idempotency_key_required');
    // Part of a batch failing fails the whole batch: member 1's valid row is not posted either.
    const mixed = await write(c, `${base()}/meeting-days`, {
      postedOn: '2026-07-06',
      rows: [
        { memberNo: 1, pledge: 10000 },
        { memberNo: 3, specialWithdrawal: 1 },
      ],
    });
    expectStatus(mixed, 422);
    assert.match(mixed.body.error.issues[0].messageTh, /สมาชิกเลขที่ 3: เงินฝากสัจจะพิเศษไม่พอ/);
    assert.deepEqual(await snapshot(), before);
  });

  test('a reversal corrects an entry once, with a reason; the original stays', async () => {
    const day = await write(c, `${base()}/meeting-days`, {
      postedOn: '2026-08-05',
      rows: [{ memberNo: 3, pledge: 30000 }],
    });
    expectStatus(day, 201);
    const entryNo = day.body.entries[0].entryNo;
    const noReason = await write(c, `${base()}/journal/${entryNo}/reverse`, { reason: '' });
    expectStatus(noReason, 422);
    const rev = await write(c, `${base()}/journal/${entryNo}/reverse`, { reason: 'บันทึกผิดคน' });
    expectStatus(rev, 201);
    const m3 = await c.get(`${base()}/members/3`);
    assert.equal(m3.body.balances.pledgedSavings, 0);
    const again = await write(c, `${base()}/journal/${entryNo}/reverse`, { reason: 'ซ้ำ' });
    expectStatus(again, 422);
    assert.equal(again.body.error.code, 'entry_already_reversed');
    const journal = await c.get(`${base()}/journal?memberNo=3`);
    const original = journal.body.items.find((e: { entryNo: number }) => e.entryNo === entryNo);
    assert.equal(original.reversedByEntryNo, rev.body.entryNo);
  });

  test('closing a month locks earlier posting dates', async () => {
    const close = await write(c, `${base()}/periods/close`, { through: '2026-08-31' });
    expectStatus(close, 200);
    const notMonthEnd = await write(c, `${base()}/periods/close`, { through: '2026-09-15' });
    expectStatus(notMonthEnd, 422);
    const before = await snapshot();
    const late = await write(c, `${base()}/meeting-days`, {
      postedOn: '2026-08-20',
      rows: [{ memberNo: 1, pledge: 100 }],
    });
    expectStatus(late, 422);
    assert.equal(late.body.error.code, 'period_closed');
    assert.match(late.body.error.messageTh, /ปิดงวดบัญชีถึงวันที่ 31 สิงหาคม 2569/);
    assert.deepEqual(await snapshot(), before);
  });

  test('the database itself refuses unbalanced, edited or deleted journal rows', async () => {
    const db = t.database.db;
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await sql`INSERT INTO journal_entry (group_id, entry_no, posted_on, kind, hash) VALUES (${groupId}, 9999, '2026-10-01', 'income', chain_genesis())`.execute(
          trx,
        );
        await sql`INSERT INTO journal_line (group_id, entry_no, line_no, account_code, amount) VALUES (${groupId}, 9999, 1, '1101', 100), (${groupId}, 9999, 2, '4109', -99)`.execute(
          trx,
        );
      }),
      /does not balance/,
    );
    // Each entry's lines come in one statement (migration 0016): balanced halves sent separately,
    // a line added to an existing entry later, a line naming no member on a member account, and an
    // entry with no lines at all are all refused.
    const entry = (no: number) =>
      sql`INSERT INTO journal_entry (group_id, entry_no, posted_on, kind, hash) VALUES (${groupId}, ${no}, '2026-10-01', 'income', chain_genesis())`;
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await entry(9999).execute(trx);
        await sql`INSERT INTO journal_line (group_id, entry_no, line_no, account_code, amount) VALUES (${groupId}, 9999, 1, '1101', 100)`.execute(
          trx,
        );
        await sql`INSERT INTO journal_line (group_id, entry_no, line_no, account_code, amount) VALUES (${groupId}, 9999, 2, '4109', -100)`.execute(
          trx,
        );
      }),
      /does not balance/,
    );
    await assert.rejects(
      sql`INSERT INTO journal_line (group_id, entry_no, line_no, account_code, amount) VALUES (${groupId}, 1, 90, '1101', 100), (${groupId}, 1, 91, '4109', -100)`.execute(
        db,
      ),
      /does not balance/,
    );
    // An entry and its lines in one statement, as the ledger writes them (migration 0033).
    const withLines = (lines: ReturnType<typeof sql>) =>
      sql`WITH e AS (INSERT INTO journal_entry (group_id, entry_no, posted_on, kind, hash)
            VALUES (${groupId}, 9999, '2026-10-01', 'income', chain_genesis()))
          INSERT INTO journal_line (group_id, entry_no, line_no, account_code, member_no, amount) ${lines}`;
    const line = (no: number, account: string, member: number | null, amount: number) =>
      sql`(${groupId}::uuid, 9999, ${no}, ${account}, ${member}::int, ${amount})`;
    const lines = (...l: ReturnType<typeof sql>[]) => sql`VALUES ${sql.join(l)}`;
    await assert.rejects(
      withLines(lines(line(1, '1101', null, 100), line(2, '3101', null, -100))).execute(db),
      /subledger/,
    );
    await assert.rejects(
      withLines(lines(line(1, '1101', null, 100), line(2, '9999', null, -100))).execute(db),
      /account 9999 does not exist/,
    );
    await assert.rejects(
      withLines(lines(line(1, '1101', null, 100), line(2, '3101', 77, -100))).execute(db),
      /member 77 is not a member/,
    );
    await assert.rejects(
      sql`INSERT INTO journal_line (group_id, entry_no, line_no, account_code, amount) VALUES (${groupId}, 5555, 1, '1101', 100), (${groupId}, 5555, 2, '4109', -100)`.execute(
        db,
      ),
      /entry does not exist/,
    );
    await assert.rejects(
      sql`INSERT INTO journal_entry (group_id, entry_no, posted_on, kind, reverses_entry_no, reason, hash) VALUES (${groupId}, 9999, '2026-10-01', 'reversal', 4444, 'ทดสอบ', chain_genesis())`.execute(
        db,
      ),
      /reverses entry 4444, which does not exist/,
    );
    await assert.rejects(
      sql`INSERT INTO journal_entry (group_id, entry_no, posted_on, kind, hash) VALUES (gen_random_uuid(), 1, '2026-10-01', 'income', chain_genesis())`.execute(
        db,
      ),
      /has no book/,
    );
    // What the journal refers to cannot be taken away from under it.
    await assert.rejects(sql`DELETE FROM group_member WHERE group_id = ${groupId}`.execute(db), /never deleted/);
    await assert.rejects(
      sql`UPDATE group_member SET member_no = member_no + 100 WHERE group_id = ${groupId}`.execute(db),
      /never deleted nor re-keyed/,
    );
    await assert.rejects(sql`DELETE FROM ledger_account WHERE code = '1101'`.execute(db), /never deleted/);
    await assert.rejects(sql`DELETE FROM ledger_book WHERE group_id = ${groupId}`.execute(db), /never deleted/);
    // A well-formed entry written this way is accepted (so the refusals above are about their faults).
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await withLines(lines(line(1, '1101', null, 100), line(2, '3101', 1, -100))).execute(trx);
        throw new Error('accepted, rolled back');
      }),
      /^Error: accepted, rolled back$/,
    );
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await entry(9999).execute(trx);
      }),
      /does not balance/,
    );
    await assert.rejects(
      sql`UPDATE journal_line SET amount = amount + 1 WHERE group_id = ${groupId}`.execute(db),
      /immutable/,
    );
    await assert.rejects(sql`DELETE FROM journal_entry WHERE group_id = ${groupId}`.execute(db), /immutable/);
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await sql`INSERT INTO journal_entry (group_id, entry_no, posted_on, kind, hash) VALUES (${groupId}, 9998, '2026-03-01', 'income', chain_genesis())`.execute(
          trx,
        );
      }),
      /closed period/,
    );
  });

  test('another district cannot see or post to the group', async () => {
    const other = await t.as('demo.officer');
    expectStatus(await other.get(`${base()}/trial-balance`), 404);
    expectStatus(
      await write(other, `${base()}/meeting-days`, { postedOn: '2026-10-05', rows: [{ memberNo: 1, pledge: 100 }] }),
      404,
    );
    const staff = await t.as('demo.staff'); // province staff: read-only on savings
    expectStatus(await staff.get(`${base()}/trial-balance`), 200);
    expectStatus(
      await write(staff, `${base()}/meeting-days`, { postedOn: '2026-10-05', rows: [{ memberNo: 1, pledge: 100 }] }),
      403,
    );
  });
});
