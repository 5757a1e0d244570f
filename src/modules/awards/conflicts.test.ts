import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MemberRow, NominationRow } from './awards.repository.js';
import { automaticReason } from './conflicts.js';

const bangpakong = {
  org_unit_id: '2404',
  unit_path: '/TH/24/2404/',
  unit_kind: 'district',
  unit_name_th: 'บางปะกง',
} as NominationRow;
const judge = (person_path: string, heads_units: string[] = []) =>
  ({ person_path, heads_units }) as unknown as MemberRow;

test("a judge is conflicted on a district's dossier when living or working in it, or heading its office", () => {
  assert.equal(automaticReason(judge('/TH/24/2404/240401/'), bangpakong), 'กรรมการเป็นบุคคลในอำเภอบางปะกง ซึ่งเป็นผู้เสนอชื่อ');
  assert.equal(automaticReason(judge('/TH/24/2404/'), bangpakong), 'กรรมการเป็นบุคคลในอำเภอบางปะกง ซึ่งเป็นผู้เสนอชื่อ');
  // A district head account whose person record sits at the province still heads that office.
  assert.equal(
    automaticReason(judge('/TH/24/', ['2404']), bangpakong),
    'กรรมการเป็นพัฒนาการอำเภอของอำเภอบางปะกง ซึ่งเป็นผู้เสนอชื่อ',
  );
  assert.equal(automaticReason(judge('/TH/24/'), bangpakong), null);
  // A path that merely starts with the same digits is another district.
  assert.equal(automaticReason(judge('/TH/24/24041/'), bangpakong), null);
});
