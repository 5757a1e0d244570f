// The member passbook by QR: the treasurer issues a link (its QR decodes to it), the member opens
// it with their own citizen ID and sees their balances, last entries and the chain head the books
// were checked against; wrong IDs are refused and then locked out; a reissued QR kills the old one;
// an edited book shows as not intact.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { thaiIdFor } from '../../db/seed/demo-ids.js';
import { decodeQrPng } from '../../testing/decode-qr.js';
import { expectStatus, joinMembers, registerGroup, write } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';

let t: TestApp;
let district: TestClient;
let groupId: string;
const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;

before(async () => {
  t = await startTestApp({ clock: fixedClock('2026-11-23T03:00:00Z') });
  district = await t.as('demo.district');
  groupId = await registerGroup(district);
  await joinMembers(district, groupId, 2, { idSeed: 5000 }); // member n's ID is thaiIdFor(5000 + n)
  expectStatus(
    await write(district, `/api/v1/groups/${groupId}/meeting-days`, {
      postedOn: '2026-11-05',
      rows: [
        { memberNo: 1, pledge: 10000, specialDeposit: 25050 },
        { memberNo: 2, pledge: 10000 },
      ],
    }),
    201,
  );
});
after(() => t.close());

const issue = async (memberNo: number) => {
  const res = await district.post(`/api/v1/groups/${groupId}/members/${memberNo}/passbook-link`);
  expectStatus(res, 201);
  return res.body as { url: string; qrDataUrl: string };
};
const open = (token: string, thaiId: string) => t.client().post(`/api/v1/public/passbook/${token}`, { thaiId });

test('the member opens their passbook with their own citizen ID and sees what the books say, and the chain head', async () => {
  const link = await issue(1);
  const png = Buffer.from(link.qrDataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
  assert.equal(decodeQrPng(png), link.url, 'the QR is the link');
  assert.match(link.url, /\/passbook\/[A-Za-z0-9_-]{32}$/);

  const id = thaiIdFor(5001);
  const res = await open(
    tokenOf(link.url),
    `${id.slice(0, 1)}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`,
  );
  expectStatus(res, 200);
  assert.equal(res.body.memberNo, 1);
  assert.deepEqual(res.body.balances, { pledgedSavings: 10000, specialSavings: 25050, loansOutstanding: 0 });
  const member = (await district.get(`/api/v1/groups/${groupId}/members/1`)).body;
  assert.deepEqual(res.body.balances, member.balances, 'the same figures the treasurer sees');
  assert.equal(res.body.lastEntries[0].pledged, 10000);
  assert.equal(res.body.lastEntries[0].special, 25050);
  const book = (
    await sql<{
      n: string;
      h: Uint8Array;
    }>`SELECT (next_entry_no - 1)::text AS n, head_hash AS h FROM ledger_book WHERE group_id = ${groupId}`.execute(
      t.database.db,
    )
  ).rows[0]!;
  assert.deepEqual(res.body.chain, {
    intact: true,
    headEntryNo: Number(book.n),
    headHash: Buffer.from(book.h).toString('hex'),
    checkedAt: '2026-11-23T03:00:00.000Z',
  });
  const audit = await sql<{ after: unknown }>`SELECT after FROM audit_log WHERE action = 'passbook.issue'`.execute(
    t.database.db,
  );
  assert.equal(audit.rows.length, 1);
  assert.ok(!JSON.stringify(audit.rows).includes(tokenOf(link.url)), 'the link itself is never stored or audited');
});

test('another member’s ID, a malformed ID or an unknown link is refused; five wrong IDs lock the link', async () => {
  const token = tokenOf((await issue(2)).url);
  expectStatus(await open(token, '12345'), 422);
  const wrong = await open(token, thaiIdFor(5001));
  expectStatus(wrong, 403);
  assert.equal(wrong.body.error.messageTh, 'เลขประจำตัวประชาชนไม่ตรงกับเจ้าของสมุดบัญชีนี้');
  expectStatus(await open('A'.repeat(32), thaiIdFor(5002)), 404);
  for (let i = 0; i < 4; i++) expectStatus(await open(token, thaiIdFor(6000 + i)), 403);
  const locked = await open(token, thaiIdFor(5002));
  expectStatus(locked, 429);
  assert.match(locked.body.error.messageTh, /รอ 15 นาที/);
});

test('a reissued QR replaces the old one; an edited book reads as not intact', async () => {
  const first = tokenOf((await issue(1)).url);
  const second = tokenOf((await issue(1)).url);
  expectStatus(await open(first, thaiIdFor(5001)), 404);
  expectStatus(await open(second, thaiIdFor(5001)), 200);
  await t.database.db.transaction().execute(async (trx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    await sql`UPDATE journal_entry SET memo = 'แก้ไข' WHERE group_id = ${groupId} AND entry_no = 1`.execute(trx);
  });
  const after = await open(second, thaiIdFor(5001));
  expectStatus(after, 200);
  assert.equal(after.body.chain.intact, false);
  // A district user elsewhere cannot issue one.
  const other = await t.as('demo.officer');
  expectStatus(await other.post(`/api/v1/groups/${groupId}/members/1/passbook-link`), 404);
});
