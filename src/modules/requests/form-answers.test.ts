import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFormDefinition, sumFields } from './form-definition.js';
import { checkAnswers } from './form-answers.js';
import { ZFormField } from './requests.schemas.js';
import { isLate, isLocked } from './timeliness.js';
import type { CivilDate } from '../../kernel/dates.js';

const form = [
  { key: 'amount', type: 'number', scale: 2, labelTh: 'ยอด', required: true, sumInMatrix: true },
  {
    key: 'rows',
    type: 'table',
    labelTh: 'รายการ',
    columns: [{ key: 'amount', type: 'money', labelTh: 'เงิน', sumInMatrix: true }],
  },
].map((f) => ZFormField.parse(f));
const none = new Map<string, number>();

test('numbers keep their exact decimals; table cells are checked by row and column', () => {
  const ok = checkAnswers(form, { amount: '1,234.50', rows: [{ amount: 100 }] }, { submit: true, fileCounts: none });
  assert.deepEqual(ok.issues, []);
  assert.deepEqual(ok.answers, { amount: 1234.5, rows: [{ amount: 100 }] });
  const bad = checkAnswers(
    form,
    { rows: [{ amount: 1 }, { amount: 1 }, { amount: 'x' }] },
    { submit: true, fileCounts: none },
  );
  assert.deepEqual(
    bad.issues.map((i) => [i.path, i.messageTh]),
    [
      ['amount', 'ยอด: กรุณากรอกข้อมูลนี้'],
      ['rows[2].amount', 'รายการ แถวที่ 3 เงิน: จำนวนเงินต้องเป็นจำนวนเต็มสตางค์ และไม่ติดลบ'],
    ],
  );
  // A draft may be incomplete, never wrong.
  assert.deepEqual(checkAnswers(form, {}, { submit: false, fileCounts: none }).issues, []);
});

test('sum fields include table columns under table.column keys', () => {
  assert.deepEqual(
    sumFields(form).map((s) => [s.key, s.scale]),
    [
      ['amount', 2],
      ['rows.amount', 0],
    ],
  );
  assert.deepEqual(checkFormDefinition(form), []);
  assert.equal(checkFormDefinition([])[0]!.path, 'fields');
  assert.equal(
    checkFormDefinition([ZFormField.parse({ key: '1x', type: 'date', labelTh: 'วัน' })])[0]!.path,
    'fields[0].key',
  );
});

test('on time means by the end of the deadline day in Bangkok; a lock spares returned reports', () => {
  const deadline = '2024-03-15' as CivilDate;
  assert.equal(isLate(new Date('2024-03-15T16:59:59.999Z'), deadline), false);
  assert.equal(isLate(new Date('2024-03-15T17:00:00Z'), deadline), true);
  const request = { lock_after_deadline: true, deadline };
  assert.equal(isLocked(request, { first_submitted_at: null, lock_exception: false }, '2024-03-16' as CivilDate), true);
  assert.equal(isLocked(request, { first_submitted_at: null, lock_exception: false }, deadline), false);
  assert.equal(isLocked(request, { first_submitted_at: null, lock_exception: true }, '2024-03-16' as CivilDate), false);
  assert.equal(
    isLocked(request, { first_submitted_at: new Date(), lock_exception: false }, '2024-03-16' as CivilDate),
    false,
  );
});
