import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { thaiIdFor } from '../../db/seed/demo-ids.js';
import { expectStatus, key, registerGroup } from '../../testing/savings-fixtures.js';
import { countRows, fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

const HEADER = [
  'เลขประจำตัวประชาชน',
  'คำนำหน้า',
  'ชื่อ',
  'นามสกุล',
  'วันที่สมัคร',
  'เงินสัจจะรายเดือน',
  'ยอดเงินสัจจะสะสม',
  'ยอดเงินฝากสัจจะพิเศษ',
  'ยอดเงินกู้คงค้าง',
  'ประเภทเงินกู้',
  'จำนวนงวดที่เหลือ',
  'วันครบกำหนดงวดถัดไป',
];

async function xlsx(rows: (string | number)[][]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('สมาชิก');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('importing an existing group with opening balances', () => {
  let t: TestApp;
  let c: TestClient;
  let g: string;
  const send = (bytes: Uint8Array<ArrayBuffer>, fields: Record<string, string> = {}, k = key()) => {
    const form = new FormData();
    form.set('file', new File([bytes], 'สมาชิก.xlsx'));
    form.set('asOf', '2026-06-30');
    form.set('cash', '1,500.00');
    form.set('bank', '20,000.00');
    for (const [name, v] of Object.entries(fields)) form.set(name, v);
    return c.post(`${g}/opening-balances`, form, { 'idempotency-key': k });
  };

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    c = await t.as('demo.district');
    g = `/api/v1/groups/${await registerGroup(c)}`;
  });
  after(() => t.close());

  test('a bad row is reported by row and column and nothing is written', async () => {
    const before = [
      await countRows(t, 'group_member'),
      await countRows(t, 'journal_entry'),
      await countRows(t, 'loan'),
    ];
    const res = await send(
      await xlsx([
        [thaiIdFor(1), 'นาง', 'คำปัน', 'ใจมา', '05/01/2566', '100', '3,600.00', '500.00', '', '', '', ''],
        ['1234567890123', 'นาย', 'บุญมี', 'ปัญญาดี', '05/01/2566', '123', '1,000.001', '', '2,000', 'ไม่มีประเภทนี้', '0', ''],
      ]),
    );
    expectStatus(res, 422);
    const paths = res.body.error.issues.map((i: { path: string }) => i.path);
    for (const col of ['thaiId', 'monthlyPledge', 'pledged', 'loanType', 'remainingInstallments', 'nextDueOn']) {
      assert.ok(paths.includes(`row 3, column ${col}`), `${col} in ${paths.join('; ')}`);
    }
    assert.deepEqual(
      [await countRows(t, 'group_member'), await countRows(t, 'journal_entry'), await countRows(t, 'loan')],
      before,
    );
  });

  test('valid rows post one balancing opening entry; loans continue from their next due date', async () => {
    const res = await send(
      await xlsx([
        [thaiIdFor(1), 'นาง', 'คำปัน', 'ใจมา', '05/01/2566', '100', '3,600.00', '500.00', '', '', '', ''],
        [
          thaiIdFor(2),
          'นาย',
          'บุญมี',
          'ปัญญาดี',
          '05/01/2566',
          '200',
          '7,200.00',
          '',
          '4,000.00',
          'emergency',
          '4',
          '05/07/2569',
        ],
      ]),
    );
    expectStatus(res, 201);
    // Reserve carried forward = cash 1,500 + bank 20,000 + loans 4,000 − savings (3,600 + 500 + 7,200) = 14,200.00.
    assert.deepEqual(res.body.totals, {
      pledged: 1080000,
      special: 50000,
      loans: 400000,
      cash: 150000,
      bank: 2000000,
      reserve: 1420000,
    });
    const tb = (await c.get(`${g}/trial-balance`)).body;
    assert.equal(tb.totalDebit, tb.totalCredit);
    const loan = (await c.get(`${g}/loans/1?asOf=2026-06-30`)).body;
    assert.equal(loan.status, 'disbursed');
    assert.equal(loan.state.principalOutstanding, 400000);
    assert.deepEqual(
      loan.schedule.map((i: { dueOn: string; principal: number }) => [i.dueOn, i.principal]),
      [
        ['2026-07-05', 100000],
        ['2026-08-05', 100000],
        ['2026-09-05', 100000],
        ['2026-10-05', 100000],
      ],
    );
    const m2 = (await c.get(`${g}/members/2`)).body;
    assert.deepEqual(m2.balances, { pledgedSavings: 720000, specialSavings: 0, loansOutstanding: 400000 });
    const rollup = (await c.get('/api/v1/reports/rollup?orgUnitId=5201')).body;
    assert.equal(rollup.totals.lent, 400000);
    const again = await send(
      await xlsx([[thaiIdFor(3), 'นาง', 'ก', 'ข', '05/01/2566', '100', '100', '', '', '', '', '']]),
    );
    expectStatus(again, 422);
    assert.equal(again.body.error.code, 'group_not_empty');
  });
});
