// The fund's refusals: each gives a clear Thai message naming the field and writes nothing (row
// counts before and after), in code first and again in the database for anything that gets past it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { thaiIdFor } from '../../db/seed/demo-ids.js';
import type { TestApp, TestClient } from '../../testing/test-app.js';
import { FUND_000 } from '../../db/seed/demo-programs/fund-000.js';
import { FUND_ACCOUNTS } from './chart.js';
import {
  counts,
  FUND_OFFICER,
  MONEY_TABLES,
  movableClock,
  ok,
  refused,
  sessions,
  smallFund,
  staffIn,
  startFundApp,
} from './fund.fixtures.js';

const key = (k: string) => ({ 'idempotency-key': `rules-${k}` });

describe('staff fund: refusals write nothing', () => {
  const clock = movableClock('2024-06-10T03:00:00Z');
  let t: TestApp;
  let as: ReturnType<typeof sessions>;
  let officer: TestClient;
  let fundId: string;
  let savers: string[];
  let witnesses: string[];

  before(async () => {
    t = await startFundApp(clock);
    as = sessions(t, clock);
    officer = await as(FUND_OFFICER);
    savers = await staffIn(t, '5201', 2);
    witnesses = await staffIn(t, '52-wg', 2);
    fundId = (await smallFund(officer, savers)).id;
  });
  after(() => t.close());

  const count = (participantNo: number, amount: number, w: string[]) => ({
    participantNo,
    amount,
    witnessPersonIds: w,
  });
  const collect = (k: string, c: unknown[], collectedOn = '2024-05-31') =>
    officer.post(`/api/v1/funds/${fundId}/collections`, { collectedOn, counts: c }, key(k));

  test('the chart in code is the chart in the database', async () => {
    const rows = await t.database.db.selectFrom('fund_account').selectAll().orderBy('sort_order').execute();
    assert.deepEqual(
      rows.map((r) => [r.code, r.name_th, r.type, r.subledger === 'participant']),
      Object.values(FUND_ACCOUNTS).map((a) => [a.code, a.nameTh, a.type, a.participant]),
    );
  });

  test('a fund is a province office’s, with a pledge of at least 1 baht a day', async () => {
    const head = await as('demo.province'); // logging in is audited: before counting
    const before = await counts(t, ['staff_fund', 'audit_log']);
    const post = (over: Record<string, unknown>, k: string) =>
      officer.post('/api/v1/funds', { ...FUND_000, projectId: null, ...over }, key(k));
    let e = refused(await post({ pledgePerDay: 50 }, 'f1'), 422, 'validation_failed');
    assert.deepEqual(
      e.issues.map((i) => [i.path, i.messageTh]),
      [['pledgePerDay', 'เงินออมขั้นต่ำต้องไม่น้อยกว่าวันละ 1 บาท']],
    );
    e = refused(await post({ orgUnitId: '5201', endsOn: '2024-04-01' }, 'f2'), 422, 'validation_failed');
    assert.deepEqual(
      e.issues.map((i) => i.path),
      ['orgUnitId', 'endsOn'],
    );
    refused(await head.post('/api/v1/funds', { ...FUND_000, projectId: null }), 403, 'forbidden');
    assert.deepEqual(await counts(t, ['staff_fund', 'audit_log']), before);
  });

  test('a collection without two witnesses, or witnessed by the saver, is refused', async () => {
    const before = await counts(t, MONEY_TABLES);
    let e = refused(
      await collect('w1', [count(1, 3_100, [witnesses[0]!]), count(2, 3_100, witnesses)]),
      422,
      'validation_failed',
    );
    assert.deepEqual(
      e.issues.map((i) => i.path),
      ['counts.0.witnessPersonIds'],
    );
    assert.match(e.issues[0]!.messageTh, /ต้องมีพยานสองคน \(ระบุไว้ 1 คน\)/);
    e = refused(await collect('w2', [count(1, 3_100, [witnesses[0]!, witnesses[0]!])]), 422, 'validation_failed');
    assert.match(e.issues[0]!.messageTh, /พยานทั้งสองคนต้องเป็นคนละคนกัน/);
    e = refused(await collect('w3', [count(1, 3_100, [savers[0]!, witnesses[0]!])]), 422, 'validation_failed');
    assert.match(e.issues[0]!.messageTh, /เป็นพยานการนับของตนเองไม่ได้/);
    e = refused(await collect('w4', [count(1, 3_100, [])]), 422, 'validation_failed');
    assert.match(e.issues[0]!.messageTh, /ต้องมีพยานสองคน \(ระบุไว้ 0 คน\)/);
    assert.deepEqual(await counts(t, MONEY_TABLES), before);
    // Past the code, the database holds the same line: a count witnessed by its saver is refused.
    await assert.rejects(
      sql`INSERT INTO fund_count VALUES (${fundId}, 99, 1, ${savers[0]}, 100, ${savers[0]}, ${witnesses[0]})`.execute(
        t.database.db,
      ),
    );
  });

  test('dates after today, a deposit over the cash on hand, a slip used twice: refused', async () => {
    const before = await counts(t, MONEY_TABLES);
    let e = refused(await collect('future', [count(1, 100, witnesses)], '2024-06-11'), 422, 'posting_date_in_future');
    assert.equal(e.issues[0]!.path, 'collectedOn');
    ok(await collect('may', [count(1, 15_000, witnesses), count(2, 0, witnesses)]), 201);
    const deposit = (k: string, slipRef: string, amount: number) =>
      officer.post(`/api/v1/funds/${fundId}/deposits`, { depositedOn: '2024-06-03', slipRef, amount }, key(k));
    e = refused(await deposit('over', 'KTB-1', 15_001), 422, 'cash_insufficient');
    assert.match(e.messageTh, /150\.00 บาท น้อยกว่าจำนวนที่ต้องการ 150\.01 บาท/);
    ok(await deposit('d1', 'KTB-1', 5_000), 201);
    e = refused(await deposit('d2', 'KTB-1', 1_000), 409, 'slip_already_recorded');
    assert.equal(e.issues[0]!.path, 'slipRef');
    const after = await counts(t, MONEY_TABLES);
    // Only the May collection and the first deposit were written (2 entries, 2 + 2 lines).
    assert.equal(after.fund_journal_entry! - before.fund_journal_entry!, 2);
    assert.equal(after.fund_journal_line! - before.fund_journal_line!, 4);
    assert.equal(after.fund_count! - before.fund_count!, 2);
  });

  test('a retry with the same key returns the first result; the same key for another request is refused', async () => {
    const body = { depositedOn: '2024-06-04', slipRef: 'KTB-2', amount: 1_000 };
    const first = ok(await officer.post(`/api/v1/funds/${fundId}/deposits`, body, key('retry')), 201).body;
    const before = await counts(t, MONEY_TABLES);
    const again = ok(await officer.post(`/api/v1/funds/${fundId}/deposits`, body, key('retry')), 201).body;
    assert.deepEqual(again, first);
    refused(
      await officer.post(`/api/v1/funds/${fundId}/deposits`, { ...body, amount: 2_000 }, key('retry')),
      409,
      'idempotency_key_reused',
    );
    refused(
      await officer.post(`/api/v1/funds/${fundId}/deposits`, { ...body, slipRef: 'KTB-3' }),
      422,
      'idempotency_key_required',
    );
    assert.deepEqual(await counts(t, MONEY_TABLES), before);
  });

  test('a payout larger than the fund’s balance is refused with the balance in the message', async () => {
    // Bank 60 baht (two deposits), 90 baht still in cash: a plan of 150 baht fits the fund, but the
    // bank cannot pay it until the rest is deposited.
    clock.set('2024-10-01T03:00:00Z');
    officer = await as(FUND_OFFICER);
    const district = await as('demo.district');
    ok(
      await officer.post(
        `/api/v1/funds/${fundId}/proposal-request`,
        { title: 'ข้อเสนอขอรับความช่วยเหลือ', deadline: '2024-10-15' },
        key('open'),
      ),
      201,
    );
    const sub = ok(await district.get('/api/v1/org-units?parentId=5201')).body.items[0];
    const village = ok(
      await district.post('/api/v1/org-units', { parentId: sub.id, villageNo: 7, nameTh: 'บ้านทดสอบ' }),
      201,
    ).body;
    const household = ok(
      await district.post(`/api/v1/funds/${fundId}/households`, {
        villageId: village.id,
        houseNo: '1',
        head: { title: 'นาง', firstName: 'ทดสอบ', lastName: 'ครัวเรือน', thaiId: thaiIdFor(70_001) },
        tpmap: false,
        vulnerability: 'poor',
        needsTh: 'ค่าครองชีพ',
        surveyedOn: '2024-10-01',
      }),
      201,
    ).body;
    const proposal = ok(
      await district.post(`/api/v1/funds/${fundId}/proposals`, {
        districtId: '5201',
        items: [{ householdId: household.id, helpKind: 'cash', helpTh: 'เงินช่วยเหลือ', cost: 15_000, reasonTh: 'ยากจน' }],
      }),
      201,
    ).body;
    const users = Object.fromEntries(
      await Promise.all(
        [FUND_OFFICER, 'demo.province'].map(async (u) => [u, ok(await (await as(u)).get('/api/v1/auth/me')).body.id]),
      ),
    );
    const plan = ok(
      await officer.post(
        `/api/v1/funds/${fundId}/plans`,
        {
          titleTh: 'แผนทดสอบ',
          items: [{ proposalItemId: proposal.items[0].id, approvedCost: 15_000 }],
          chain: [
            { role: 'proposer', signerUserId: users[FUND_OFFICER] },
            { role: 'approver', signerUserId: users['demo.province'] },
          ],
        },
        key('plan'),
      ),
      201,
    ).body;
    const pay = (k: string, amount: number) =>
      officer.post(
        `/api/v1/funds/${fundId}/payouts`,
        { planId: plan.id, itemNo: 1, paidOn: '2024-10-01', amount, receiptNo: 'R-1' },
        key(k),
      );
    refused(await pay('early', 15_000), 409, 'plan_not_approved');
    ok(await officer.post(`/api/v1/fund-plans/${plan.id}/submit`));
    ok(await (await as('demo.province')).post(`/api/v1/fund-plans/${plan.id}/sign`));

    const before = await counts(t, MONEY_TABLES);
    const e = refused(await pay('over', 15_000), 422, 'fund_balance_insufficient');
    assert.equal(e.issues[0]!.path, 'amount');
    assert.match(e.messageTh, /ยอดเงินกองทุนในบัญชีธนาคารมี 60\.00 บาท ไม่พอจ่าย 150\.00 บาท/);
    refused(await pay('item', 15_001), 422, 'payout_exceeds_item');
    assert.deepEqual(await counts(t, MONEY_TABLES), before);
    // The database refuses an overdraft that skips the code: bank −150 baht against assistance.
    await assert.rejects(
      t.database.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO fund_journal_entry (fund_id, entry_no, posted_on, kind) VALUES (${fundId}, 999, '2024-10-01', 'payout')`.execute(
          trx,
        );
        await sql`INSERT INTO fund_journal_line (fund_id, entry_no, line_no, account_code, amount)
          VALUES (${fundId}, 999, 1, '5101', 15000), (${fundId}, 999, 2, '1102', -15000)`.execute(trx);
      }),
      /would go below zero/,
    );
    // …and an entry that does not balance, or a change to a posted line.
    await assert.rejects(
      t.database.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO fund_journal_entry (fund_id, entry_no, posted_on, kind) VALUES (${fundId}, 999, '2024-10-01', 'deposit')`.execute(
          trx,
        );
        await sql`INSERT INTO fund_journal_line (fund_id, entry_no, line_no, account_code, amount)
          VALUES (${fundId}, 999, 1, '1102', 100), (${fundId}, 999, 2, '1101', -99)`.execute(trx);
      }),
      /does not balance/,
    );
    await assert.rejects(
      sql`UPDATE fund_journal_line SET amount = amount + 1 WHERE fund_id = ${fundId}`.execute(t.database.db),
      /immutable/,
    );
    assert.deepEqual(await counts(t, MONEY_TABLES), before);

    // Once the cash is banked the payout goes through, and the fund reconciles.
    ok(
      await officer.post(
        `/api/v1/funds/${fundId}/deposits`,
        { depositedOn: '2024-10-01', slipRef: 'KTB-4', amount: 9_000 },
        key('d4'),
      ),
      201,
    );
    ok(await pay('paid', 15_000), 201);
    const { reconciliation } = ok(await officer.get(`/api/v1/funds/${fundId}/report`)).body;
    assert.deepEqual(
      [reconciliation.bank, reconciliation.deposits, reconciliation.payouts, reconciliation.reconciled],
      [0, 15_000, 15_000, true],
    );
  });

  test('a payout carries its receipt and photos; the content decides the type', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const attach = (kind: string, name: string, bytes: Buffer) => {
      const form = new FormData();
      form.set('kind', kind);
      form.set('file', new File([new Uint8Array(bytes)], name));
      return officer.post(`/api/v1/funds/${fundId}/payouts/1/files`, form);
    };
    const photo = ok(await attach('photo', 'มอบเงิน.png', png), 201).body;
    ok(await attach('receipt', 'ใบสำคัญรับเงิน.pdf', pdf), 201);
    const before = await counts(t, ['stored_file', 'fund_payout_file']);
    refused(await attach('photo', 'ใบเสร็จ.png', pdf), 422, 'validation_failed'); // a PDF named .png
    assert.deepEqual(await counts(t, ['stored_file', 'fund_payout_file']), before);
    const [payout] = ok(await officer.get(`/api/v1/funds/${fundId}/payouts`)).body.items;
    assert.deepEqual(
      payout.files.map((f: { kind: string; contentType: string }) => [f.kind, f.contentType]),
      [
        ['photo', 'image/png'],
        ['receipt', 'application/pdf'],
      ],
    );
    // The owning district reads it; another district's office does not know it exists.
    const file = `/api/v1/funds/${fundId}/payouts/1/files/${photo.id}`;
    assert.equal((await (await as('demo.district')).getRaw(file)).status, 200);
    assert.equal((await (await as('demo.officer')).getRaw(file)).status, 404);
  });

  test('the plan is signed in turn; a signer off turn is told whose turn it is', async () => {
    const plans = ok(await officer.get(`/api/v1/funds/${fundId}/plans`)).body.items;
    assert.equal(plans[0].status, 'approved');
    const e = refused(await officer.post(`/api/v1/fund-plans/${plans[0].id}/sign`), 409, 'plan_already_approved');
    assert.match(e.messageTh, /อนุมัติแล้ว/);
    // Fund readers see the plan's districts, help and money; the household only where they may read it.
    const other = ok(await (await as('demo.officer')).get(`/api/v1/fund-plans/${plans[0].id}`)).body;
    assert.equal(other.items[0].household, null);
    const own = ok(await (await as('demo.district')).get(`/api/v1/fund-plans/${plans[0].id}`)).body;
    assert.match(own.items[0].household.headThaiIdMasked, /^\d-\d{4}-xxxxx-xx-\d$/);
  });

  test('concurrent postings to one fund queue on its book: gapless entry numbers, none lost', async () => {
    const before = ok(await officer.get(`/api/v1/funds/${fundId}/journal`)).body.items.length;
    ok(await collect('busy', [count(1, 600, witnesses)], '2024-09-30'), 201);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        officer.post(
          `/api/v1/funds/${fundId}/deposits`,
          { depositedOn: '2024-10-01', slipRef: `KTB-C${i}`, amount: 100 },
          key(`c${i}`),
        ),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.status),
      Array(6).fill(201),
    );
    const entries = ok(await officer.get(`/api/v1/funds/${fundId}/journal`)).body.items;
    assert.equal(entries.length, before + 7);
    assert.deepEqual(
      entries.map((x: { entryNo: number }) => x.entryNo),
      Array.from({ length: before + 7 }, (_, i) => i + 1),
    );
  });

  test('corrections are reversals: the latest money first, once, with a reason', async () => {
    const journal = ok(await officer.get(`/api/v1/funds/${fundId}/journal`)).body.items;
    const collection = journal.find((e: { kind: string }) => e.kind === 'collection');
    // The May cash is in the bank and paid out: un-counting it would take the cash below zero.
    const e = refused(
      await officer.post(
        `/api/v1/funds/${fundId}/journal/${collection.entryNo}/reverse`,
        { reason: 'นับผิด' },
        key('rev1'),
      ),
      422,
      'cash_insufficient',
    );
    assert.match(e.messageTh, /เงินสด/);
    const payout = journal.find((x: { kind: string }) => x.kind === 'payout');
    ok(
      await officer.post(`/api/v1/funds/${fundId}/journal/${payout.entryNo}/reverse`, { reason: 'จ่ายซ้ำ' }, key('rev2')),
      201,
    );
    refused(
      await officer.post(`/api/v1/funds/${fundId}/journal/${payout.entryNo}/reverse`, { reason: 'อีกครั้ง' }, key('rev3')),
      422,
      'entry_already_reversed',
    );
    const { reconciliation } = ok(await officer.get(`/api/v1/funds/${fundId}/report`)).body;
    // 150 baht banked before, 6 baht more from the concurrent deposits; the payout undone.
    assert.deepEqual([reconciliation.bank, reconciliation.payouts, reconciliation.reconciled], [15_600, 0, true]);
  });

  test('only the fund officers write to the books; others get 403, or 404 outside the province', async () => {
    const staff = await as('demo.staff');
    refused(
      await staff.post(
        `/api/v1/funds/${fundId}/deposits`,
        { depositedOn: '2024-10-01', slipRef: 'X', amount: 1 },
        key('x'),
      ),
      403,
      'forbidden',
    );
    const hq = await t.as('demo.hq');
    ok(await hq.get(`/api/v1/funds/${fundId}`)); // HQ reads the figures
    refused(await hq.get(`/api/v1/funds/${fundId}/collections`), 403, 'forbidden');
  });
});
