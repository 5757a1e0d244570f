// Browser journey: someone scans the QR code on a printed certificate with a phone, without an
// account. The page must open past the login screen, say in Thai who issued it and that it is valid;
// after the office revokes it, say so; an unknown code typed by hand gets a clear "not found".
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { actorForUsername } from '../src/modules/auth/index.js';
import { issueCertificates, type TCertificate } from '../src/modules/certificates/index.js';
import { artifactPath, horizontalOverflow, launchChromium, serveTestApp } from './browser.js';

let served: Awaited<ReturnType<typeof serveTestApp>>;
let browser: Browser;
before(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await served?.close();
});

test('a phone opens a certificate’s verification page without logging in', { timeout: 180_000 }, async () => {
  const { db } = served.t.database;
  const ctx = { db, clock: served.t.clock, actor: await actorForUsername(db, 'demo.province'), requestId: 'e2e' };
  const [cert] = (await db.transaction().execute((trx) =>
    issueCertificates(ctx, trx, {
      source: { kind: 'vote', id: randomUUID() },
      issuerUnitId: '52',
      eventTitle: 'โครงการพัฒนาชุมชนใสสะอาด ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
      signer: { name: 'นายทดสอบ ลงนาม', position: 'พัฒนาการจังหวัดลำปาง' },
      issuedOn: '2025-05-15',
      recipients: [{ key: 'volunteer:1', recipientName: 'นางปิ่นแก้ว ศรีสุข', honour: 'บุคคลต้นแบบด้านจิตอาสา' }],
    }),
  )) as [TCertificate];

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    // Typed by hand from the paper (grouped, lower case) on the bare /verify page…
    await page.goto(`${served.baseUrl}/verify`);
    const typed = cert.code.match(/.{4}/g)!.join('-').toLowerCase();
    await page.getByTestId('verify-form').getByRole('textbox').fill(typed);
    await page.screenshot({ path: artifactPath('verify-certificate-form.png'), fullPage: true });
    await page.getByTestId('verify-form').getByRole('button', { name: 'ตรวจสอบ' }).click();
    await page.getByTestId('certificate-card').waitFor();
    assert.equal(new URL(page.url()).pathname, `/verify/${cert.code}`);
    // …or scanned: the QR code's address opened directly.
    await page.goto(`${served.baseUrl}/verify/${cert.code}`);
    const verdict = page.getByTestId('certificate-verdict');
    await verdict.getByText('เกียรติบัตรถูกต้อง', { exact: true }).waitFor();
    assert.match(await verdict.innerText(), /เกียรติบัตรฉบับนี้ออกโดยสำนักงานพัฒนาชุมชนจังหวัดลำปาง ตรวจสอบแล้วถูกต้อง/);
    const card = await page.getByTestId('certificate-card').innerText();
    for (const s of ['นางปิ่นแก้ว ศรีสุข', 'บุคคลต้นแบบด้านจิตอาสา', '15 พฤษภาคม 2568', 'พัฒนาการจังหวัดลำปาง']) {
      assert.ok(card.includes(s), `card lacks ${s}`);
    }
    assert.equal(await page.getByTestId('login-form').count(), 0);
    assert.equal(await horizontalOverflow(page), 0);
    await page.screenshot({ path: artifactPath('verify-certificate-valid.png'), fullPage: true });

    const province = await served.t.as('demo.province');
    const revoked = await province.post(`/api/v1/certificates/${cert.id}/revoke`, { reason: 'ออกซ้ำ' });
    assert.equal(revoked.status, 200);
    await page.reload();
    await verdict.getByText('เกียรติบัตรฉบับนี้ถูกยกเลิกแล้ว', { exact: true }).waitFor();
    await page.screenshot({ path: artifactPath('verify-certificate-revoked.png'), fullPage: true });

    // Typed by hand, with a wrong character: not found, and the form is there to try again.
    const form = page.getByTestId('verify-form');
    await form.getByRole('textbox').fill('zzzz-zzzz-zzzz');
    await form.getByRole('button', { name: 'ตรวจสอบ' }).click();
    await page.getByTestId('certificate-unknown').getByText('ไม่พบเกียรติบัตร', { exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/verify/ZZZZZZZZZZZZ');
    await page.screenshot({ path: artifactPath('verify-certificate-unknown.png'), fullPage: true });
  } finally {
    await context.close();
  }
});
