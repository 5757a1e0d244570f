// Property test (fast-check) through the HTTP API: any random sequence of valid and invalid
// operations keeps the books balanced, member balances equal to a simple model and to the sum of
// entries, never lets savings go negative, and replaying any earlier request with its key changes
// nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { joinMembers, key, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient, type TestResponse } from '../../testing/test-app.js';

const MEMBERS = 3;
type Op =
  | { kind: 'day'; rows: { memberNo: number; pledge: number; specialDeposit: number; specialWithdrawal: number }[] }
  | { kind: 'reverse'; pick: number }
  | { kind: 'replay'; pick: number };

const amount = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500_000 }));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('day' as const),
      rows: fc.uniqueArray(
        fc.record({
          memberNo: fc.integer({ min: 1, max: MEMBERS }),
          pledge: amount,
          specialDeposit: amount,
          specialWithdrawal: amount,
        }),
        { minLength: 1, maxLength: MEMBERS, selector: (r) => r.memberNo },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), pick: fc.nat() }) },
);

let t: TestApp;
let c: TestClient;
before(async () => {
  t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
  c = await t.as('demo.district');
});
after(() => t.close());

test('random operation sequences keep the ledger exact', { timeout: 600_000 }, async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
      run++;
      const groupId = await registerGroup(c, { nameTh: `กลุ่มสุ่ม ${run}` });
      await joinMembers(c, groupId, MEMBERS, { idSeed: run * 10 });
      const g = `/api/v1/groups/${groupId}`;
      // Model: member → [pledged, special]; entry → its effect, for reversals.
      const model = new Map<number, [number, number]>(Array.from({ length: MEMBERS }, (_, i) => [i + 1, [0, 0]]));
      const effects = new Map<number, { memberNo: number; pledged: number; special: number }>();
      const sent: { path: string; body: unknown; key: string; res: TestResponse }[] = [];
      const reversed = new Set<number>();
      for (const op of ops) {
        if (op.kind === 'day') {
          const body = { postedOn: '2026-05-05', rows: op.rows };
          const k = key();
          const res = await write(c, `${g}/meeting-days`, body, k);
          const fits = op.rows.every((r) => model.get(r.memberNo)![1] + r.specialDeposit - r.specialWithdrawal >= 0);
          const any = op.rows.some((r) => r.pledge + r.specialDeposit + r.specialWithdrawal > 0);
          assert.equal(res.status, fits && any ? 201 : 422, JSON.stringify(res.body));
          if (res.status === 201) {
            for (const e of res.body.entries) {
              const m = model.get(e.memberNo)!;
              m[0] += e.pledge;
              m[1] += e.specialDeposit - e.specialWithdrawal;
              effects.set(e.entryNo, {
                memberNo: e.memberNo,
                pledged: e.pledge,
                special: e.specialDeposit - e.specialWithdrawal,
              });
            }
            sent.push({ path: `${g}/meeting-days`, body, key: k, res });
          }
        } else if (op.kind === 'reverse' && effects.size > 0) {
          const open = [...effects.keys()].filter((n) => !reversed.has(n));
          if (open.length === 0) continue;
          const entryNo = open[op.pick % open.length]!;
          const e = effects.get(entryNo)!;
          const m = model.get(e.memberNo)!;
          const res = await write(c, `${g}/journal/${entryNo}/reverse`, { reason: 'ทดสอบกลับรายการ' });
          const fits = m[0] - e.pledged >= 0 && m[1] - e.special >= 0;
          assert.equal(res.status, fits ? 201 : 422, JSON.stringify(res.body));
          if (res.status === 201) {
            m[0] -= e.pledged;
            m[1] -= e.special;
            reversed.add(entryNo);
          }
        } else if (op.kind === 'replay' && sent.length > 0) {
          const s = sent[op.pick % sent.length]!;
          const res = await write(c, s.path, s.body, s.key);
          assert.equal(res.status, s.res.status);
          assert.deepEqual(res.body, s.res.body);
        }
      }
      const members = await c.get(`${g}/members`);
      for (const m of members.body.items) {
        const [pledged, special] = model.get(m.memberNo)!;
        assert.equal(m.balances.pledgedSavings, pledged);
        assert.equal(m.balances.specialSavings, special);
        assert.ok(pledged >= 0 && special >= 0);
      }
      const tb = await c.get(`${g}/trial-balance`);
      assert.equal(tb.body.totalDebit, tb.body.totalCredit);
      const { total } = await sql<{
        total: string;
      }>`SELECT coalesce(sum(amount), 0) AS total FROM journal_line WHERE group_id = ${groupId}`
        .execute(t.database.db)
        .then((r) => r.rows[0]!);
      assert.equal(Number(total), 0);
      // The maintained roll-ups agree with the journal, per member and per group.
      const db = t.database.db;
      const fromJournal = await sql<{ member_no: number; pledged: string; special: string }>`
        SELECT member_no, coalesce(-sum(amount) FILTER (WHERE account_code = '3101'), 0) AS pledged,
          coalesce(-sum(amount) FILTER (WHERE account_code = '2101'), 0) AS special
        FROM journal_line WHERE group_id = ${groupId} AND member_no IS NOT NULL GROUP BY member_no`.execute(db);
      const cached = await db.selectFrom('member_balance').selectAll().where('group_id', '=', groupId).execute();
      for (const j of fromJournal.rows) {
        const c = cached.find((x) => x.member_no === j.member_no);
        assert.deepEqual([Number(c?.pledged ?? 0), Number(c?.special ?? 0)], [Number(j.pledged), Number(j.special)]);
      }
      const rollup = (await c.get(`/api/v1/reports/rollup?orgUnitId=520101`)).body;
      const mine = rollup.children.find((x: { id: string }) => x.id === groupId).figures;
      const sumOf = (i: 0 | 1) => [...model.values()].reduce((a, m) => a + m[i], 0);
      assert.deepEqual([mine.members, mine.pledgedSavings, mine.specialSavings], [MEMBERS, sumOf(0), sumOf(1)]);
    }),
    { numRuns: 15 },
  );
});
