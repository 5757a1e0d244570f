// Seed 004: Phayao's SMART Saving Group circular, mail-merged to ปง, ภูซาง, เชียงคำ and แม่ใจ, issued
// with four consecutive register numbers, printed as DOCX and PDF, delivered to each district's
// inbox only, received there into the district's own register.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { closePdfRenderer } from '../../server/pdf.js';
import { expectStatus } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import {
  createPerson,
  PHAYAO_DISTRICTS,
  SEED_004_SUBJECT,
  seed004Draft,
  TINY_PDF,
  userWithRole,
} from './letters.fixtures.js';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('seed 004 mail-merged to four Phayao districts', () => {
  let t: TestApp;
  let phayao: TestClient;
  let pong: TestClient;
  let chiangKham: TestClient;
  let letter: { id: string; copies: { id: string; number: string; runningNo: number; addressee: { id: string } }[] };
  let fileId: string;
  const copyFor = (districtId: string) => letter.copies.find((c) => c.addressee.id === districtId)!;

  before(async () => {
    // 20 April 2564 (2021) in Bangkok, the seed letter's date.
    t = await startTestApp({ clock: fixedClock('2021-04-20T03:00:00Z') });
    phayao = await userWithRole(t, 'province_admin', '56');
    pong = await userWithRole(t, 'district_head', '5606');
    chiangKham = await userWithRole(t, 'district_staff', '5603');
    const signer = await createPerson(t, {
      title: 'นาง',
      firstName: 'อภัสรา',
      lastName: 'รงพิทักษ์',
      orgUnitId: '56',
      positionCode: 'provincial_head',
    });
    expectStatus(await phayao.request('PUT', '/api/v1/letter-books/56', { bookCode: 'พย ๐๐๑๙.๑' }), 200);
    const draft = await phayao.post('/api/v1/letters', seed004Draft(signer));
    expectStatus(draft, 201);
    const form = new FormData();
    form.set('file', new File([TINY_PDF], 'แนวทางการดำเนินงาน.pdf'));
    const attached = await phayao.post(`/api/v1/letters/${draft.body.id}/attachments`, form);
    expectStatus(attached, 201);
    fileId = attached.body.id;
    const issued = await phayao.post(`/api/v1/letters/${draft.body.id}/issue`);
    expectStatus(issued, 200);
    letter = issued.body;
  });
  after(async () => {
    await closePdfRenderer();
    await t.close();
  });

  test('four copies take four consecutive numbers from the circular series, in addressee order', () => {
    assert.deepEqual(
      letter.copies.map((c) => [c.addressee.id, c.runningNo, c.number]),
      [
        ['5606', 1, 'พย ๐๐๑๙.๑/ว ๑'],
        ['5608', 2, 'พย ๐๐๑๙.๑/ว ๒'],
        ['5603', 3, 'พย ๐๐๑๙.๑/ว ๓'],
        ['5607', 4, 'พย ๐๐๑๙.๑/ว ๔'],
      ],
    );
  });

  test('each PDF names its own district and carries the exact subject; page 1 is rendered to PNG', async () => {
    mkdirSync('test-artifacts', { recursive: true });
    for (const [id, name] of PHAYAO_DISTRICTS) {
      const res = await phayao.getRaw(`/api/v1/letter-copies/${copyFor(id).id}/letter.pdf`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/pdf');
      const file = `test-artifacts/letter-004-${id}.pdf`;
      writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
      const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
      assert.ok(text.includes(squash(`เรียน นายอำเภอ${name}`)), `${id}: ${text.slice(0, 400)}`);
      assert.ok(text.includes(squash(`เรื่อง ${SEED_004_SUBJECT}`)), `${id}: subject missing`);
      assert.ok(text.includes(squash('ที่ พย ๐๐๑๙.๑/ว')), `${id}: number missing`);
      assert.ok(text.includes('๒๐เมษายน๒๕๖๔'), `${id}: date missing`);
      for (const [other, otherName] of PHAYAO_DISTRICTS)
        if (other !== id) assert.ok(!text.includes(`นายอำเภอ${otherName}`), `${id} mentions ${otherName}`);
    }
    execFileSync('pdftoppm', [
      ...['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile'],
      'test-artifacts/letter-004-5606.pdf',
      'test-artifacts/letter-004-5606',
    ]);
  });

  test('each DOCX is well-formed Word XML in TH Sarabun New 16 pt with its own addressee', async () => {
    for (const [id, name] of PHAYAO_DISTRICTS) {
      const res = await phayao.getRaw(`/api/v1/letter-copies/${copyFor(id).id}/letter.docx`);
      assert.equal(res.status, 200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      writeFileSync(`test-artifacts/letter-004-${id}.docx`, bytes);
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      const parser = new SaxesParser();
      parser.write(xml).close(); // throws on malformed XML
      assert.ok(xml.includes(SEED_004_SUBJECT));
      assert.ok(xml.includes(`นายอำเภอ${name}`));
      const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1]!);
      assert.ok(runs.length > 20);
      for (const r of runs) {
        assert.match(
          r,
          /<w:rFonts w:ascii="TH Sarabun New" w:cs="TH Sarabun New" w:eastAsia="TH Sarabun New" w:hAnsi="TH Sarabun New"\/>/,
        );
        assert.match(r, /<w:sz w:val="32"\/>/);
        assert.match(r, /<w:szCs w:val="32"\/>/);
      }
      assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
      assert.match(xml, /<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1701"/);
    }
  });

  test('a district sees its own copy and its attachment, and no other district’s', async () => {
    const inbox = await pong.get('/api/v1/letter-inbox');
    expectStatus(inbox, 200);
    assert.equal(inbox.body.unit.id, '5606');
    assert.deepEqual(
      inbox.body.items.map((c: { number: string; subject: string }) => [c.number, c.subject]),
      [['พย ๐๐๑๙.๑/ว ๑', SEED_004_SUBJECT]],
    );
    const own = await pong.get(`/api/v1/letter-copies/${copyFor('5606').id}`);
    expectStatus(own, 200);
    assert.equal(own.body.document.salutation, 'นายอำเภอปง');
    assert.equal(own.body.document.date, '๒๐ เมษายน ๒๕๖๔');
    assert.deepEqual(own.body.document.signerPosition, ['พัฒนาการจังหวัด ปฏิบัติราชการแทน', 'ผู้ว่าราชการจังหวัดพะเยา']);
    assert.deepEqual(
      own.body.attachments.map((f: { id: string; fileName: string }) => [f.id, f.fileName]),
      [[fileId, 'แนวทางการดำเนินงาน.pdf']],
    );
    const file = await pong.getRaw(`/api/v1/letter-copies/${copyFor('5606').id}/attachments/${fileId}`);
    assert.equal(file.status, 200);
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), TINY_PDF);

    const other = copyFor('5606').id;
    for (const path of [
      `/api/v1/letter-copies/${other}`,
      `/api/v1/letter-copies/${other}/letter.pdf`,
      `/api/v1/letter-copies/${other}/letter.docx`,
      `/api/v1/letter-copies/${other}/attachments/${fileId}`,
      `/api/v1/letters/${letter.id}`,
      `/api/v1/letter-inbox?orgUnitId=5606`,
    ])
      expectStatus(await chiangKham.get(path), 404);
    const theirs = await chiangKham.get('/api/v1/letter-inbox');
    assert.deepEqual(
      theirs.body.items.map((c: { number: string }) => c.number),
      ['พย ๐๐๑๙.๑/ว ๓'],
    );
    // Lampang's province office sees none of Phayao's letters.
    const lampang = await t.as('demo.province');
    expectStatus(await lampang.get(`/api/v1/letter-copies/${other}`), 404);
    assert.deepEqual((await lampang.get('/api/v1/letters')).body.items, []);
  });

  test('ลงรับ numbers the copy in the district’s own receive register, once', async () => {
    const copy = copyFor('5603').id;
    const received = await chiangKham.post(`/api/v1/letter-copies/${copy}/receive`);
    expectStatus(received, 200);
    assert.equal(received.body.receivedNo, 1);
    assert.equal(received.body.receivedAt, '2021-04-20T03:00:00.000Z');
    expectStatus(await chiangKham.post(`/api/v1/letter-copies/${copy}/receive`), 409);
    // Each district numbers its own receive register.
    const pongCopy = await pong.post(`/api/v1/letter-copies/${copyFor('5606').id}/receive`);
    expectStatus(pongCopy, 200);
    assert.equal(pongCopy.body.receivedNo, 1);
  });
});
