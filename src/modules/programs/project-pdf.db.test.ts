// The approved project printed as the official form: Thai text must survive into the PDF's text layer
// (pdftotext), numbers in Thai digits, and page 1 is rendered to a PNG for a person to look at.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { closePdfRenderer } from '../../server/pdf.js';
import { fixedClock, startTestApp, type TestApp } from '../../testing/test-app.js';
import { ok, sampleProject, userIdOf } from './programs.test-support.js';

describe('project form PDF', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ clock: fixedClock('2026-01-10T03:00:00Z') });
  });
  after(async () => {
    await closePdfRenderer();
    await t.close();
  });

  test(
    'an approved project prints with its register number, sections and dated signatures',
    { timeout: 120_000 },
    async () => {
      const staff = await t.as('demo.staff');
      const province = await t.as('demo.province');
      const chain = [
        { role: 'proposer', signerUserId: await userIdOf(staff), positionLine: 'ผู้อำนวยการกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน' },
        {
          role: 'approver',
          signerUserId: await userIdOf(province),
          positionLine: 'พัฒนาการจังหวัด ปฏิบัติราชการแทน\nผู้ว่าราชการจังหวัดลำปาง',
        },
      ];
      const id = ok(
        await staff.post('/api/v1/projects', sampleProject(chain, { budgetSatang: 4800000, orgUnitId: '52' })),
        201,
      ).body.id;
      ok(await staff.post(`/api/v1/projects/${id}/submit`, {}));
      ok(await province.post(`/api/v1/projects/${id}/sign`, {}));

      const res = await province.getRaw(`/api/v1/projects/${id}/form.pdf`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/pdf');
      mkdirSync('test-artifacts', { recursive: true });
      const file = 'test-artifacts/project-form.pdf';
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      // Lines wrap wherever the page is full; compare without whitespace.
      const squash = (s: string) => s.replace(/\s+/g, '');
      const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
      for (const s of [
        'แบบเสนอโครงการ',
        'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
        'เลขที่โครงการ : ๑/๒๕๖๙',
        '“ออมวันละบาท สร้างโอกาสที่ยั่งยืน”',
        'หน่วยงานที่รับผิดชอบ : สำนักงานพัฒนาชุมชนจังหวัดลำปาง',
        '๑. หลักการและเหตุผล',
        '๒.๑ เพื่อดำเนินการขับเคลื่อนโครงการพัฒนาชุมชนใสสะอาดให้เกิดความต่อเนื่อง',
        '๔. ระยะเวลาดำเนินการ ระหว่างวันที่ ๑๕ มกราคม ๒๕๖๙ ถึงวันที่ ๓๐ กันยายน ๒๕๖๙',
        'จำนวน ๔๘,๐๐๐.๐๐ บาท (สี่หมื่นแปดพันบาทถ้วน)',
        'เป้าหมาย ๙๑ คน',
        '๑๐. ผู้เสนอโครงการ',
        '๑๑. ผู้อนุมัติโครงการ',
        'ผู้ว่าราชการจังหวัดลำปาง',
        'วันที่ ๑๐ มกราคม ๒๕๖๙',
      ]) {
        assert.ok(text.includes(squash(s)), `PDF text lacks “${s}”`);
      }
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, 'test-artifacts/project-form']);
    },
  );
});
