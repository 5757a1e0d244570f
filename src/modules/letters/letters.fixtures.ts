// Test builders for letters: seed 004 (Phayao's SMART Saving Group circular to four districts) and
// the accounts it needs. The demo seed's accounts are all in Lampang, so Phayao users are created
// through the users API, as an administrator would.
import { expectStatus } from '../../testing/savings-fixtures.js';
import type { TestApp, TestClient } from '../../testing/test-app.js';

export const SEED_004_SUBJECT =
  'แนวทางการดำเนินงานตามโครงการเสริมสร้างความเข้มแข็งกองทุนชุมชนตามหลักธรรมาภิบาลและการเข้าถึงแหล่งทุน กิจกรรมพัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group';

/** ปง, ภูซาง, เชียงคำ, แม่ใจ (interior-ministry geocodes), in the order the seed sends them. */
export const PHAYAO_DISTRICTS = [
  ['5606', 'ปง'],
  ['5608', 'ภูซาง'],
  ['5603', 'เชียงคำ'],
  ['5607', 'แม่ใจ'],
] as const;

let seq = 0;

/** A person in `orgUnitId` (created by demo.hq), returning its id. */
export async function createPerson(
  t: TestApp,
  p: { title: string; firstName: string; lastName: string; orgUnitId: string; positionCode: string },
): Promise<string> {
  const hq = await t.as('demo.hq');
  const res = await hq.post('/api/v1/people', p);
  expectStatus(res, 201);
  return res.body.id as string;
}

/** A logged-in user with one role, its first password already changed. */
export async function userWithRole(
  t: TestApp,
  role: 'province_admin' | 'district_head' | 'district_staff',
  orgUnitId: string,
): Promise<TestClient> {
  const n = ++seq;
  const personId = await createPerson(t, {
    title: 'นาย',
    firstName: 'ผู้ใช้',
    lastName: `หนังสือ${n}`,
    orgUnitId,
    positionCode: role === 'province_admin' ? 'admin_officer' : 'district_head',
  });
  const hq = await t.as('demo.hq');
  const username = `letters.${role}.${orgUnitId}.${n}`.replace(/_/g, '-');
  expectStatus(
    await hq.post('/api/v1/users', { personId, username, password: 'temporary-pass-1', roles: [{ role, orgUnitId }] }),
    201,
  );
  const c = t.client();
  expectStatus(await c.post('/api/v1/auth/login', { username, password: 'temporary-pass-1' }), 200);
  expectStatus(
    await c.post('/api/v1/auth/password', { currentPassword: 'temporary-pass-1', newPassword: 'letters-secret-1' }),
    204,
  );
  return c;
}

/** Seed 004's letter as a draft request, mail-merged to the four districts. */
export function seed004Draft(signerPersonId: string, over: Record<string, unknown> = {}) {
  return {
    issuingUnitId: '56',
    circular: true,
    urgency: 'ด่วนที่สุด',
    officeName: 'ศาลากลางจังหวัดพะเยา',
    officeAddress: 'ถนนพหลโยธิน พย 56000',
    subject: SEED_004_SUBJECT,
    salutation: 'นายอำเภอ{ชื่ออำเภอ}',
    referenceText: 'หนังสือจังหวัดพะเยา ด่วนที่สุด ที่ พย 0019.1/ว 2032 ลงวันที่ 24 ธันวาคม 2563',
    enclosures: [{ description: 'แนวทางการดำเนินงานฯ', quantity: 1, unit: 'ชุด' }],
    body: [
      'ตามหนังสือที่อ้างถึง จังหวัดพะเยาได้จัดส่งแนวทางการดำเนินกิจกรรมตามยุทธศาสตร์กรมการพัฒนาชุมชน ประจำปี 2564 เพื่อให้สำนักงานพัฒนาชุมชนอำเภอนำไปใช้เป็นคู่มือสนับสนุนการดำเนินกิจกรรม/โครงการ การวางแผนการปฏิบัติงาน การติดตาม และประเมินผลการดำเนินงานในระดับพื้นที่ให้บรรลุเป้าหมาย วัตถุประสงค์ และตัวชี้วัด ตามที่ได้รับการจัดสรรงบประมาณ ประจำปีงบประมาณ พ.ศ. 2564 นั้น',
      'ในการนี้ กรมการพัฒนาชุมชน ได้ปรับแผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2564 และปรับแนวทางการดำเนินกิจกรรมพัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group เพื่อให้สอดคล้องกับวัตถุประสงค์ของโครงการฯ จังหวัดพะเยาจึงขอให้อำเภอ{ชื่ออำเภอ}มอบหมายพัฒนาการอำเภอที่ได้รับการจัดสรรงบประมาณปี พ.ศ. 2564 กิจกรรมดังกล่าว ดำเนินการตามแนวทางการดำเนินงาน รายละเอียดตามสิ่งที่ส่งมาด้วย',
      'จึงเรียนมาเพื่อโปรดทราบและดำเนินการ',
    ],
    closing: 'ขอแสดงความนับถือ',
    signerPersonId,
    signerPosition: 'พัฒนาการจังหวัด',
    signerActingFor: 'ผู้ว่าราชการจังหวัดพะเยา',
    ownerUnit: 'สำนักงานพัฒนาชุมชนจังหวัด\nกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน',
    phone: '0 5544 9544',
    email: null,
    thaiDigits: true,
    addresseeIds: PHAYAO_DISTRICTS.map(([id]) => id),
    ...over,
  };
}

/** A minimal valid PDF (the files module checks content, not the name). */
export const TINY_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
