// The outgoing register's rules: bad drafts write nothing and say why in Thai; numbers are taken
// once, never twice, never reused after a cancellation, even when two users issue at the same time.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expectStatus } from '../../testing/savings-fixtures.js';
import { fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { createPerson, seed004Draft, TINY_PDF, userWithRole } from './letters.fixtures.js';

describe('letter register', () => {
  let t: TestApp;
  let phayao: TestClient;
  let other: TestClient;
  let signer: string;
  const counts = async () => {
    const db = t.database.db;
    const n = async (table: 'letter' | 'letter_copy' | 'letter_attachment' | 'stored_file' | 'audit_log') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      letter: await n('letter'),
      copy: await n('letter_copy'),
      attachment: await n('letter_attachment'),
      file: await n('stored_file'),
      audit: await n('audit_log'),
    };
  };
  const draft = async (over: Record<string, unknown> = {}, c = phayao) => {
    const res = await c.post('/api/v1/letters', seed004Draft(signer, over));
    expectStatus(res, 201);
    return res.body.id as string;
  };
  const issue = (id: string, c = phayao) => c.post(`/api/v1/letters/${id}/issue`);

  before(async () => {
    t = await startTestApp({ clock: fixedClock('2025-12-30T03:00:00Z') });
    phayao = await userWithRole(t, 'province_admin', '56');
    other = await userWithRole(t, 'province_admin', '56');
    signer = await createPerson(t, {
      title: 'นาง',
      firstName: 'อภัสรา',
      lastName: 'รงพิทักษ์',
      orgUnitId: '56',
      positionCode: 'provincial_head',
    });
  });
  after(() => t.close());

  test('missing parts, unknown placeholders and no addressees are refused in Thai, writing nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ subject: '' }, 'subject', /^กรุณากรอกเรื่อง$/],
      [{ salutation: ' ' }, 'salutation', /^กรุณากรอกคำขึ้นต้น \(เรียน\)$/],
      [{ signerPersonId: null }, 'signerPersonId', /^กรุณาเลือกผู้ลงนาม$/],
      [{ addresseeIds: [] }, 'addresseeIds', /^กรุณาเลือกผู้รับอย่างน้อยหนึ่งหน่วยงาน$/],
      [{ body: ['เรียน{ชื่อตำบล} และ {ชื่ออำเภอ} {ชื่อนายก}'] }, 'body.0', /ไม่รู้จักช่องแทนที่ \{ชื่อตำบล\} \{ชื่อนายก\}/],
      [{ salutation: 'นายอำเภอ{อำเภอ}' }, 'salutation', /ไม่รู้จักช่องแทนที่ \{อำเภอ\}/],
      // A province has no district to fill {ชื่ออำเภอ} with.
      [{ addresseeIds: ['5606', '57'] }, 'salutation', /ผู้รับ "เชียงราย" ไม่มีค่าสำหรับ \{ชื่ออำเภอ\}/],
      [{ addresseeIds: ['5606', 'nowhere'] }, 'addresseeIds', /^ไม่พบหน่วยงานผู้รับ: nowhere$/],
    ];
    for (const [over, path, message] of cases) {
      for (const url of ['/api/v1/letters', '/api/v1/letters/preview']) {
        const res = await phayao.post(url, seed004Draft(signer, over));
        expectStatus(res, 422);
        const issue = res.body.error.issues.find((i: { path: string }) => i.path === path);
        assert.ok(issue, `${JSON.stringify(over)} → ${JSON.stringify(res.body.error.issues)}`);
        assert.match(issue.messageTh, message);
      }
    }
    // All problems at once, not one per attempt.
    const many = await phayao.post('/api/v1/letters', seed004Draft(signer, { subject: '', phone: '', body: [] }));
    assert.deepEqual(
      many.body.error.issues.map((i: { path: string }) => i.path),
      ['subject', 'phone', 'body'],
    );
    assert.deepEqual(await counts(), before);
  });

  test('the preview merges the first addressee and numbers nothing', async () => {
    const before = await counts();
    const res = await phayao.post('/api/v1/letters/preview', seed004Draft(signer));
    expectStatus(res, 200);
    assert.equal(res.body.copies, 4);
    assert.equal(res.body.document.salutation, 'นายอำเภอปง');
    assert.equal(res.body.document.number, 'พย ๐๐๑๙/ว ');
    assert.match(res.body.document.body[1], /จังหวัดพะเยาจึงขอให้อำเภอปงมอบหมาย/);
    assert.deepEqual(await counts(), before);
  });

  test('a district head cannot issue in the province’s name; another province cannot see the draft', async () => {
    const id = await draft();
    const district = await userWithRole(t, 'district_head', '5606');
    expectStatus(await district.post('/api/v1/letters', seed004Draft(signer)), 403);
    expectStatus(await issue(id, district), 404);
    const lampang = await t.as('demo.province');
    expectStatus(await lampang.get(`/api/v1/letters/${id}`), 404);
    expectStatus(await issue(id, lampang), 404);
  });

  test('issuing twice is a conflict; two issues of one letter at once number it once', async () => {
    const id = await draft();
    const [a, b] = await Promise.all([issue(id), issue(id, other)]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const again = await issue(id);
    expectStatus(again, 409);
    assert.equal(again.body.error.messageTh, 'หนังสือฉบับนี้ออกเลขและส่งแล้ว แก้ไขหรือออกเลขซ้ำไม่ได้');
    const put = await phayao.request('PUT', `/api/v1/letters/${id}`, seed004Draft(signer));
    expectStatus(put, 409);
    const form = new FormData();
    form.set('file', new File([TINY_PDF], 'late.pdf'));
    expectStatus(await phayao.post(`/api/v1/letters/${id}/attachments`, form), 409);
  });

  test('two users issuing different letters at once never get the same number', async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(() => draft({ addresseeIds: ['5606', '5608'] })));
    const results = await Promise.all(ids.map((id, i) => issue(id, i % 2 ? other : phayao)));
    results.forEach((r) => expectStatus(r, 200));
    const numbers = results.flatMap((r) => r.body.copies.map((c: { runningNo: number }) => c.runningNo));
    assert.equal(numbers.length, 8);
    assert.equal(new Set(numbers).size, 8);
    // Each letter's copies are consecutive, and together they fill the register without gaps.
    for (const r of results) {
      const [x, y] = r.body.copies.map((c: { runningNo: number }) => c.runningNo);
      assert.equal(y, x + 1);
    }
    const sorted = [...numbers].sort((p, q) => p - q);
    assert.deepEqual(
      sorted,
      sorted.map((_, i) => sorted[0]! + i),
    );
  });

  test('a cancelled number stays in the register with its reason and is never reused', async () => {
    const id = await draft({ circular: false, addresseeIds: ['5606'] });
    const issued = await issue(id);
    expectStatus(issued, 200);
    const copy = issued.body.copies[0];
    assert.equal(copy.number, 'พย ๐๐๑๙/๑'); // the ordinary series, separate from the circulars
    const before = await counts();
    const noReason = await phayao.post(`/api/v1/letter-copies/${copy.id}/cancel`, { reason: '  ' });
    expectStatus(noReason, 422);
    assert.equal(noReason.body.error.issues[0].messageTh, 'กรุณาระบุเหตุผลที่ยกเลิกเลขหนังสือ');
    assert.deepEqual(await counts(), before);

    const cancelled = await phayao.post(`/api/v1/letter-copies/${copy.id}/cancel`, { reason: 'พิมพ์ผู้รับผิด' });
    expectStatus(cancelled, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    expectStatus(await phayao.post(`/api/v1/letter-copies/${copy.id}/cancel`, { reason: 'ซ้ำ' }), 409);
    const district = await userWithRole(t, 'district_head', '5606');
    expectStatus(await district.post(`/api/v1/letter-copies/${copy.id}/receive`), 409);

    const next = await issue(await draft({ circular: false, addresseeIds: ['5606'], thaiDigits: false }));
    assert.equal(next.body.copies[0].number, 'พย 0019/2');
    const register = await phayao.get('/api/v1/letters?orgUnitId=56&year=2025');
    const lines = register.body.items
      .flatMap((l: { copies: { number: string; status: string; cancelReason: string | null }[] }) => l.copies)
      .filter((c: { number: string }) => !c.number.includes('/ว'));
    assert.deepEqual(
      lines.map((c: { number: string; status: string; cancelReason: string | null }) => [
        c.number,
        c.status,
        c.cancelReason,
      ]),
      [
        ['พย 0019/2', 'issued', null],
        ['พย ๐๐๑๙/๑', 'cancelled', 'พิมพ์ผู้รับผิด'],
      ],
    );
  });

  test('อ้างถึง an earlier registered letter prints its number and date from the register', async () => {
    const first = await issue(await draft({ addresseeIds: ['5606'] }));
    const refId = first.body.copies[0].id;
    const reply = await draft({ referenceText: null, referenceCopyId: refId, addresseeIds: ['5606'] });
    const issued = await issue(reply);
    const copy = await phayao.get(`/api/v1/letter-copies/${issued.body.copies[0].id}`);
    assert.equal(
      copy.body.document.reference,
      `หนังสือจังหวัดพะเยา ด่วนที่สุด ที่ ${first.body.copies[0].number} ลงวันที่ ๓๐ ธันวาคม ๒๕๖๘`,
    );
    const both = await phayao.post(
      '/api/v1/letters',
      seed004Draft(signer, { referenceCopyId: refId, referenceText: 'อื่น ๆ' }),
    );
    expectStatus(both, 422);
    const lampang = await t.as('demo.province');
    const hidden = await lampang.post(
      '/api/v1/letters',
      seed004Draft(signer, { issuingUnitId: '52', referenceText: null, referenceCopyId: refId }),
    );
    expectStatus(hidden, 422);
    assert.ok(hidden.body.error.issues.some((i: { messageTh: string }) => i.messageTh === 'ไม่พบหนังสือที่อ้างถึงในทะเบียน'));
  });

  test('an attachment of the wrong type is refused by content and nothing is stored', async () => {
    const id = await draft();
    const before = await counts();
    const form = new FormData();
    form.set('file', new File([new TextEncoder().encode('#!/bin/sh\necho hi\n')], 'คู่มือ.pdf'));
    const res = await phayao.post(`/api/v1/letters/${id}/attachments`, form);
    expectStatus(res, 422);
    assert.equal(res.body.error.issues[0].path, 'file');
    assert.deepEqual(await counts(), before);
  });
});
