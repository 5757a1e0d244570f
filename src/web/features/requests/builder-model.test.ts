import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FormField } from '../../api/requests-types.js';
import { fromFormField, toFormField } from './builder-model.js';

const saved: FormField[] = [
  { key: 'members', type: 'number', labelTh: 'สมาชิก', helpTh: '', required: true, scale: 2, sumInMatrix: true },
  {
    key: 'kind',
    type: 'choice',
    labelTh: 'ประเภท',
    helpTh: 'เลือกหนึ่งข้อ',
    required: false,
    multiple: false,
    options: [
      { value: 'agri', labelTh: 'เกษตร' },
      { value: 'craft', labelTh: 'หัตถกรรม' },
    ],
  },
  {
    key: 'docs',
    type: 'file',
    labelTh: 'เอกสาร',
    helpTh: '',
    required: false,
    accept: ['pdf'],
    maxBytes: 3 * 1024 * 1024,
    maxFiles: 2,
  },
  {
    key: 'rows',
    type: 'table',
    labelTh: 'ตาราง',
    helpTh: '',
    required: false,
    minRows: 1,
    maxRows: 20,
    columns: [{ key: 'amount', type: 'money', labelTh: 'เงิน', helpTh: '', required: true, sumInMatrix: true }],
  },
];

test('a saved draft opened in the builder and saved unchanged gives the same definition', () => {
  assert.deepEqual(
    saved.map((f) => toFormField(fromFormField(f))),
    saved,
  );
});

test('edited options keep the values of labels that stay; new labels take a free value', () => {
  const d = fromFormField(saved[1]!);
  const f = toFormField({ ...d, optionsText: 'หัตถกรรม\nบริการ\nเกษตร\nบริการ' });
  assert.deepEqual(f.options, [
    { value: 'craft', labelTh: 'หัตถกรรม' },
    { value: 'o1', labelTh: 'บริการ' },
    { value: 'agri', labelTh: 'เกษตร' },
    { value: 'o2', labelTh: 'บริการ' },
  ]);
});
