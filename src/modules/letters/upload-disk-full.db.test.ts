// Fault test: the disk fills while an upload is written. The database refuses the write (SQLSTATE
// 53100); here that refusal is raised at the point the file's content has been written, inside the
// upload's transaction. The user gets a clear 503 in Thai, and neither the file nor the record it
// was attached to is left behind; once space is back, the same upload goes through.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { onFailpoint } from '../../db/failpoint.js';
import { expectStatus } from '../../testing/savings-fixtures.js';
import { countRows, fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { createPerson, seed004Draft, TINY_PDF, userWithRole } from './letters.fixtures.js';

let t: TestApp;
let phayao: TestClient;
let letterId: string;
before(async () => {
  t = await startTestApp({ clock: fixedClock('2021-04-20T03:00:00Z') });
  phayao = await userWithRole(t, 'province_admin', '56');
  const signer = await createPerson(t, {
    title: 'นาง',
    firstName: 'อภัสรา',
    lastName: 'รงพิทักษ์',
    orgUnitId: '56',
    positionCode: 'provincial_head',
  });
  const draft = await phayao.post('/api/v1/letters', seed004Draft(signer));
  expectStatus(draft, 201);
  letterId = draft.body.id;
});
after(async () => {
  onFailpoint(undefined);
  await t.close();
});

test('an upload that fills the disk answers 503 in Thai and leaves no file and no attachment', async () => {
  const attach = () => {
    const form = new FormData();
    form.set('file', new File([TINY_PDF], 'แนวทาง.pdf'));
    return phayao.post(`/api/v1/letters/${letterId}/attachments`, form);
  };
  const before = { files: await countRows(t, 'stored_file'), attachments: await countRows(t, 'letter_attachment') };
  onFailpoint(async (name) => {
    if (name === 'file-stored')
      throw Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' });
  });
  const full = await attach();
  onFailpoint(undefined);
  expectStatus(full, 503);
  assert.equal(full.body.error.code, 'storage_full');
  assert.match(full.body.error.messageTh, /พื้นที่จัดเก็บข้อมูลของระบบเต็ม/);
  assert.deepEqual(
    { files: await countRows(t, 'stored_file'), attachments: await countRows(t, 'letter_attachment') },
    before,
    'no orphan file, no attachment',
  );
  expectStatus(await attach(), 201);
  assert.equal(await countRows(t, 'stored_file'), before.files + 1);
});
