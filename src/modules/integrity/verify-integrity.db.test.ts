import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { runVerify } from '../../cli/verify.js';
import { openDatabase } from '../../db/database.js';
import { migrate, readMigrations } from '../../db/migrate.js';
import { prepareDatabase } from '../../db/prepare.js';
import type { DB } from '../../db/schema.js';
import { chainHash, entryCanonical, type ChainedEntry } from '../ledger/index.js';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, scratchDatabase, startTestApp, type TestApp } from '../../testing/test-app.js';
import { verifyIntegrity, type IntegrityBreak } from './index.js';

/** Runs `tamper` as a superuser would (triggers off), verifies inside the same transaction, rolls back. */
async function tampered(db: Kysely<DB>, tamper: (trx: Kysely<DB>) => Promise<void>): Promise<IntegrityBreak[]> {
  let breaks: IntegrityBreak[] = [];
  await db
    .transaction()
    .execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await tamper(trx);
      await sql`SET LOCAL session_replication_role = origin`.execute(trx);
      breaks = (await verifyIntegrity(trx)).breaks;
      throw new Error('rolled back');
    })
    .catch((e: Error) => assert.equal(e.message, 'rolled back'));
  return breaks;
}

interface EntryRow {
  group_id: string;
  entry_no: string;
  posted_on: string;
  recorded_at: Date;
  kind: string;
  memo: string;
  member_no: number | null;
  loan_no: number | null;
  batch_no: string | null;
  reverses_entry_no: string | null;
  reason: string | null;
  recorded_by: string | null;
  hash: Uint8Array;
  canonical: string;
  lines: { line_no: number; account_code: string; member_no: number | null; loan_no: number | null; amount: string }[];
}

const asChained = (r: EntryRow): ChainedEntry => ({
  groupId: r.group_id,
  entryNo: Number(r.entry_no),
  postedOn: r.posted_on,
  recordedAt: new Date(r.recorded_at),
  kind: r.kind,
  memo: r.memo,
  memberNo: r.member_no,
  loanNo: r.loan_no,
  batchNo: r.batch_no === null ? null : Number(r.batch_no),
  reversesEntryNo: r.reverses_entry_no === null ? null : Number(r.reverses_entry_no),
  reason: r.reason,
  recordedBy: r.recorded_by,
  lines: r.lines.map((l) => ({
    lineNo: l.line_no,
    accountCode: l.account_code,
    memberNo: l.member_no,
    loanNo: l.loan_no,
    amount: Number(l.amount),
  })),
});

