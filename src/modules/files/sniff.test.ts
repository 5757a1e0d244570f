import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { safeFileName, sniffFile, zipEntryNames } from './sniff.js';

const bytes = (...xs: (number | string)[]) =>
  Uint8Array.from(xs.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x])));

test('images and PDFs are known by their first bytes, whatever the name says', () => {
  assert.equal(sniffFile(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0), 'a.pdf')?.contentType, 'image/jpeg');
  assert.equal(sniffFile(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0), 'x')?.contentType, 'image/png');
  assert.equal(sniffFile(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'x')?.kind, 'image');
  assert.equal(sniffFile(bytes('%PDF-1.7\n'), 'photo.jpg')?.kind, 'pdf');
  assert.equal(sniffFile(bytes('hello, this is text'), 'photo.jpg'), null);
  assert.equal(sniffFile(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'a.png'), null);
});

test('zip-based Office files are told apart by their entries; other zips are refused', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('ก').addRow(['ทดสอบ']);
  const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
  assert.ok(zipEntryNames(xlsx).includes('xl/workbook.xml'));
  assert.equal(sniffFile(xlsx, 'report.docx')?.kind, 'excel');
  assert.equal(sniffFile(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0), 'a.docx'), null);
});

test('legacy Office files need both the OLE2 signature and a matching name', () => {
  const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0);
  assert.equal(sniffFile(ole, 'แบบรายงาน.doc')?.contentType, 'application/msword');
  assert.equal(sniffFile(ole, 'สรุป.XLS')?.kind, 'excel');
  assert.equal(sniffFile(ole, 'x.exe'), null);
});

test('stored names lose folders and control characters and keep the real extension', () => {
  assert.equal(safeFileName('../../etc/passwd', 'pdf'), 'passwd.pdf');
  assert.equal(safeFileName('C:\\Users\\a\\รูปกิจกรรม.JPG', 'jpg'), 'รูปกิจกรรม.JPG');
  assert.equal(safeFileName('report"\u0000<x>.pdf', 'pdf'), 'reportx.pdf');
  assert.equal(safeFileName('...', 'png'), 'file.png');
  assert.equal(safeFileName('ก'.repeat(300), 'pdf').length, 200);
});
