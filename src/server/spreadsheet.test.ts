import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../kernel/errors.js';
import { cellText, parseCsv, readSheetFile } from './spreadsheet.js';

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

test('CSV: RFC 4180 quoting, any line ending, record numbers as Excel shows them', () => {
  assert.deepEqual(cells('a,b\r\n"x, y","say ""hi"""\nlast,\rcr,only'), [
    ['a', 'b'],
    ['x, y', 'say "hi"'],
    ['last', ''],
    ['cr', 'only'],
  ]);
  const rows = parseCsv('h\r\n"two\r\nlines"\r\nnext\r\n');
  assert.deepEqual(rows, [
    { rowNumber: 1, cells: ['h'] },
    { rowNumber: 2, cells: ['two\r\nlines'] },
    { rowNumber: 3, cells: ['next'] },
  ]);
  assert.deepEqual(cells(' ชื่อ\u200b , x\u00a0'), [['ชื่อ', 'x']], 'spaces, NBSP and zero-width spaces trimmed');
  assert.deepEqual(cells(''), []);
});

test('CSV: broken quoting is refused with the row it starts in', () => {
  for (const bad of ['a\r\n"never closed', 'a\r\n"closed"then-text']) {
    assert.throws(
      () => parseCsv(bad),
      (e: AppError) => e.code === 'csv_malformed' && e.issues[0]!.path === 'row 2',
    );
  }
});

test('file type comes from the bytes: BOM or not, UTF-8 only, names must match content', async () => {
  const utf8 = new TextEncoder().encode('ชื่อ\r\nสมชาย\r\n');
  const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
  assert.deepEqual(
    (await readSheetFile(bom, 'a.CSV')).map((r) => r.cells),
    [['ชื่อ'], ['สมชาย']],
  );
  assert.deepEqual(
    (await readSheetFile(utf8, 'a.csv')).map((r) => r.cells),
    [['ชื่อ'], ['สมชาย']],
  );
  const zipNotWorkbook = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
  for (const [bytes, name] of [
    [zipNotWorkbook, 'a.xlsx'],
    [zipNotWorkbook, 'a.csv'],
    [utf8, 'a.xlsx'],
    [utf8, 'a.xls'],
    [utf8, 'csv'],
  ] as const) {
    await assert.rejects(readSheetFile(bytes, name), (e: AppError) => e.kind === 'unsupported', name);
  }
});

test('xlsx cells: every shape exceljs returns becomes the text shown, numbers with all digits', () => {
  assert.equal(cellText(1101700230708), '1101700230708');
  assert.equal(cellText(1e21), '1000000000000000000000');
  assert.equal(cellText(5201), '5201');
  assert.equal(cellText(1.5), '1.5');
  assert.equal(cellText({ richText: [{ text: 'สม' }, { text: 'ชาย' }] }), 'สมชาย');
  assert.equal(cellText({ formula: 'A1', result: 3100100123451 }), '3100100123451');
  assert.equal(cellText({ formula: 'A1' }), '');
  assert.equal(cellText({ sharedFormula: 'A1', result: 'x' }), 'x');
  assert.equal(cellText({ text: { richText: [{ text: 'a@b.co' }] }, hyperlink: 'mailto:a@b.co' }), 'a@b.co');
  assert.equal(cellText({ error: '#N/A' }), '#N/A');
  assert.equal(cellText(new Date(Date.UTC(2025, 0, 31))), '2025-01-31');
  assert.equal(cellText(null), '');
});
