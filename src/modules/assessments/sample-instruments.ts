// SAMPLE instruments in the shapes seed 004 names (4 ด้าน 21 ตัวชี้วัด; 5 ด้าน 23 ตัวชี้วัด). The
// department's official indicator texts are not public, so these texts are written for the demo
// and the tests, flagged isSample and titled "(ตัวอย่าง)": the UI never shows them as official.
// The real instruments are loaded by importing the department's workbook.
import type { TIndicatorInput, TInstrumentInput } from './instrument.schemas.js';

const yes = (code: string, textTh: string, extra: Partial<TIndicatorInput> = {}): TIndicatorInput => ({
  code,
  textTh,
  guidanceTh: '',
  evidenceTh: '',
  evidenceRequired: false,
  answer: { type: 'yes_no', passWhen: 'yes' },
  weight: 1,
  ledgerSource: null,
  ...extra,
});

const level = (code: string, textTh: string, passAtLeast = 2): TIndicatorInput => ({
  ...yes(code, textTh),
  answer: {
    type: 'level',
    maxLevel: 3,
    passAtLeast,
    levelLabelsTh: ['ไม่มีการดำเนินการ', 'เริ่มดำเนินการ', 'ดำเนินการเป็นประจำ', 'ดำเนินการเป็นแบบอย่างได้'],
  },
});

const SAMPLE_NOTE =
  'ตัวอย่างสำหรับการสาธิตและการทดสอบระบบเท่านั้น ไม่ใช่ข้อความทางการของกรมการพัฒนาชุมชน ให้นำเข้าแบบประเมินฉบับจริงจากไฟล์ Excel';

export const SAMPLE_GOVERNANCE: TInstrumentInput = {
  code: 'sample-governance',
  titleTh: 'แบบประเมินศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตตามหลักธรรมาภิบาล (ตัวอย่าง)',
  isSample: true,
  declaredShape: { dimensions: 4, indicators: 21 },
  descriptionTh: SAMPLE_NOTE,
  dimensions: [
    {
      code: '1',
      titleTh: 'การบริหารจัดการโดยคณะกรรมการ (ตัวอย่าง)',
      indicators: [
        yes('1.1', 'คณะกรรมการครบตามระเบียบและอยู่ในวาระ', { ledgerSource: 'committee_complete' }),
        yes('1.2', 'คณะกรรมการประชุมอย่างน้อยเดือนละ 1 ครั้งและมีบันทึกการประชุม', {
          evidenceTh: 'บันทึกการประชุม',
          evidenceRequired: true,
        }),
        level('1.3', 'คณะกรรมการแบ่งหน้าที่ชัดเจนและปฏิบัติตามหน้าที่'),
        yes('1.4', 'มีการเลือกตั้งคณะกรรมการตามวาระที่ระเบียบกำหนด'),
        yes('1.5', 'มีแผนการดำเนินงานประจำปีของกลุ่ม'),
      ],
    },
    {
      code: '2',
      titleTh: 'ความโปร่งใสและการตรวจสอบได้ (ตัวอย่าง)',
      indicators: [
        yes('2.1', 'บันทึกบัญชีเป็นปัจจุบัน (บันทึกล่าสุดไม่เกิน 35 วัน)', {
          answer: { type: 'number', unitTh: 'วัน', decimals: 0, min: null, max: 35 },
          ledgerSource: 'books_days_since_posting',
        }),
        yes('2.2', 'แจ้งผลการดำเนินงานและฐานะการเงินให้สมาชิกทราบทุกเดือน'),
        yes('2.3', 'มีคณะกรรมการตรวจสอบและตรวจสอบบัญชีอย่างน้อยปีละ 1 ครั้ง'),
        level('2.4', 'สมาชิกเข้าถึงข้อมูลบัญชีของตนเองได้'),
        yes('2.5', 'เก็บรักษาเงินสดตามระเบียบและฝากธนาคารในชื่อกลุ่ม'),
      ],
    },
    {
      code: '3',
      titleTh: 'การมีส่วนร่วมของสมาชิก (ตัวอย่าง)',
      indicators: [
        yes('3.1', 'มีสมาชิกที่ยังคงสถานะไม่น้อยกว่า 15 คน', {
          answer: { type: 'number', unitTh: 'คน', decimals: 0, min: 15, max: null },
          ledgerSource: 'active_members',
        }),
        yes('3.2', 'สมาชิกเข้าร่วมประชุมใหญ่สามัญประจำปีไม่น้อยกว่าครึ่งหนึ่ง'),
        level('3.3', 'สมาชิกมีส่วนร่วมในการกำหนดและแก้ไขระเบียบกลุ่ม'),
        yes('3.4', 'มีช่องทางรับฟังความคิดเห็นและข้อร้องเรียนของสมาชิก'),
        yes('3.5', 'มีการรับสมาชิกใหม่ในรอบปีที่ผ่านมา'),
        level('3.6', 'สมาชิกได้รับการอบรมความรู้เรื่องการออมและการเงิน', 1),
      ],
    },
    {
      code: '4',
      titleTh: 'การจัดสรรผลประโยชน์และความรับผิดชอบต่อชุมชน (ตัวอย่าง)',
      indicators: [
        yes('4.1', 'ระเบียบกำหนดสัดส่วนการจัดสรรกำไรครบร้อยละ 100', { ledgerSource: 'allocation_complete' }),
        yes('4.2', 'จัดสรรกำไรประจำปีตามระเบียบและแจ้งสมาชิก'),
        yes('4.3', 'จัดสวัสดิการให้สมาชิกตามระเบียบ'),
        yes('4.4', 'สนับสนุนกิจกรรมสาธารณประโยชน์ของชุมชน'),
        level('4.5', 'กลุ่มเป็นแหล่งทุนเพื่อการประกอบอาชีพของสมาชิก'),
      ],
    },
  ],
  result: {
    kind: 'level',
    basis: 'overall',
    levels: [
      { level: 1, labelTh: 'ต้องปรับปรุง', minPercent: 0 },
      { level: 2, labelTh: 'พอใช้', minPercent: 60 },
      { level: 3, labelTh: 'ดี', minPercent: 80 },
    ],
  },
};

