// Seed 002's provincial winners (Chachoengsao, ๑ พัฒนากร ๑ เครือข่ายการพัฒนา) get certificates: issued
// once however often the award is released, printed as an A4 landscape PDF whose QR code a phone can
// read back to the public verification address, checked there without a login, and revoked with a
// reason. Awards and votes call issueCertificates inside their own transactions; no award exists in
// this module, so the test calls it the same way.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { actorForUsername } from '../auth/index.js';
import { closePdfRenderer } from '../../server/pdf.js';
import type { UseCaseContext } from '../../server/context.js';
import { decodeQrPng } from '../../testing/decode-qr.js';
import { countRows, fixedClock, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { issueCertificates, listCertificates, type IssueCertificatesInput, type TCertificate } from './index.js';

const ORIGIN = 'http://localhost'; // what app.request() sees as the request's own origin
const EVENT =
  'โครงการพัฒนาชุมชนฉะเชิงเทราใสสะอาด ๒๕๖๘ : มิติที่ ๕ โครงการนวัตกรรม ๑ พัฒนากร ๑ เครือข่ายการพัฒนา สู่การขับเคลื่อนงานพัฒนาชุมชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘';
const HONOUR = 'สุดยอด ๑ พัฒนากร ๑ เครือข่ายการพัฒนา สู่การขับเคลื่อนงานพัฒนาชุมชน';
const squash = (s: string) => s.replace(/\s+/g, '');

async function ok(res: Promise<{ status: number; body: unknown }>, status = 200) {
  const r = await res;
  assert.equal(r.status, status, `expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return r.body as any;
}

describe('certificates for seed 002’s winners', () => {
  let t: TestApp;
  let chachoengsao: TestClient; // province admin of ฉะเชิงเทรา, the issuing office
  let lampang: TestClient; // province admin of ลำปาง (demo), another province
  let ctx: UseCaseContext;
  let staffPersonId: string;
  let input: IssueCertificatesInput;
  let issued: TCertificate[];
  const source = { kind: 'award' as const, id: randomUUID() };

  const issue = (i: IssueCertificatesInput) =>
    t.database.db.transaction().execute((trx) => issueCertificates(ctx, trx, i));
  const pdfText = (file: string) => squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  async function savePdf(c: TestClient, id: string, name: string): Promise<string> {
    const res = await c.getRaw(`/api/v1/certificates/${id}/pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    mkdirSync('test-artifacts', { recursive: true });
    const file = `test-artifacts/${name}.pdf`;
    writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
    return file;
  }
  function pagePng(file: string, name: string): Buffer {
    const out = `test-artifacts/${name}`;
    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', file, out]);
    return readFileSync(`${out}.png`);
  }

  before(async () => {
    // 30 May 2568, the day seed 002 names the provincial winner, 10:00 in Bangkok.
    t = await startTestApp({ clock: fixedClock('2025-05-30T03:00:00Z') });
    const hq = await t.as('demo.hq');
    const person = (p: Record<string, string>) => ok(hq.post('/api/v1/people', p), 201).then((b) => b.id as string);
    const adminPerson = await person({
      title: 'นาย',
      firstName: 'ผู้ดูแล',
      lastName: 'ฉะเชิงเทรา',
      orgUnitId: '24',
      positionCode: 'admin_officer',
    });
    staffPersonId = await person({
      title: 'นางสาว',
      firstName: 'สิริภรณ์',
      lastName: 'ยงศิริ',
      orgUnitId: '2401',
      positionCode: 'cd_worker',
    });
    await ok(
      hq.post('/api/v1/users', {
        personId: adminPerson,
        username: 'cert.province.24',
        password: 'temporary-pass-1',
        roles: [{ role: 'province_admin', orgUnitId: '24' }],
      }),
      201,
    );
    chachoengsao = t.client();
    await ok(chachoengsao.post('/api/v1/auth/login', { username: 'cert.province.24', password: 'temporary-pass-1' }));
    await ok(
      chachoengsao.post('/api/v1/auth/password', {
        currentPassword: 'temporary-pass-1',
        newPassword: 'cert-secret-24',
      }),
      204,
    );
    lampang = await t.as('demo.province');
    ctx = {
      db: t.database.db,
      clock: t.clock,
      actor: await actorForUsername(t.database.db, 'cert.province.24'),
      requestId: 'certificates-test',
    };
    input = {
      source,
      issuerUnitId: '24',
      eventTitle: EVENT,
      signer: { name: 'นายชโล พงษ์สุข', position: 'พัฒนาการจังหวัดฉะเชิงเทรา' },
      issuedOn: '2025-05-30',
      recipients: [
        { key: 'pair-2401:staff', recipientName: 'นางสาวสิริภรณ์ ยงศิริ', personId: staffPersonId, honour: HONOUR },
        { key: 'pair-2401:network', recipientName: 'นางปิ่นแก้ว ศรีสุข', honour: HONOUR },
      ],
    };
  });
  after(async () => {
    await closePdfRenderer();
    await t.close();
  });

  test('issuing twice returns the same two certificates; the second call writes nothing', async () => {
    issued = await issue(input);
    assert.equal(issued.length, 2);
    const [staff, network] = issued as [TCertificate, TCertificate];
    assert.deepEqual(
      issued.map((c) => [c.recipientKey, c.recipientName, c.personId, c.issuerNameTh, c.issuedOn, c.revokedAt]),
      [
        ['pair-2401:staff', 'นางสาวสิริภรณ์ ยงศิริ', staffPersonId, 'สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา', '2025-05-30', null],
        ['pair-2401:network', 'นางปิ่นแก้ว ศรีสุข', null, 'สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา', '2025-05-30', null],
      ],
    );
    for (const c of issued) {
      assert.match(c.code, /^[0-9A-HJKMNP-TV-Z]{12}$/);
      assert.equal(c.verifyPath, `/verify/${c.code}`);
      assert.equal(c.pdfPath, `/api/v1/certificates/${c.id}/pdf`);
      assert.deepEqual([c.sourceKind, c.sourceId, c.signerName], ['award', source.id, 'นายชโล พงษ์สุข']);
    }
    assert.notEqual(staff.code, network.code);

    const before = [await countRows(t, 'certificate'), await countRows(t, 'audit_log')];
    assert.equal(before[0], 2);
    // A retry with different text for an issued key still returns what was issued, unchanged.
    const again = await issue({
      ...input,
      recipients: [{ ...input.recipients[1]!, recipientName: 'นางปิ่นแก้ว ศรีสุขใจ' }, input.recipients[0]!],
    });
    assert.deepEqual(again, [network, staff]);
    assert.deepEqual([await countRows(t, 'certificate'), await countRows(t, 'audit_log')], before);
    const audited = await t.database.db
      .selectFrom('audit_log')
      .select(['entity_id', 'org_unit_id'])
      .where('action', '=', 'certificate.issue')
      .execute();
    assert.deepEqual(audited.map((a) => a.entity_id).sort(), [staff.id, network.id].sort());
    assert.ok(audited.every((a) => a.org_unit_id === '24'));
  });

  test('input that cannot be printed is refused with Thai messages and writes nothing', async () => {
    const before = [await countRows(t, 'certificate'), await countRows(t, 'audit_log')];
    await assert.rejects(
      issue({
        ...input,
        source: { kind: 'award', id: randomUUID() },
        issuerUnitId: '2401-wg9',
        recipients: [
          { key: 'a', recipientName: 'นายหนึ่ง ทดสอบ', honour: ' ' },
          { key: 'a', recipientName: 'นายสอง ทดสอบ', honour: HONOUR },
        ],
      }),
      (err: { issues: { path: string; messageTh: string }[] }) => {
        assert.deepEqual(
          err.issues.map((i) => [i.path, i.messageTh]),
          [
            ['recipients[0].honour', 'กรุณาระบุรางวัลหรือเกียรติที่ได้รับ'],
            ['recipients[1].key', 'ผู้รับรหัส a ซ้ำกัน'],
            ['issuerUnitId', 'หน่วยงานที่ออกเกียรติบัตรต้องเป็นกรมการพัฒนาชุมชน หรือสำนักงานพัฒนาชุมชนจังหวัดหรืออำเภอ'],
          ],
        );
        return true;
      },
    );
    assert.deepEqual([await countRows(t, 'certificate'), await countRows(t, 'audit_log')], before);
  });

  test('district offices issue under their own name; a work group issues through its province office', async () => {
    const issuerOf = async (issuerUnitId: string) => {
      const [c] = await issue({ ...input, source: { kind: 'vote', id: randomUUID() }, issuerUnitId });
      return [c!.issuerUnitId, c!.issuerNameTh];
    };
    assert.deepEqual(await issuerOf('2401'), ['2401', 'สำนักงานพัฒนาชุมชนอำเภอเมืองฉะเชิงเทรา']);
    assert.deepEqual(await issuerOf('52-wg1'), ['52', 'สำนักงานพัฒนาชุมชนจังหวัดลำปาง']);
    assert.deepEqual(await issuerOf('TH'), ['TH', 'กรมการพัฒนาชุมชน']);
  });

  test('listing is scoped to the issuing office', async () => {
    assert.deepEqual(
      (await listCertificates(ctx, source)).map((c) => c.id),
      issued.map((c) => c.id),
    );
    const other = { ...ctx, actor: await actorForUsername(t.database.db, 'demo.province') };
    assert.deepEqual(await listCertificates(other, source), []);
  });

  test('the PDF prints name, honour, programme and Thai date, and its QR reads back the verification URL', async () => {
    const [staff] = issued as [TCertificate];
    const file = await savePdf(chachoengsao, staff.id, 'certificate');
    const text = pdfText(file);
    for (const s of [
      'เกียรติบัตร',
      'สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา',
      'นางสาวสิริภรณ์ ยงศิริ',
      HONOUR,
      EVENT,
      'ให้ไว้ ณ วันที่ ๓๐ พฤษภาคม พ.ศ. ๒๕๖๘',
      '(นายชโล พงษ์สุข)',
      'พัฒนาการจังหวัดฉะเชิงเทรา',
      `${staff.code.slice(0, 4)}-${staff.code.slice(4, 8)}-${staff.code.slice(8)}`,
      `${ORIGIN}/verify/${staff.code}`,
    ]) {
      assert.ok(text.includes(squash(s)), `PDF text lacks “${s}”`);
    }
    assert.ok(!text.includes('ยกเลิก'), 'a valid certificate must not say it is revoked');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    assert.equal(pages, 1);
    assert.equal(decodeQrPng(pagePng(file, 'certificate')), `${ORIGIN}/verify/${staff.code}`);
  });

  test('PUBLIC_URL, when set, is the origin printed in the QR code', async () => {
    const [, network] = issued as [TCertificate, TCertificate];
    process.env.PUBLIC_URL = 'https://chumchon.cdd.go.th/';
    try {
      const file = await savePdf(chachoengsao, network.id, 'certificate-public-url');
      assert.equal(
        decodeQrPng(pagePng(file, 'certificate-public-url')),
        `https://chumchon.cdd.go.th/verify/${network.code}`,
      );
    } finally {
      delete process.env.PUBLIC_URL;
    }
  });

  test('another province gets 404 for the PDF and the revoke, as if the certificate did not exist', async () => {
    const [staff] = issued as [TCertificate];
    assert.equal((await lampang.getRaw(`/api/v1/certificates/${staff.id}/pdf`)).status, 404);
    assert.equal((await lampang.getRaw(`/api/v1/certificates/${randomUUID()}/pdf`)).status, 404);
    const res = await lampang.post(`/api/v1/certificates/${staff.id}/revoke`, { reason: 'ทดสอบ' });
    assert.equal(res.status, 404);
    assert.equal(res.body.error.messageTh, 'ไม่พบข้อมูล หรือท่านไม่มีสิทธิ์เข้าถึง');
    assert.equal((await t.client().getRaw(`/api/v1/certificates/${staff.id}/pdf`)).status, 401);
  });

  test('anyone can verify a code without logging in, and learns only what the paper shows', async () => {
    const [staff] = issued as [TCertificate];
    const anon = t.client();
    const body = await ok(anon.get(`/api/v1/public/certificates/${staff.code}`));
    assert.deepEqual(body, {
      code: staff.code,
      recipientName: 'นางสาวสิริภรณ์ ยงศิริ',
      honour: HONOUR,
      eventTitle: EVENT,
      issuerNameTh: 'สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา',
      signerName: 'นายชโล พงษ์สุข',
      signerPosition: 'พัฒนาการจังหวัดฉะเชิงเทรา',
      issuedOn: '2025-05-30',
      status: 'valid',
      revokedOn: null,
    });
    // Typed by hand from the paper: grouped, lower case.
    const typed = `${staff.code.slice(0, 4)}-${staff.code.slice(4, 8)}-${staff.code.slice(8)}`.toLowerCase();
    assert.equal((await ok(anon.get(`/api/v1/public/certificates/${typed}`))).code, staff.code);

    const unknownCode = staff.code === '000000000000' ? '111111111111' : '000000000000';
    for (const code of [unknownCode, 'not-a-code!']) {
      const res = await anon.get(`/api/v1/public/certificates/${encodeURIComponent(code)}`);
      assert.equal(res.status, 404);
      assert.equal(res.body.error.messageTh, 'ไม่พบเกียรติบัตรตามรหัสนี้ กรุณาตรวจสอบรหัสอีกครั้ง');
    }
  });

  test('revoking needs a reason; afterwards the code verifies as revoked and the PDF says so', async () => {
    const [staff, network] = issued as [TCertificate, TCertificate];
    const revokedRows = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('certificate')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('revoked_at', 'is not', null)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = [await revokedRows(), await countRows(t, 'audit_log')];
    for (const body of [{ reason: '   ' }, {}]) {
      const res = await chachoengsao.post(`/api/v1/certificates/${staff.id}/revoke`, body);
      assert.equal(res.status, 422);
      assert.deepEqual(res.body.error.issues, [
        { path: 'reason', messageTh: 'กรุณาระบุเหตุผลที่ยกเลิกเกียรติบัตร', messageEn: 'A reason is required' },
      ]);
    }
    assert.deepEqual([await revokedRows(), await countRows(t, 'audit_log')], before);

    const revoked = await ok(
      chachoengsao.post(`/api/v1/certificates/${staff.id}/revoke`, { reason: 'ชื่อผู้รับสะกดผิด ออกฉบับใหม่แทน' }),
    );
    assert.equal(revoked.revokedAt, '2025-05-30T03:00:00.000Z');
    assert.equal(revoked.revokedReason, 'ชื่อผู้รับสะกดผิด ออกฉบับใหม่แทน');
    assert.deepEqual([await revokedRows(), await countRows(t, 'audit_log')], [before[0]! + 1, before[1]! + 1]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['entity_id', 'org_unit_id'])
      .where('action', '=', 'certificate.revoke')
      .execute();
    assert.deepEqual(audit, [{ entity_id: staff.id, org_unit_id: '24' }]);
    const twice = await chachoengsao.post(`/api/v1/certificates/${staff.id}/revoke`, { reason: 'อีกครั้ง' });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.messageTh, 'เกียรติบัตรฉบับนี้ถูกยกเลิกไปแล้ว');

    const anon = t.client();
    const shown = await ok(anon.get(`/api/v1/public/certificates/${staff.code}`));
    assert.deepEqual([shown.status, shown.revokedOn], ['revoked', '2025-05-30']);
    assert.equal((await ok(anon.get(`/api/v1/public/certificates/${network.code}`))).status, 'valid');

    const file = await savePdf(chachoengsao, staff.id, 'certificate-revoked');
    const text = pdfText(file);
    assert.ok(text.includes('ยกเลิกแล้ว'), 'the revoked PDF must say ยกเลิกแล้ว');
    assert.ok(text.includes(squash('เกียรติบัตรฉบับนี้ยกเลิกแล้ว เมื่อวันที่ ๓๐ พฤษภาคม พ.ศ. ๒๕๖๘')));
    assert.ok(text.includes(squash('นางสาวสิริภรณ์ ยงศิริ')));
    pagePng(file, 'certificate-revoked');

    // Issuing again for the same key returns the revoked certificate, not a fresh one.
    const [again] = await issue({ ...input, recipients: [input.recipients[0]!] });
    assert.deepEqual([again!.id, again!.revokedAt], [staff.id, '2025-05-30T03:00:00.000Z']);
  });
});
