// Seed 004, พะเยา: the "ด่วนที่สุด" SMART Saving Group circular of 20 April 2564, one letter
// mail-merged to ปง, ภูซาง, เชียงคำ and แม่ใจ, each copy addressed to its own นายอำเภอ, issued from
// กลุ่มงานยุทธศาสตร์ (book "พย 0019.1", as the seed's number) into four registered copies and four
// district inboxes. Texts as transcribed in src/modules/letters/letters.fixtures.ts (copied: a
// module's test fixtures are not importable from here).
import type { DemoApi } from './api.js';
import { STRATEGY, wg } from './offices.js';

const PROVINCE = '56';
export const SEED_004_SUBJECT =
  'แนวทางการดำเนินงานตามโครงการเสริมสร้างความเข้มแข็งกองทุนชุมชนตามหลักธรรมาภิบาลและการเข้าถึงแหล่งทุน กิจกรรมพัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group';

/** ปง, ภูซาง, เชียงคำ, แม่ใจ (interior-ministry geocodes), in the order the seed sends them. */
export const PHAYAO_DISTRICTS = ['5606', '5608', '5603', '5607'];

const LETTER = {
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
    'ในการนี้ กรมการพัฒนาชุมชน ได้ปรับแผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2564 และปรับแนวทางการดำเนินกิจกรรมพัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group เพื่อให้สอดคล้องกับวัตถุประสงค์ของโครงการฯ จังหวัดพะเยาจึงขอให้อำเภอ{ชื่ออำเภอ}มอบหมายพัฒนาการอำเภอที่ได้รับการจัดสรรงบประมาณปี พ.ศ. 2564 กิจกรรมดังกล่าว ดำเนินการตามแนวทางการดำเนินงาน โครงการเสริมสร้างความเข้มแข็งกองทุนชุมชนตามหลักธรรมาภิบาลและการเข้าถึงแหล่งทุน กิจกรรมพัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group รายละเอียดตามสิ่งที่ส่งมาด้วย',
    'จึงเรียนมาเพื่อโปรดทราบและดำเนินการ',
  ],
  closing: 'ขอแสดงความนับถือ',
  signerPosition: 'พัฒนาการจังหวัด',
  signerActingFor: 'ผู้ว่าราชการจังหวัดพะเยา',
  ownerUnit: 'สำนักงานพัฒนาชุมชนจังหวัด\nกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน',
  phone: '0 5544 9544',
  email: null,
  thaiDigits: true,
};

export async function seed004(api: DemoApi): Promise<void> {
  const head = await api.as('demo.phayao');
  api.at('2021-04-20', '10:00');
  const letter = await head.post('/letters', {
    ...LETTER,
    issuingUnitId: wg(PROVINCE, STRATEGY),
    signerPersonId: head.personId,
    addresseeIds: PHAYAO_DISTRICTS,
  });
  await head.post(`/letters/${letter.id}/issue`);
}