export const SAMPLE_SSG: TInstrumentInput = {
  code: 'sample-ssg',
  titleTh: 'แบบประเมินกระบวนการพัฒนากลุ่มออมทรัพย์เพื่อการผลิตสู่ระดับมาตรฐาน (SSG) (ตัวอย่าง)',
  isSample: true,
  declaredShape: { dimensions: 5, indicators: 23 },
  descriptionTh: SAMPLE_NOTE,
  dimensions: [
    {
      code: 'S',
      titleTh: 'ระเบียบและโครงสร้างของกลุ่ม (ตัวอย่าง)',
      indicators: [
        yes('S1', 'มีระเบียบกลุ่มเป็นลายลักษณ์อักษรที่สมาชิกรับรอง', { evidenceTh: 'ระเบียบกลุ่ม', evidenceRequired: true }),
        yes('S2', 'ระเบียบทบทวนให้เป็นปัจจุบันภายใน 3 ปี'),
        yes('S3', 'คณะกรรมการครบตามระเบียบและอยู่ในวาระ', { ledgerSource: 'committee_complete' }),
        yes('S4', 'มีที่ทำการกลุ่มและป้ายชื่อกลุ่ม'),
        level('S5', 'ทะเบียนสมาชิกครบถ้วนและเป็นปัจจุบัน'),
      ],
    },
    {
      code: 'M',
      titleTh: 'ระบบบัญชีและการเงิน (ตัวอย่าง)',
      indicators: [
        yes('M1', 'บันทึกบัญชีเป็นปัจจุบัน (บันทึกล่าสุดไม่เกิน 35 วัน)', {
          answer: { type: 'number', unitTh: 'วัน', decimals: 0, min: null, max: 35 },
          ledgerSource: 'books_days_since_posting',
        }),
        yes('M2', 'ใช้โปรแกรมบัญชีกลุ่มออมทรัพย์เพื่อการผลิตในระบบอิเล็กทรอนิกส์'),
        yes('M3', 'จัดทำงบดุลและงบกำไรขาดทุนประจำปี'),
        yes('M4', 'ตรวจสอบเงินสดคงเหลือตรงกับบัญชีทุกวันทำการ'),
        level('M5', 'คณะกรรมการอ่านและใช้รายงานการเงินในการตัดสินใจ'),
      ],
    },
    {
      code: 'A',
      titleTh: 'การบริหารเงินกู้และหนี้ค้างชำระ (ตัวอย่าง)',
      indicators: [
        yes('A1', 'เงินต้นค้างชำระไม่เกินร้อยละ 5 ของเงินกู้คงค้าง', {
          answer: { type: 'number', unitTh: 'ร้อยละ', decimals: 2, min: null, max: 5 },
          ledgerSource: 'arrears_percent',
        }),
        yes('A2', 'พิจารณาเงินกู้โดยคณะกรรมการเงินกู้ตามระเบียบ'),
        yes('A3', 'มีการติดตามลูกหนี้ค้างชำระเป็นประจำ'),
        level('A4', 'สมาชิกใช้เงินกู้ตรงตามวัตถุประสงค์'),
      ],
    },
    {
      code: 'R',
      titleTh: 'การจัดสรรกำไรและสวัสดิการ (ตัวอย่าง)',
      indicators: [
        yes('R1', 'ระเบียบกำหนดสัดส่วนการจัดสรรกำไรครบร้อยละ 100', { ledgerSource: 'allocation_complete' }),
        yes('R2', 'จ่ายเงินปันผลและเงินเฉลี่ยคืนตามระเบียบ'),
        yes('R3', 'จัดสวัสดิการสมาชิกอย่างน้อย 1 ประเภท'),
        yes('R4', 'จัดสรรเงินเพื่อสาธารณประโยชน์ของชุมชน'),
        yes('R5', 'เผยแพร่ผลการจัดสรรกำไรให้สมาชิกทราบ'),
      ],
    },
    {
      code: 'T',
      titleTh: 'การพัฒนากลุ่มและเครือข่าย (ตัวอย่าง)',
      indicators: [
        yes('T1', 'กลุ่มมีแผนพัฒนากลุ่มที่ทบทวนทุกปี'),
        yes('T2', 'กลุ่มเป็นสมาชิกเครือข่ายกลุ่มออมทรัพย์ระดับตำบลหรืออำเภอ'),
        level('T3', 'กลุ่มถ่ายทอดความรู้ให้กลุ่มอื่นหรือชุมชน', 1),
        yes('T4', 'กลุ่มมีส่วนร่วมในศูนย์จัดการกองทุนชุมชน'),
      ],
    },
  ],
  result: {
    kind: 'level',
    basis: 'weakest_dimension',
    levels: [
      { level: 1, labelTh: 'กำลังพัฒนา', minPercent: 0 },
      { level: 2, labelTh: 'ผ่านมาตรฐาน', minPercent: 70 },
      { level: 3, labelTh: 'ผ่านมาตรฐาน SMART Saving Group ระดับดีเยี่ยม', minPercent: 90 },
    ],
  },
};
