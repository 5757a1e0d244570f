import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areaName } from './area-name.js';

test('areas are named with their kind word once; full names stay as they are', () => {
  assert.equal(areaName('province', 'ลำปาง'), 'จังหวัดลำปาง');
  assert.equal(areaName('district', 'เมืองลำปาง'), 'อำเภอเมืองลำปาง');
  assert.equal(areaName('subdistrict', 'ตำบลสบตุ๋ย'), 'ตำบลสบตุ๋ย');
  assert.equal(areaName('department', 'กรมการพัฒนาชุมชน'), 'กรมการพัฒนาชุมชน');
  assert.equal(areaName('work_group', 'กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน'), 'กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน');
});
