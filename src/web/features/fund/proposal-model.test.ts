import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HouseholdSummary, Proposal } from '../../api/fund-types.js';
import { checkItems, draftsFor, itemIssues, matrixStatusOf, toProposalInput, totalOf } from './proposal-model.js';

const hh = (id: string): HouseholdSummary => ({
  id,
  householdNo: 1,
  district: { id: '5201', nameTh: 'เมืองลำปาง' },
  village: { id: 'v', nameTh: 'บ้านทดสอบ', villageNo: 1 },
  houseNo: '1',
  headName: id,
  headThaiIdMasked: '3-5201-xxxxx-xx-1',
  members: 0,
  tpmap: true,
  vulnerability: null,
  surveyedOn: '2024-10-01',
});

test('costs are typed in baht and sent in satang through the one parser; bad amounts are named per row', () => {
  const drafts = draftsFor([hh('a'), hh('b'), hh('c')], null);
  drafts[0] = {
    ...drafts[0]!,
    include: true,
    helpKind: 'housing',
    helpTh: 'ซ่อมหลังคา',
    cost: '1,250.50',
    reasonTh: 'หลังคารั่ว',
  };
  drafts[2] = { ...drafts[2]!, include: true, helpKind: 'goods', helpTh: 'ถุงยังชีพ', cost: '800.005', reasonTh: 'x' };
  const { errors, none } = checkItems(drafts);
  assert.equal(none, null);
  assert.deepEqual(Object.keys(errors), ['c']);
  assert.match(errors.c!.cost!, /[\u0E00-\u0E7F]/);
  assert.equal(totalOf(drafts), 125_050, 'the row that does not parse counts as nothing');
  drafts[2] = { ...drafts[2]!, cost: '800' };
  const body = toProposalInput('5201', ' สรุป ', drafts);
  assert.deepEqual(
    body.items.map((i) => [i.householdId, i.cost]),
    [
      ['a', 125_050],
      ['c', 80_000],
    ],
  );
  assert.equal(body.summaryTh, 'สรุป');
});

test('nothing ticked, or a ticked row without its help, cost or reason, is refused in Thai', () => {
  const drafts = draftsFor([hh('a')], null);
  assert.match(checkItems(drafts).none!, /อย่างน้อยหนึ่งครัวเรือน/);
  drafts[0] = { ...drafts[0]!, include: true, cost: '0' };
  const e = checkItems(drafts).errors.a!;
  assert.deepEqual(Object.keys(e).sort(), ['cost', 'helpKind', 'helpTh', 'reasonTh']);
  assert.match(e.cost!, /มากกว่า 0 บาท/);
});

test('server issues numbered by ticked row land on the right household', () => {
  const drafts = draftsFor([hh('a'), hh('b'), hh('c')], null).map((d) => ({ ...d, include: d.householdId !== 'a' }));
  const out = itemIssues(drafts, [
    { path: 'items.1.householdId', messageTh: 'ไม่พบครัวเรือนนี้', messageEn: '' },
    { path: 'items.0.cost', messageTh: 'ค่าใช้จ่ายไม่ถูกต้อง', messageEn: '' },
  ]);
  assert.deepEqual(out, { c: { include: 'ไม่พบครัวเรือนนี้' }, b: { cost: 'ค่าใช้จ่ายไม่ถูกต้อง' } });
});

test('a proposal sent back is offered again as it was; statuses read as the requests badges', () => {
  const prior = {
    items: [{ household: { id: 'b' }, helpKind: 'cash', helpTh: 'เงินช่วยเหลือ', cost: 100_000, reasonTh: 'ยากจน' }],
  } as unknown as Proposal;
  const drafts = draftsFor([hh('a'), hh('b')], prior);
  assert.deepEqual(drafts[1], {
    householdId: 'b',
    include: true,
    helpKind: 'cash',
    helpTh: 'เงินช่วยเหลือ',
    cost: '1,000.00',
    reasonTh: 'ยากจน',
  });
  assert.equal(drafts[0]!.include, false);
  assert.deepEqual(
    [
      matrixStatusOf('expected', null),
      matrixStatusOf('draft', null),
      matrixStatusOf('submitted', false),
      matrixStatusOf('submitted', true),
      matrixStatusOf('returned', false),
      matrixStatusOf('accepted', true),
    ],
    ['missing', 'missing', 'on_time', 'late', 'returned', 'accepted'],
  );
});
