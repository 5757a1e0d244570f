// Seed 000 end to end through the HTTP API (the scenario the demo seed also runs): 91 participants
// in the province office and 13 districts, five month-end counts before two witnesses, deposits,
// 13 district proposals through a report request, a signed plan, 26 payouts. The fund must
// reconcile to the satang against the slips and receipts, and the KPIs must read as seed 000's
// targets expect. Figures worked by hand from fund-000.ts's countFor():
//   1, 2 or 3 baht a day by participant (k % 3 = 0, 1, 2: 30, 31 and 30 people), 153 days:
//   (30×1 + 31×2 + 30×3) × 153 = 182 × 153 = 27,846 baht; participants 30, 60, 90 put 20 instead of
//   30 baht in June (−30); participant 1's 50-satang coin (+0.50)      → saved 27,816.50 baht
//   proposals 13 × (1,000 + 800) = 23,400; the last district's 800 approved as 600 → paid 23,200
//   bank = deposits − payouts = 27,816.50 − 23,200 = 4,616.50 baht; cash awaiting deposit 0.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { seed000Fund, type Fund000Result } from '../../db/seed/demo-programs/fund-000.js';
import { closePdfRenderer } from '../../server/pdf.js';
import type { TestApp } from '../../testing/test-app.js';
import {
  FUND_OFFICER,
  LAMPANG_DISTRICTS,
  movableClock,
  ok,
  sessions,
  startFundApp,
  testFundApi,
} from './fund.fixtures.js';

