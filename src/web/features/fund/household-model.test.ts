import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Household } from '../../api/fund-types.js';
import { thaiIdFor } from '../../../db/seed/demo-ids.js';
import { checkDraft, draftFrom, emptyDraft, emptyMember, toInput, type HouseholdDraft } from './household-model.js';

const filled = (over: Partial<HouseholdDraft> = {}): HouseholdDraft => ({
  ...emptyDraft('2024-10-03'),
  villageId: '520101-01',
  houseNo: '12/1',
  headTitle: 'นาง',
  headFirstName: 'คำปุ๋น',
  headLastName: 'ใจดี',
  thaiId: thaiIdFor(1).replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1-$2-$3-$4-$5'),
  vulnerability: 'vulnerable',
  needsTh: 'ผู้สูงอายุอยู่ลำพัง',
  ...over,
});

test('an empty form names every required field by the API path, in Thai', () => {
  const e = checkDraft(emptyDraft('2024-10-03'), { keepsId: false });
  for (const path of ['villageId', 'houseNo', 'head.title', 'head.firstName', 'head.lastName', 'head.thaiId']) {
    assert.match(e[path] ?? '', /[\u0E00-\u0E7F]/, path);
  }
  assert.match(e.vulnerability!, /TPMAP หรือเป็นครัวเรือนเปราะบาง/);
  assert.ok(e.needsTh);
});

test('a Thai ID is checked for length, digits and check digit; a kept ID on an edit is not asked for', () => {
  const id = thaiIdFor(1);
  const wrong = id.slice(0, 12) + String((Number(id[12]) + 1) % 10);
  assert.match(checkDraft(filled({ thaiId: wrong }), { keepsId: false })['head.thaiId']!, /เลขตรวจสอบ/);
  assert.match(checkDraft(filled({ thaiId: '12345' }), { keepsId: false })['head.thaiId']!, /๑๓ หลัก/);
  assert.match(checkDraft(filled({ thaiId: '12345abc90123' }), { keepsId: false })['head.thaiId']!, /ตัวเลข/);
  assert.deepEqual(checkDraft(filled(), { keepsId: false }), {});
  assert.deepEqual(checkDraft(filled({ thaiId: '' }), { keepsId: true }), {});
  assert.ok(checkDraft(filled({ thaiId: '' }), { keepsId: false })['head.thaiId']);
});

test('a TPMAP household names the indicators it fails; each row has both its dimension and its text', () => {
  const base = filled({ tpmap: true, vulnerability: '' });
  assert.match(checkDraft(base, { keepsId: false }).failedIndicators!, /อย่างน้อยหนึ่งข้อ/);
  const half = checkDraft({ ...base, indicators: [{ dimension: 'income', indicatorTh: ' ' }] }, { keepsId: false });
  assert.ok(half['failedIndicators.0.indicatorTh']);
  const ok = { ...base, indicators: [{ dimension: 'income' as const, indicatorTh: 'รายได้ต่ำกว่าเกณฑ์ จปฐ.' }] };
  assert.deepEqual(checkDraft(ok, { keepsId: false }), {});
  assert.deepEqual(toInput(ok).failedIndicators, [{ dimension: 'income', indicatorTh: 'รายได้ต่ำกว่าเกณฑ์ จปฐ.' }]);
  // Unticking TPMAP drops the indicators typed before.
  assert.deepEqual(toInput({ ...ok, tpmap: false, vulnerability: 'poor' }).failedIndicators, []);
});

test('members: names and relation required, a Buddhist-era birth year (Thai digits too) or none', () => {
  const d = filled({ members: [{ ...emptyMember(), firstName: 'มะลิ', lastName: 'ใจดี', birthYearBe: '25' }] });
  const e = checkDraft(d, { keepsId: false });
  assert.ok(e['members.0.relation']);
  assert.match(e['members.0.birthYearBe']!, /พ.ศ./);
  const ok = { ...d, members: [{ ...d.members[0]!, relation: 'หลาน', birthYearBe: '๒๕๕๗' }] };
  assert.deepEqual(checkDraft(ok, { keepsId: false }), {});
  assert.equal(toInput(ok).members[0]!.birthYearBe, 2557);
});

test('the body carries the ID as digits; an edit that kept the ID resends the one on record', () => {
  const d = filled();
  assert.equal(toInput(d).head.thaiId, thaiIdFor(1));
  const h = {
    ...toInput(d),
    id: 'h1',
    householdNo: 1,
    district: { id: '5201', nameTh: 'เมืองลำปาง' },
    village: { id: '520101-01', nameTh: 'บ้านทดสอบ', villageNo: 1 },
    headName: 'นางคำปุ๋น ใจดี',
    headThaiIdMasked: '3-5201-xxxxx-xx-1',
    members: 0,
    headThaiId: thaiIdFor(1),
    memberList: [],
    version: 3,
    canEdit: true,
  } as unknown as Household;
  const edit = draftFrom(h);
  assert.equal(edit.thaiId, '', 'the form never holds the full ID on an edit');
  assert.equal(toInput(edit, h.headThaiId).head.thaiId, thaiIdFor(1));
  assert.equal(toInput({ ...edit, thaiId: thaiIdFor(2) }, h.headThaiId).head.thaiId, thaiIdFor(2));
});