describe('tamper evidence: hash chains and verify', () => {
  let t: TestApp;
  let groupId: string;

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    const c = await t.as('demo.district');
    groupId = await registerGroup(c);
    await joinMembers(c, groupId, 3);
    const day = await write(c, `/api/v1/groups/${groupId}/meeting-days`, {
      postedOn: '2026-06-05',
      memo: 'วันทำการ | มิ.ย. \\ "ทดสอบ"\n',
      rows: [
        { memberNo: 1, pledge: 10000, specialDeposit: 25050 },
        { memberNo: 2, pledge: 10000, fine: 1000 },
        { memberNo: 3, pledge: 10000 },
      ],
    });
    expectStatus(day, 201);
    const reversal = await write(c, `/api/v1/groups/${groupId}/journal/${day.body.entries[2].entryNo}/reverse`, {
      reason: 'บันทึกผิดคน',
    });
    expectStatus(reversal, 201);
  });
  after(() => t.close());

  test('the demo books and the postings verify, and the application hashes exactly as the database does', async () => {
    const report = await verifyIntegrity(t.database.db);
    assert.deepEqual(report.breaks, []);
    assert.ok(report.entries >= 7 && report.auditRecords > 0 && report.groups >= 1, JSON.stringify(report));
    const out: string[] = [];
    assert.equal(await runVerify(t.database.db, (l) => out.push(l)), 0);
    assert.match(out.join('\n'), /^ตรวจสอบแล้ว ไม่พบการแก้ไข: \d+ groups/);

    const rows = (
      await sql<EntryRow>`
        SELECT e.group_id::text, e.entry_no::text, to_char(e.posted_on, 'YYYY-MM-DD') AS posted_on, e.recorded_at,
          e.kind, e.memo, e.member_no, e.loan_no, e.batch_no::text, e.reverses_entry_no::text, e.reason,
          e.recorded_by::text, e.hash, journal_entry_canonical(e) AS canonical,
          (SELECT json_agg(json_build_object('line_no', l.line_no, 'account_code', l.account_code,
                    'member_no', l.member_no, 'loan_no', l.loan_no, 'amount', l.amount::text) ORDER BY l.line_no)
             FROM journal_line l WHERE l.group_id = e.group_id AND l.entry_no = e.entry_no) AS lines
        FROM journal_entry e WHERE e.group_id = ${groupId} ORDER BY e.entry_no`.execute(t.database.db)
    ).rows;
    assert.ok(rows.some((r) => r.kind === 'reversal' && r.reason === 'บันทึกผิดคน'));
    assert.ok(rows.some((r) => r.memo.includes('|')));
    let previous: Uint8Array = Buffer.alloc(32);
    for (const r of rows) {
      assert.equal(entryCanonical(asChained(r)), r.canonical, `entry ${r.entry_no}`);
      const h = chainHash(previous, r.canonical);
      assert.equal(h.toString('hex'), Buffer.from(r.hash).toString('hex'), `entry ${r.entry_no}`);
      previous = h;
    }
  });

  test('random entry texts (Thai, separators, escapes, nulls) build the same canonical text in both', async () => {
    const text = fc.string({ unit: fc.constantFrom('ก', 'ไ', '่', '|', '~', '\\', '\n', "'", 'a', '😀', ' ') });
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          entryNo: fc.integer({ min: 1_000_000, max: 2 ** 40 }), // numbers no entry of the group has
          postedOn: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
          recordedAt: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
          kind: text,
          memo: text,
          memberNo: maybe(fc.integer({ min: 1, max: 100_000 })),
          loanNo: maybe(fc.integer({ min: 1, max: 100_000 })),
          batchNo: maybe(fc.integer({ min: 1, max: 2 ** 40 })),
          reversesEntryNo: maybe(fc.integer({ min: 1, max: 2 ** 40 })),
          reason: maybe(text),
          recordedBy: maybe(fc.uuid()),
        }),
        async (e) => {
          const entry: ChainedEntry = {
            ...e,
            groupId: groupId.toUpperCase(), // ids are compared as the database prints them
            postedOn: e.postedOn.toISOString().slice(0, 10),
            lines: [],
          };
          const { rows } = await sql<{ canonical: string }>`
            SELECT journal_entry_canonical(ROW(${groupId}::uuid, ${entry.entryNo}::bigint, ${entry.postedOn}::date,
              ${entry.recordedAt.toISOString()}::timestamptz, ${entry.kind}, ${entry.memo}, ${entry.memberNo}::int,
              ${entry.loanNo}::int, ${entry.batchNo}::bigint, ${entry.reversesEntryNo}::bigint, ${entry.reason},
              ${entry.recordedBy}::uuid, NULL::bytea)::journal_entry) AS canonical`.execute(t.database.db);
          assert.equal(entryCanonical(entry), rows[0]!.canonical);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a row edited, removed or added directly in the database is caught where it happened', async () => {
    const db = t.database.db;
    const group = sql`${groupId}::uuid`;
    const only = (breaks: IntegrityBreak[], kind: IntegrityBreak['kind']) => breaks.filter((b) => b.kind === kind);

    // Money moved between two lines of entry 5 (still balanced, so only the chain can tell).
    const moved = await tampered(db, async (trx) => {
      await sql`UPDATE journal_line SET amount = amount + 500 WHERE group_id = ${group} AND entry_no = 5 AND line_no = 1`.execute(
        trx,
      );
      await sql`UPDATE journal_line SET amount = amount - 500 WHERE group_id = ${group} AND entry_no = 5 AND line_no = 2`.execute(
        trx,
      );
    });
    assert.deepEqual(
      only(moved, 'journal').map((b) => [b.where, b.at, b.problem]),
      [[groupId, 5, 'changed']],
    );
    assert.match(only(moved, 'journal')[0]!.messageTh, /รายการบัญชีเลขที่ 5 ถูกแก้ไขหลังบันทึก/);
    // The member's cached balance no longer equals the lines either.
    assert.ok(only(moved, 'balance').some((b) => b.problem === 'memberBalances' && b.where === groupId));

    // A memo reworded.
    const reworded = await tampered(db, async (trx) => {
      await sql`UPDATE journal_entry SET memo = 'แก้ไข' WHERE group_id = ${group} AND entry_no = 2`.execute(trx);
    });
    assert.deepEqual(
      reworded.map((b) => [b.kind, b.at, b.problem]),
      [['journal', 2, 'changed']],
    );

    // An entry taken out of the middle, with its lines.
    const removed = await tampered(db, async (trx) => {
      await sql`DELETE FROM journal_line WHERE group_id = ${group} AND entry_no = 3`.execute(trx);
      await sql`DELETE FROM journal_entry WHERE group_id = ${group} AND entry_no = 3`.execute(trx);
    });
    const gap = only(removed, 'journal');
    assert.deepEqual(
      gap.map((b) => [b.at, b.problem]),
      [[3, 'missing']],
    );
    assert.match(gap[0]!.messageTh, /เลขที่ 3 หายไป/);

    // The last entry taken out and the book's counter wound back: only the head can tell.
    const last = await tampered(db, async (trx) => {
      const { rows } = await sql<{
        n: string;
      }>`SELECT max(entry_no)::text AS n FROM journal_entry WHERE group_id = ${group}`.execute(trx);
      const n = Number(rows[0]!.n);
      await sql`DELETE FROM journal_line WHERE group_id = ${group} AND entry_no = ${n}`.execute(trx);
      await sql`DELETE FROM journal_entry WHERE group_id = ${group} AND entry_no = ${n}`.execute(trx);
      await sql`UPDATE ledger_book SET next_entry_no = ${n} WHERE group_id = ${group}`.execute(trx);
    });
    assert.deepEqual(
      only(last, 'journal').map((b) => b.problem),
      ['head'],
    );

    // An audit record's "after" rewritten.
    const audited = await tampered(db, async (trx) => {
      await sql`UPDATE audit_log SET after = '{"batchNo": 99}'
                WHERE id = (SELECT max(id) FROM audit_log WHERE action = 'meeting_day.post')`.execute(trx);
    });
    assert.deepEqual(
      audited.map((b) => [b.kind, b.problem]),
      [['audit', 'changed']],
    );
    assert.match(audited[0]!.messageTh, /^บันทึกการตรวจสอบของหน่วยงาน \S+: ลำดับที่ \d+ ถูกแก้ไขหลังบันทึก$/);

    // A cached figure edited alone.
    const cached = await tampered(db, async (trx) => {
      await sql`UPDATE member_balance SET pledged = pledged + 100 WHERE group_id = ${group} AND member_no = 1`.execute(
        trx,
      );
    });
    assert.deepEqual(
      cached.map((b) => [b.kind, b.problem, b.where]),
      [['balance', 'memberBalances', groupId]],
    );

    // The CLI says so and exits 1.
    await db
      .transaction()
      .execute(async (trx) => {
        await sql`SET LOCAL session_replication_role = replica`.execute(trx);
        await sql`UPDATE journal_entry SET memo = 'แก้ไข' WHERE group_id = ${group} AND entry_no = 2`.execute(trx);
        await sql`SET LOCAL session_replication_role = origin`.execute(trx);
        const out: string[] = [];
        assert.equal(await runVerify(trx, (l) => out.push(l)), 1);
        assert.match(out.join('\n'), /^พบความผิดปกติ 1 จุด[\s\S]*รายการบัญชีเลขที่ 2 ถูกแก้ไขหลังบันทึก/);
        throw new Error('rolled back');
      })
      .catch((e: Error) => assert.equal(e.message, 'rolled back'));
    assert.deepEqual((await verifyIntegrity(db)).breaks, [], 'every tamper above was rolled back');
  });
});