describe('staff fund: seed 000 end to end (ลำปาง, ออมวันละบาท)', () => {
  const clock = movableClock('2024-04-26T03:00:00Z');
  let t: TestApp;
  let run: Fund000Result;
  let as: ReturnType<typeof sessions>;

  before(async () => {
    t = await startFundApp(clock);
    as = sessions(t, clock);
    run = await seed000Fund(testFundApi(t, clock), { projectId: null });
    clock.set('2025-01-10T03:00:00Z');
  });
  after(async () => {
    await closePdfRenderer();
    await t.close();
  });

  test('91 participants: 13 in the province office, 6 in each of the 13 districts', async () => {
    const officer = await as(FUND_OFFICER);
    const { items } = ok(await officer.get(`/api/v1/funds/${run.fundId}/participants`)).body;
    assert.equal(items.length, 91);
    const report = ok(await officer.get(`/api/v1/funds/${run.fundId}/report`)).body;
    assert.deepEqual(
      report.byUnit.map((u: { id: string; participants: number }) => [u.id, u.participants]),
      [['52', 13], ...LAMPANG_DISTRICTS.map((d) => [d, 6])],
    );
    // A district head sees the fund's figures and his own district's savers only.
    const head = await as('demo.district');
    const own = ok(await head.get(`/api/v1/funds/${run.fundId}/participants`)).body.items;
    assert.equal(own.length, 6);
    assert.ok(own.every((p: { unit: { id: string } }) => p.unit.id.startsWith('5201')));
  });

  test('five collections, every count before two witnesses other than the saver', async () => {
    const officer = await as(FUND_OFFICER);
    const { items } = ok(await officer.get(`/api/v1/funds/${run.fundId}/collections`)).body;
    assert.deepEqual(
      items.map((c: { collectedOn: string }) => c.collectedOn),
      ['2024-05-31', '2024-06-28', '2024-07-31', '2024-08-30', '2024-09-30'],
    );
    for (const c of items) {
      assert.equal(c.counts.length, 91);
      for (const n of c.counts) {
        assert.equal(n.witnesses.length, 2);
        assert.notEqual(n.witnesses[0].id, n.witnesses[1].id);
        assert.ok(n.witnesses.every((w: { id: string }) => w.id !== n.person.id));
      }
    }
    assert.equal(
      items.reduce((s: number, c: { total: number }) => s + c.total, 0),
      2_781_650,
    );
    const deposits = ok(await officer.get(`/api/v1/funds/${run.fundId}/deposits`)).body.items;
    assert.equal(deposits.length, 6);
    assert.ok(deposits.every((d: { slipRef: string; depositedOn: string }) => d.slipRef && d.depositedOn));
  });

  test('the fund reconciles to the satang: bank = deposits − payouts, savings = counted', async () => {
    const officer = await as(FUND_OFFICER);
    const { reconciliation: r } = ok(await officer.get(`/api/v1/funds/${run.fundId}/report`)).body;
    assert.deepEqual(r, {
      counted: 2_781_650,
      savings: 2_781_650,
      cashOnHand: 0,
      deposits: 2_781_650,
      payouts: 2_320_000,
      bank: 461_650,
      assistancePaid: 2_320_000,
      reconciled: true,
    });
    assert.equal(r.bank, r.deposits - r.payouts);
    // The same from the journal's lines, summed here: every entry balances, and the accounts agree.
    const journal = ok(await officer.get(`/api/v1/funds/${run.fundId}/journal`)).body.items;
    const byAccount = new Map<string, number>();
    for (const e of journal) {
      assert.equal(
        e.lines.reduce((s: number, l: { amount: number }) => s + l.amount, 0),
        0,
        `entry ${e.entryNo} balances`,
      );
      for (const l of e.lines) byAccount.set(l.accountCode, (byAccount.get(l.accountCode) ?? 0) + l.amount);
    }
    assert.deepEqual(Object.fromEntries(byAccount), {
      '1101': 0,
      '1102': 461_650,
      '3101': -2_781_650,
      '5101': 2_320_000,
    });
    assert.equal(journal.length, 5 + 6 + 26);
    const fund = ok(await officer.get(`/api/v1/funds/${run.fundId}`)).body;
    assert.deepEqual(fund.balances, { savings: 2_781_650, cashOnHand: 0, bank: 461_650, assistancePaid: 2_320_000 });
  });

  test('the KPIs read as seed 000 expects: 91 people, 14 offices, 13 districts helped', async () => {
    const head = await as('demo.province');
    const { kpis } = ok(await head.get(`/api/v1/funds/${run.fundId}/report`)).body;
    const kpi = Object.fromEntries(kpis.map((k: { code: string }) => [k.code, k]));
    assert.deepEqual(
      Object.fromEntries(
        Object.entries(kpi).map(([c, k]) => [
          c,
          [
            (k as { target: number | null }).target,
            (k as { actual: number }).actual,
            (k as { met: boolean | null }).met,
          ],
        ]),
      ),
      {
        participants: [91, 91, true],
        offices: [14, 14, true],
        keeping_pledge: [null, 88, null],
        districts_proposing: [13, 13, true],
        districts_helped: [13, 13, true],
        households_helped: [null, 26, null],
      },
    );
  });

  test('statements: one participant short of the pledge, one with a 50-satang coin', async () => {
    const officer = await as(FUND_OFFICER);
    const short = ok(await officer.get(`/api/v1/funds/${run.fundId}/participants/30/statement`)).body;
    assert.deepEqual(
      short.rows.map((r: { amount: number; runningTotal: number }) => [r.amount, r.runningTotal]),
      [
        [3_100, 3_100],
        [2_000, 5_100],
        [3_100, 8_200],
        [3_100, 11_300],
        [3_000, 14_300],
      ],
    );
    assert.deepEqual([short.participant.expected, short.participant.keepsPledge], [15_300, false]);
    const coin = ok(await officer.get(`/api/v1/funds/${run.fundId}/participants/1/statement`)).body;
    assert.deepEqual([coin.participant.saved, coin.participant.keepsPledge], [30_650, true]);
    assert.equal(coin.rows[2].amount, 6_250);
  });

  test('households helped by district and kind of help; districts answered the report request', async () => {
    const officer = await as(FUND_OFFICER);
    const { households } = ok(await officer.get(`/api/v1/funds/${run.fundId}/report`)).body;
    for (const d of households.byDistrict) {
      assert.deepEqual([d.surveyed, d.proposed, d.helped], [2, 2, 2], d.nameTh);
      assert.equal(d.paid, d.id === '5213' ? 160_000 : 180_000);
    }
    const kind = Object.fromEntries(households.byKind.map((k: { kind: string }) => [k.kind, k]));
    assert.deepEqual([kind.goods.households, kind.goods.paid], [15, 1_220_000]);
    assert.deepEqual([kind.housing.households, kind.housing.paid], [3, 300_000]);
    assert.deepEqual(households.followUps, { improved: 11, unchanged: 2, worse: 0 });

    const matrix = ok(await officer.get(`/api/v1/report-requests/${run.requestId}/matrix`)).body;
    assert.equal(matrix.totals.expected, 13);
    assert.equal(matrix.totals.accepted, 13);
    assert.deepEqual([matrix.sums.households, matrix.sums.cost], [26, 2_340_000]);

    const plan = ok(await officer.get(`/api/v1/fund-plans/${run.planId}`)).body;
    assert.equal(plan.status, 'approved');
    assert.deepEqual([plan.total, plan.paid], [2_320_000, 2_320_000]);
    assert.ok(plan.chain.every((s: { signedOn: string | null }) => s.signedOn !== null));
    const payouts = ok(await officer.get(`/api/v1/funds/${run.fundId}/payouts`)).body.items;
    assert.equal(payouts.length, 26);
  });

  test('the printable summary for the provincial head reads back in Thai', { timeout: 120_000 }, async () => {
    const head = await as('demo.province');
    const res = await head.getRaw(`/api/v1/funds/${run.fundId}/report.pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    mkdirSync('test-artifacts', { recursive: true });
    const file = 'test-artifacts/fund-report.pdf';
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const squash = (s: string) => s.replace(/\s+/g, '');
    const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const s of [
      'สรุปผลการดำเนินงานโครงการ “ออมวันละบาท สร้างโอกาสที่ยั่งยืน”',
      'เงินออมรวม ๒๗,๘๑๖.๕๐ บาท (สองหมื่นเจ็ดพันแปดร้อยสิบหกบาทห้าสิบสตางค์)',
      'คงเหลือในบัญชีธนาคาร ๔,๖๑๖.๕๐ บาท',
      'บัญชีกองทุนตรงกับใบนำฝากและใบสำคัญรับเงินทุกรายการ',
      'ผู้เข้าร่วมโครงการ ระดับจังหวัดและระดับอำเภอ ๙๑ คน ๙๑ คน บรรลุ',
      'สำนักงานพัฒนาชุมชนจังหวัดลำปาง',
      'อำเภองาว',
    ]) {
      assert.ok(text.includes(squash(s)), `PDF text lacks “${s}”`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, 'test-artifacts/fund-report']);
  });
});
