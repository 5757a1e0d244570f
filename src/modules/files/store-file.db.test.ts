// Files live in the caller's transaction: refused uploads and rolled-back records leave nothing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { AppError } from '../../kernel/errors.js';
import { countRows, startTestApp, type TestApp } from '../../testing/test-app.js';
import { fileDownload } from './file-download.js';
import { readStoredFile } from './read-file.js';
import { storeFile, type StoreFileInput } from './store-file.js';

let t: TestApp;
before(async () => {
  t = await startTestApp({ demo: false });
});
after(() => t.close());

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const input = (over: Partial<StoreFileInput> = {}): StoreFileInput => ({
  bytes: png,
  fileName: 'ภาพกิจกรรม.png',
  orgUnitId: '52',
  createdBy: null,
  accept: ['image'],
  maxBytes: 1024,
  field: 'photo',
  ...over,
});

test('a stored file reads back byte for byte with its sniffed type and hash', async () => {
  const meta = await storeFile(t.database.db, input());
  assert.equal(meta.contentType, 'image/png');
  assert.equal(meta.byteSize, 12);
  assert.equal(meta.sha256, createHash('sha256').update(png).digest('hex'));
  const back = await readStoredFile(t.database.db, meta.id);
  assert.deepEqual(Array.from(back!.content), Array.from(png));
  assert.equal(back!.fileName, 'ภาพกิจกรรม.png');
  const res = fileDownload(back!, { inline: true });
  assert.equal(res.headers.get('content-type'), 'image/png');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.match(res.headers.get('content-disposition')!, /^inline; filename="_+\.png"; filename\*=UTF-8''%E0%B8%A0/);
  assert.equal(await readStoredFile(t.database.db, '00000000-0000-0000-0000-000000000000'), undefined);
  assert.equal(await readStoredFile(t.database.db, "'; drop table stored_file; --"), undefined);
});

test('empty, oversized and wrongly-typed uploads are refused in Thai and store nothing', async () => {
  const before = await countRows(t, 'stored_file');
  const refusal = async (over: Partial<StoreFileInput>) => {
    const err = await storeFile(t.database.db, input(over)).then(
      () => assert.fail('expected a refusal'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof AppError);
    return err.issues[0];
  };
  assert.equal((await refusal({ bytes: new Uint8Array() }))?.messageTh, 'ไฟล์ว่างเปล่า กรุณาเลือกไฟล์ใหม่');
  const big = new Uint8Array(3 * 1024 * 1024);
  big.set(png);
  assert.equal((await refusal({ bytes: big, maxBytes: 2 * 1024 * 1024 }))?.messageTh, 'ไฟล์มีขนาด 3 MB เกินกำหนด 2 MB');
  const pdfNamedJpg = await refusal({ bytes: new TextEncoder().encode('%PDF-1.4 fake'), fileName: 'photo.jpg' });
  assert.equal(pdfNamedJpg?.path, 'photo');
  assert.match(pdfNamedJpg!.messageTh, /ต้องเป็นรูปภาพ/);
  assert.equal(await countRows(t, 'stored_file'), before);
});

test('a file stored in a transaction that fails is gone with it', async () => {
  const before = await countRows(t, 'stored_file');
  await assert.rejects(
    t.database.db.transaction().execute(async (trx) => {
      await storeFile(trx, input());
      throw new Error('the linking record failed');
    }),
    /linking record failed/,
  );
  assert.equal(await countRows(t, 'stored_file'), before);
});