describe('chains of books written before migration 0036', () => {
  test('are built by the migration in entry and record order, and verify', async () => {
    const scratch = process.env.DATABASE_URL ? await scratchDatabase(process.env.DATABASE_URL) : undefined;
    const database = await openDatabase({ url: scratch?.url });
    try {
      const db = database.db;
      const files = readMigrations();
      const at = files.findIndex((f) => f.name.startsWith('0036_'));
      await migrate(db, files.slice(0, at));
      await sql`INSERT INTO org_unit (id, kind, name_th, name_en, parent_id, path)
                VALUES ('X0', 'department', 'กรม', 'Dept', NULL, '/X0/'), ('X1', 'province', 'จังหวัด', 'P', 'X0', '/X0/X1/'),
                       ('X2', 'district', 'อำเภอ', 'D', 'X1', '/X0/X1/X2/')`.execute(db);
      const g = '00000000-0000-4000-8000-000000000001';
      await sql`INSERT INTO savings_group (id, name_th, org_unit_id, founded_on) VALUES (${g}, 'กลุ่มเดิม', 'X2', '2020-01-01')`.execute(
        db,
      );
      await sql`INSERT INTO ledger_book (group_id, next_entry_no) VALUES (${g}, 3)`.execute(db);
      await sql`INSERT INTO group_member (group_id, member_no, thai_id, title, first_name, last_name, joined_on, monthly_pledge)
                VALUES (${g}, 1, '1101700207366', 'นาง', 'เดิม', 'ก่อน', '2020-01-05', 10000)`.execute(db);
      await sql`WITH e AS (INSERT INTO journal_entry (group_id, entry_no, posted_on, kind, memo)
                  VALUES (${g}, 1, '2020-01-05', 'opening', 'ยอดยกมา'), (${g}, 2, '2020-02-05', 'meeting_day', ''))
                INSERT INTO journal_line (group_id, entry_no, line_no, account_code, member_no, amount)
                VALUES (${g}, 1, 1, '1101', NULL, 5000), (${g}, 1, 2, '3101', 1, -5000),
                       (${g}, 2, 1, '1101', NULL, 10000), (${g}, 2, 2, '3101', 1, -10000)`.execute(db);
      await sql`INSERT INTO audit_log (action, entity_type, entity_id, org_unit_id, after)
                VALUES ('a.one', 'x', '1', 'X1', '{"b": 1, "a": [1, 2]}'), ('a.two', 'x', '2', NULL, NULL),
                       ('a.three', 'x', '3', 'X1', '{}')`.execute(db);
      await prepareDatabase(db); // the rest of the migrations, 0036 among them

      // The rows went in by hand, past the ledger that keeps the cached figures, so only those disagree.
      const breaks = (await verifyIntegrity(db)).breaks;
      assert.deepEqual(
        breaks.filter((b) => b.kind !== 'balance'),
        [],
      );
      assert.deepEqual(breaks.map((b) => b.problem).sort(), ['memberBalances', 'monthFigures']);
      const seqs = await sql<{ action: string; chain_seq: string }>`
        SELECT action, chain_seq::text FROM audit_log WHERE entity_type = 'x' ORDER BY id`.execute(db);
      assert.deepEqual(
        seqs.rows.map((r) => [r.action, r.chain_seq]),
        [
          ['a.one', '1'],
          ['a.two', '1'],
          ['a.three', '2'],
        ],
      );
      // Entries written after the migration continue the chain the migration built.
      const { rows } = await sql<{ head: Uint8Array; last: Uint8Array }>`
        SELECT b.head_hash AS head, (SELECT hash FROM journal_entry WHERE group_id = b.group_id AND entry_no = 2) AS last
        FROM ledger_book b WHERE b.group_id = ${g}`.execute(db);
      assert.equal(Buffer.from(rows[0]!.head).toString('hex'), Buffer.from(rows[0]!.last).toString('hex'));
    } finally {
      await database.close();
      await scratch?.drop();
    }
  });
});
