// Households' personal data: only the owning district and the province's fund officers read it; a
// district user gets 404 on another district's household and is refused registering outside its
// district (nothing written); no list, export or audit record carries an unmasked citizen ID.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { thaiIdFor } from '../../db/seed/demo-ids.js';
import type { TestApp, TestClient } from '../../testing/test-app.js';
import { counts, FUND_OFFICER, movableClock, ok, refused, sessions, smallFund, startFundApp } from './fund.fixtures.js';

const HOUSEHOLD_TABLES = ['fund_household', 'fund_household_member', 'audit_log', 'request_idempotency'] as const;
const ID_MUANG = thaiIdFor(80_001);
const ID_MAE_THA = thaiIdFor(80_002);

describe('staff fund: households are the owning district’s and the fund officers’ only', () => {
  const clock = movableClock('2024-10-02T03:00:00Z');
  let t: TestApp;
  let as: ReturnType<typeof sessions>;
  let fundId: string;
  let muang: TestClient; // demo.district, เมืองลำปาง (5201)
  let maeTha: TestClient; // demo.officer, แม่ทะ (5205)
  const villages: Record<string, string> = {};
  const households: Record<string, string> = {};

  async function village(c: TestClient, district: string, no: number) {
    const sub = ok(await c.get(`/api/v1/org-units?parentId=${district}`)).body.items[0];
    return ok(await c.post('/api/v1/org-units', { parentId: sub.id, villageNo: no, nameTh: `บ้านทดสอบ ${no}` }), 201)
      .body.id as string;
  }
  const household = (villageId: string, thaiId: string, over: Record<string, unknown> = {}) => ({
    villageId,
    houseNo: '99/1',
    head: { title: 'นาง', firstName: 'บุญมี', lastName: 'ทดสอบ', thaiId },
    members: [{ title: 'นาย', firstName: 'บุญมา', lastName: 'ทดสอบ', relation: 'สามี', birthYearBe: 2500 }],
    tpmap: true,
    failedIndicators: [{ dimension: 'living', indicatorTh: 'บ้านมีสภาพไม่คงทนถาวร' }],
    needsTh: 'ซ่อมแซมบ้าน',
    surveyedOn: '2024-10-01',
    ...over,
  });

  before(async () => {
    t = await startFundApp(clock);
    as = sessions(t, clock);
    const officer = await as(FUND_OFFICER);
    fundId = (await smallFund(officer, [])).id;
    ok(
      await officer.post(`/api/v1/funds/${fundId}/proposal-request`, { title: 'ข้อเสนอ', deadline: '2024-10-15' }),
      201,
    );
    muang = await as('demo.district');
    maeTha = await as('demo.officer');
    villages['5201'] = await village(muang, '5201', 3);
    villages['5205'] = await village(maeTha, '5205', 4);
    households['5201'] = ok(
      await muang.post(`/api/v1/funds/${fundId}/households`, household(villages['5201'], ID_MUANG)),
      201,
    ).body.id;
    households['5205'] = ok(
      await maeTha.post(`/api/v1/funds/${fundId}/households`, household(villages['5205'], ID_MAE_THA)),
      201,
    ).body.id;
  });
  after(() => t.close());

  test('a household outside the district is refused with a clear message and nothing written', async () => {
    const before = await counts(t, [...HOUSEHOLD_TABLES]);
    const e = refused(
      await muang.post(`/api/v1/funds/${fundId}/households`, household(villages['5205']!, thaiIdFor(80_003))),
      403,
      'household_outside_scope',
    );
    assert.equal(e.issues[0]!.path, 'villageId');
    assert.match(e.messageTh, /หมู่ที่ 4 บ้านทดสอบ 4 อยู่ในอำเภองาว ซึ่งไม่ใช่เขตอำเภอของท่าน/);
    // Nor may a district propose another district's household.
    const p = refused(
      await muang.post(`/api/v1/funds/${fundId}/proposals`, {
        districtId: '5201',
        items: [
          { householdId: households['5205'], helpKind: 'goods', helpTh: 'ถุงยังชีพ', cost: 50_000, reasonTh: 'เปราะบาง' },
        ],
      }),
      422,
      'validation_failed',
    );
    assert.equal(p.issues[0]!.path, 'items.0.householdId');
    assert.match(p.issues[0]!.messageTh, /เสนอได้เฉพาะครัวเรือนในเขตอำเภอของท่าน/);
    refused(await muang.post(`/api/v1/funds/${fundId}/proposals`, { districtId: '5205', items: [] }), 403, 'forbidden');
    // Bad input is named by field: an ID with a wrong check digit, a TPMAP household with nothing failed.
    const bad = refused(
      await muang.post(
        `/api/v1/funds/${fundId}/households`,
        household(villages['5201']!, ID_MUANG.slice(0, 12) + String((Number(ID_MUANG[12]) + 1) % 10), {
          failedIndicators: [],
        }),
      ),
      422,
      'validation_failed',
    );
    assert.deepEqual(
      bad.issues.map((i) => i.path),
      ['head.thaiId', 'failedIndicators'],
    );
    refused(
      await muang.post(`/api/v1/funds/${fundId}/households`, household(villages['5201']!, ID_MUANG)),
      409,
      'household_exists',
    );
    assert.deepEqual(await counts(t, [...HOUSEHOLD_TABLES]), before);
  });

  test('a district user gets 404 on another district’s household; the fund officers read both', async () => {
    refused(await muang.get(`/api/v1/fund-households/${households['5205']}`), 404, 'not_found');
    const own = ok(await muang.get(`/api/v1/fund-households/${households['5201']}`)).body;
    assert.equal(own.headThaiId, ID_MUANG); // the single-record view, for its own district
    assert.equal(own.canEdit, true);
    const list = ok(await muang.get(`/api/v1/funds/${fundId}/households`)).body.items;
    assert.deepEqual(
      list.map((h: { id: string }) => h.id),
      [households['5201']],
    );
    const officer = await as(FUND_OFFICER);
    const all = ok(await officer.get(`/api/v1/funds/${fundId}/households`)).body.items;
    assert.equal(all.length, 2);
    assert.equal(ok(await officer.get(`/api/v1/fund-households/${households['5205']}`)).body.canEdit, false);
    // The provincial head and the province's other staff see the fund, not its households.
    for (const u of ['demo.province', 'demo.staff', 'demo.hq']) {
      const c = await as(u);
      assert.deepEqual(ok(await c.get(`/api/v1/funds/${fundId}/households`)).body.items, [], u);
      refused(await c.get(`/api/v1/fund-households/${households['5201']}`), 404, 'not_found');
    }
  });

  test('no list or export carries an unmasked citizen ID, nor does the audit log', async () => {
    const officer = await as(FUND_OFFICER);
    const masked = (id: string) => `${id[0]}-${id.slice(1, 5)}-xxxxx-xx-${id[12]}`;
    const lists = [
      ok(await officer.get(`/api/v1/funds/${fundId}/households`)).body,
      ok(await muang.get(`/api/v1/funds/${fundId}/households`)).body,
      ok(await officer.get(`/api/v1/funds/${fundId}/proposals`)).body,
    ];
    const text = JSON.stringify(lists);
    for (const id of [ID_MUANG, ID_MAE_THA]) assert.ok(!text.includes(id), 'an unmasked ID in a list');
    assert.ok(!/\d{13}/.test(text.replace(/[0-9a-f-]{36}/g, '')), 'thirteen digits in a row in a list');
    assert.ok(text.includes(masked(ID_MUANG)) && text.includes(masked(ID_MAE_THA)));

    const res = await officer.getRaw(`/api/v1/funds/${fundId}/households.xlsx`);
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value)))));
    assert.ok(cells.includes(masked(ID_MUANG)) && cells.includes(masked(ID_MAE_THA)));
    assert.ok(
      !cells.some((c) => /\d{13}/.test(c.replace(/\D/g, (ch) => (ch === '-' ? '' : ch)))),
      'an ID in the export',
    );
    assert.ok(!cells.some((c) => c.includes(ID_MUANG) || c.includes(ID_MAE_THA)));

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity_type', '=', 'fund_household')
      .execute();
    assert.equal(audit.length, 2);
    const logged = JSON.stringify(audit);
    assert.ok(!logged.includes(ID_MUANG) && !logged.includes(ID_MAE_THA), 'an unmasked ID in the audit log');
  });

  test('the owning district corrects its household; a stale version is refused', async () => {
    const h = ok(await muang.get(`/api/v1/fund-households/${households['5201']}`)).body;
    const body = { ...household(villages['5201']!, ID_MUANG, { houseNo: '99/2' }), version: h.version };
    const updated = ok(await muang.request('PUT', `/api/v1/fund-households/${households['5201']}`, body)).body;
    assert.equal(updated.houseNo, '99/2');
    refused(await muang.request('PUT', `/api/v1/fund-households/${households['5201']}`, body), 409, 'stale_version');
    refused(
      await maeTha.request('PUT', `/api/v1/fund-households/${households['5201']}`, { ...body, version: 2 }),
      404,
      'not_found',
    );
  });
});
