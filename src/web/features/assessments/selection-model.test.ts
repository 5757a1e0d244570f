import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Target } from '../../api/assessments-types.js';
import {
  clearBlockedTh,
  managedProvinces,
  provinceSelections,
  resultTh,
  statusTh,
  type UnitLike,
} from './selection-model.js';

const TH: UnitLike = { id: 'TH', kind: 'department', nameTh: 'กรมการพัฒนาชุมชน' };
const LAMPANG: UnitLike = { id: '52', kind: 'province', nameTh: 'ลำปาง' };
const PHAYAO: UnitLike = { id: '56', kind: 'province', nameTh: 'พะเยา' };
const MUANG: UnitLike = { id: '5201', kind: 'district', nameTh: 'เมืองลำปาง' };

const nation = { orgUnit: { id: 'TH', nameTh: 'กรมการพัฒนาชุมชน' }, canManage: true };

function target(
  groupId: string,
  province: UnitLike,
  rank: number,
  forumStatus: Target['forumStatus'] = 'none',
): Target {
  return {
    groupId,
    groupNameTh: `กลุ่ม ${groupId}`,
    province: { id: province.id, nameTh: province.nameTh },
    district: { id: `${province.id}01`, nameTh: 'เมือง' },
    rank,
    reason: rank === 1 ? 'fund_centre_leader' : 'level',
    reasonTh: rank === 1 ? 'ระดับ 3 และเป็นแกนนำศูนย์จัดการกองทุนชุมชน' : 'ระดับ 3 อื่น ๆ — เงื่อนไขที่ 2',
    selectedOn: '2021-04-25',
    forumStatus,
    heldOn: null,
    planStatus: 'none',
    report: { dueOn: null, reportedOn: null, state: 'not_due' },
  };
}

test('who runs which province: the department every province, a province office its own, a district none', () => {
  assert.deepEqual(
    managedProvinces(nation, [TH], [LAMPANG, PHAYAO]).map((p) => p.id),
    ['52', '56'],
  );
  assert.deepEqual(
    managedProvinces(nation, [LAMPANG], []).map((p) => p.id),
    ['52'],
  );
  assert.deepEqual(managedProvinces(nation, [MUANG], []), []);
  assert.deepEqual(managedProvinces({ ...nation, canManage: false }, [TH], [LAMPANG]), []);
  // พะเยา's own program: the department runs พะเยา only, ลำปาง's office nothing.
  const phayao = { orgUnit: { id: '56', nameTh: 'พะเยา' }, canManage: true };
  assert.deepEqual(
    managedProvinces(phayao, [TH], [LAMPANG, PHAYAO]).map((p) => p.id),
    ['56'],
  );
  assert.deepEqual(managedProvinces(phayao, [LAMPANG], []), []);
});

test('each province: its quota (exception or default), its groups in rank order, forums held', () => {
  const rows = provinceSelections(
    { defaultQuota: 10, quotas: { '56': 2 } },
    [LAMPANG, PHAYAO],
    [target('b', PHAYAO, 2, 'draft'), target('x', LAMPANG, 1), target('a', PHAYAO, 1)],
  );
  assert.deepEqual(
    rows.map((r) => [r.province.id, r.quota, r.targets.map((x) => x.groupId), r.forums]),
    [
      ['52', 10, ['x'], 0],
      ['56', 2, ['a', 'b'], 1],
    ],
  );
  assert.equal(statusTh(rows[0]!), 'คัดเลือกแล้ว 1 จากโควตา 10 กลุ่ม');
  assert.equal(clearBlockedTh(rows[0]!), null);
  assert.equal(clearBlockedTh(rows[1]!), 'ยกเลิกไม่ได้ เพราะอำเภอบันทึกเวทีของกลุ่มเป้าหมายแล้ว 1 กลุ่ม');
  const none = provinceSelections({ defaultQuota: 10, quotas: {} }, [LAMPANG], [])[0]!;
  assert.equal(statusTh(none), 'ยังไม่ได้คัดเลือก (โควตา 10 กลุ่ม)');
});

test('a run says how many were chosen from how many candidates and leaders, or that none qualified', () => {
  const r = {
    province: { id: '52', nameTh: 'ลำปาง' },
    quota: 3,
    candidates: 5,
    leaders: 1,
    selected: 3,
    skipped: false,
  };
  assert.equal(resultTh(r), 'คัดเลือก 3 กลุ่ม จากกลุ่มระดับเป้าหมาย 5 กลุ่ม (เป็นแกนนำศูนย์จัดการกองทุนชุมชน 1 กลุ่ม)');
  assert.match(resultTh({ ...r, candidates: 0, leaders: 0, selected: 0 }), /ไม่มีกลุ่มในระดับเป้าหมาย/);
  assert.match(resultTh({ ...r, skipped: true }), /คัดเลือกไว้แล้ว/);
});
