import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { closePdfRenderer } from '../../server/pdf.js';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

describe('member statement', () => {
  let t: TestApp;
  let c: TestClient;
  let g: string;

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
    c = await t.as('demo.district');
    const id = await registerGroup(c, { nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านน้ำใส' });
    g = `/api/v1/groups/${id}`;
    await joinMembers(c, id, 2);
    for (const [day, pledge, special] of [
      ['2026-01-05', 10000, 50000],
      ['2026-02-05', 10000, 0],
      ['2026-03-05', 10000, 25025],
    ] as const) {
      expectStatus(
        await write(c, `${g}/meeting-days`, {
          postedOn: day,
          rows: [{ memberNo: 1, pledge, specialDeposit: special }],
        }),
        201,
      );
    }
    expectStatus(
      await write(c, `${g}/meeting-days`, {
        postedOn: '2026-04-05',
        rows: [{ memberNo: 1, specialWithdrawal: 20000 }],
      }),
      201,
    );
  });
  after(async () => {
    await closePdfRenderer();
    await t.close();
  });

  test('running balances, opening balance for a later period, closing balances', async () => {
    const all = (await c.get(`${g}/members/1/statement`)).body;
    assert.deepEqual(all.closing, { pledged: 30000, special: 55025, loans: 0 });
    assert.deepEqual(
      all.rows.map((r: { balances: { special: number } }) => r.balances.special),
      [50000, 50000, 75025, 55025],
    );
    const spring = (await c.get(`${g}/members/1/statement?from=2026-03-01&to=2026-03-31`)).body;
    assert.deepEqual(spring.opening, { pledged: 20000, special: 50000, loans: 0 });
    assert.equal(spring.rows.length, 1);
    assert.deepEqual(spring.closing, { pledged: 30000, special: 75025, loans: 0 });
    expectStatus(await (await t.as('demo.officer')).get(`${g}/members/1/statement`), 404);
  });

  test('the PDF statement renders Thai with a correct text layer', { timeout: 60_000 }, async () => {
    const res = await c.getRaw(`${g}/members/1/statement.pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    mkdirSync('test-artifacts', { recursive: true });
    const file = 'test-artifacts/member-statement.pdf';
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // Words with tone marks and upper vowels must extract exactly as typed (TECH.md: pdfkit did not).
    for (const s of ['รายการเคลื่อนไหวบัญชีสมาชิก', 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านน้ำใส', 'ลำปาง', 'ยอดคงเหลือ', '550.25']) {
      assert.ok(text.includes(s), `PDF text lacks ${s}:\n${text}`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, 'test-artifacts/member-statement']);
  });
});
