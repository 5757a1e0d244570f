// The six districts of the seed 002 demo that named a pair (the other five did not answer), what
// their แบบเสนอผลงาน says, and how the seeded judges scored them. The works are made up for the demo,
// set in real subdistricts of ฉะเชิงเทรา; the people behind them are (สาธิต) records.
// แปลงยาว named its pair but never finished the dossier, so it is not judged.

export interface Dossier002 {
  district: string;
  staffPosition: 'cd_worker' | 'cd_volunteer';
  /** Where the network partner lives: a subdistrict of the district. */
  partnerUnit: string;
  network: string;
  submitted: boolean;
  answers: Record<string, string | number> & { work_name: string };
  /** The middle of the judges' marks: item 1, items 2.1–2.5, item 3. */
  marks: { c1: number; c2: [number, number, number, number, number]; c3: number };
}

const PERIOD = 'มกราคม – เมษายน ๒๕๖๘';

export const DOSSIERS_002: Dossier002[] = [
  {
    district: '2401',
    staffPosition: 'cd_worker',
    partnerUnit: '240103',
    network: 'savings_group',
    submitted: true,
    answers: {
      years_in_post: 7,
      discipline: 'never',
      b221: 'ปฏิบัติงานตามระเบียบการเงินของกลุ่มออมทรัพย์อย่างเคร่งครัด ไม่รับของกำนัลจากผู้มาขอรับบริการ',
      b222: 'ทักท้วงเมื่อพบการลงบัญชีเงินกู้ไม่ตรงกับสัญญา และแจ้งคณะกรรมการกลุ่มให้แก้ไขจนถูกต้อง',
      b223: 'ชวนสมาชิกร่วมตรวจสอบบัญชีกลุ่มทุกสิ้นเดือน และติดประกาศงบการเงินที่ศาลาหมู่บ้าน',
      b224: 'ลงพื้นที่นอกเวลาราชการเพื่อช่วยกลุ่มปิดบัญชีประจำปีให้ทันการประชุมใหญ่',
      work_name: 'ธนาคารขยะรีไซเคิลคู่การออม ตำบลบ้านใหม่',
      steps:
        'ประชุมคณะกรรมการกลุ่มออมทรัพย์เพื่อการผลิตและผู้นำชุมชน วางกติการับซื้อขยะรีไซเคิลเดือนละ ๑ ครั้ง นำรายได้เข้าบัญชีเงินฝากสัจจะพิเศษของสมาชิก พัฒนากรช่วยจัดทำบัญชีและติดตามผลทุกเดือน',
      period: PERIOD,
      results: 'ครัวเรือนเข้าร่วม ๑๒๖ ครัวเรือน ขยะในหมู่บ้านลดลง และสมาชิกมีเงินฝากจากการขายขยะเพิ่มขึ้นทุกเดือน',
      use: 'ใช้เป็นแหล่งเรียนรู้ให้กลุ่มออมทรัพย์ในตำบลใกล้เคียง และเสนอเป็นกิจกรรมประจำของกลุ่ม',
    },
    marks: { c1: 10, c2: [9, 8, 9, 9, 8], c3: 34 },
  },
  {
    district: '2402',
    staffPosition: 'cd_worker',
    partnerUnit: '240201',
    network: 'kpsm',
    submitted: true,
    answers: {
      years_in_post: 5,
      discipline: 'never',
      b221: 'เปิดเผยข้อมูลการใช้งบประมาณกิจกรรมตลาดให้ผู้ค้าทุกรายรับทราบ และไม่ใช้ตำแหน่งหาประโยชน์',
      b222: 'ไม่ยอมรับการจัดสรรแผงค้าโดยไม่ผ่านมติที่ประชุม และชี้แจงกติกาต่อผู้มีอิทธิพลในพื้นที่',
      b223: 'ตั้งคณะกรรมการตลาดจากผู้ค้าและสตรีหมู่บ้านร่วมตรวจสอบรายรับรายจ่ายทุกสัปดาห์',
      b224: 'ดูแลตลาดทุกวันเสาร์ร่วมกับเครือข่ายสตรี รวมทั้งวันหยุดราชการ',
      b225: 'ได้รับเกียรติบัตรผู้ปฏิบัติงานดีเด่นของอำเภอ ปี ๒๕๖๗',
      work_name: 'ตลาดนัดชุมชนปลอดภัย ริมแม่น้ำบางปะกง',
      steps:
        'สำรวจผู้ผลิตในชุมชน จัดทำกติกาตลาดปลอดสารเคมีร่วมกับคณะกรรมการพัฒนาสตรีหมู่บ้าน ประสานสาธารณสุขอำเภอตรวจสารตกค้าง และประชาสัมพันธ์ผ่านเพจของอำเภอ',
      period: PERIOD,
      results: 'มีผู้ค้า ๔๒ ราย เป็นผู้ผลิตในชุมชนทั้งหมด ผลตรวจสารตกค้างผ่านทุกครั้ง และมีนักท่องเที่ยวแวะซื้อทุกสัปดาห์',
      use: 'อำเภอนำกติกาตลาดไปใช้กับตลาดชุมชนอีก ๒ แห่ง',
    },
    marks: { c1: 10, c2: [9, 9, 9, 10, 9], c3: 36 },
  },
  {
    district: '2404',
    staffPosition: 'cd_worker',
    partnerUnit: '240402',
    network: 'mother_of_land',
    submitted: true,
    answers: {
      years_in_post: 4,
      discipline: 'never',
      b221: 'รักษาความลับของผู้แจ้งเบาะแสตามระเบียบ และไม่เปิดเผยข้อมูลผู้เข้ารับการบำบัด',
      b222: 'รายงานผู้บังคับบัญชาเมื่อพบการเบิกจ่ายค่าวิทยากรซ้ำซ้อน และงดเบิกจนกว่าจะตรวจสอบเสร็จ',
      b223: 'จัดเวทีประชาคมให้ชาวบ้านติดตามการใช้เงินกองทุนแม่ของแผ่นดินทุกไตรมาส',
      b224: 'ร่วมเวรเฝ้าระวังกับคณะกรรมการกองทุนในคืนวันศุกร์',
      work_name: 'กองทุนแม่ของแผ่นดินเฝ้าระวังยาเสพติด ตำบลท่าสะอ้าน',
      steps:
        'ทบทวนแผนของกองทุนแม่ของแผ่นดิน จัดเวรเฝ้าระวังร่วมกับผู้นำชุมชน ส่งต่อผู้ใช้ยาเข้ารับการบำบัด และจัดกิจกรรมกีฬาสำหรับเยาวชนทุกเดือน',
      period: PERIOD,
      results: 'เยาวชนร่วมกิจกรรม ๘๐ คน ผู้ใช้ยา ๖ รายเข้ารับการบำบัดครบตามนัด',
      use: 'ขยายผลไปยังกองทุนแม่ของแผ่นดินหมู่บ้านอื่นในอำเภอบางปะกง',
    },
    marks: { c1: 10, c2: [8, 9, 8, 9, 8], c3: 33 },
  },
  {
    district: '2405',
    staffPosition: 'cd_volunteer',
    partnerUnit: '240502',
    network: 'kpst',
    submitted: true,
    answers: {
      years_in_post: 2,
      discipline: 'never',
      b221: 'ชั่งตวงวัตถุดิบและบันทึกการเบิกจ่ายของกลุ่มอย่างโปร่งใส ให้สมาชิกตรวจสอบได้ทุกครั้ง',
      b222: 'ปฏิเสธการรับค่านายหน้าจากผู้รับซื้อผ้า และแจ้งคณะกรรมการกลุ่มให้เปิดประมูลราคา',
      b223: 'ทำบัญชีรายรับรายจ่ายของกลุ่มสตรีให้เป็นแบบอย่างแก่กลุ่มอาชีพอื่นในตำบล',
      b224: 'สอนสมาชิกที่เป็นผู้สูงอายุทำบัญชีครัวเรือนที่บ้านหลังเลิกงาน',
      work_name: 'ผ้ามัดย้อมสีธรรมชาติ กลุ่มสตรีตำบลเกาะไร่',
      steps:
        'รวมกลุ่มสตรีที่ว่างงาน ฝึกการย้อมสีจากเปลือกมะม่วงและใบหูกวาง ออกแบบลายร่วมกับวิทยากรจังหวัด และจำหน่ายผ่านร้านค้าชุมชนและตลาดออนไลน์',
      period: PERIOD,
      results: 'สมาชิก ๒๕ คนมีรายได้เสริมเฉลี่ยเดือนละ ๒,๕๐๐ บาท และผลิตภัณฑ์ผ่านการคัดสรรระดับจังหวัด',
      use: 'จัดทำคู่มือการย้อมสีธรรมชาติให้กลุ่มอาชีพในอำเภอบ้านโพธิ์',
    },
    marks: { c1: 10, c2: [8, 8, 9, 9, 9], c3: 35 },
  },
  {
    district: '2406',
    staffPosition: 'cd_worker',
    partnerUnit: '240602',
    network: 'sorchortor',
    submitted: true,
    answers: {
      years_in_post: 9,
      discipline: 'never',
      b221: 'ใช้วัสดุอุปกรณ์ของโครงการตามแผนที่อนุมัติเท่านั้น และคืนวัสดุที่เหลือพร้อมบัญชีคุม',
      b222: 'แจ้งอำเภอเมื่อผู้รับจ้างขุดบ่อขอเปลี่ยนขนาดบ่อโดยไม่ผ่านเจ้าของแปลง',
      b223: 'ให้เจ้าของแปลงและศูนย์ประสานงานองค์การชุมชนตำบลร่วมตรวจรับงานทุกครั้ง',
      b224: 'ติดตามแปลงทุกสัปดาห์ และช่วยเจ้าของแปลงวางระบบน้ำในวันหยุด',
      work_name: 'แปลงโคก หนอง นา ต้นแบบ ตำบลบ้านซ่อง',
      steps: 'คัดเลือกแปลงต้นแบบร่วมกับศูนย์ประสานงานองค์การชุมชนตำบล ออกแบบการใช้พื้นที่ ปลูกไม้ ๕ ระดับ และจัดวันเรียนรู้ให้ครัวเรือนในตำบล',
      period: PERIOD,
      results: 'แปลงต้นแบบ ๓ แปลงมีผลผลิตพอกินและจำหน่าย มีผู้มาศึกษาดูงาน ๙ คณะ',
      use: 'เป็นศูนย์เรียนรู้โคก หนอง นา ของอำเภอพนมสารคาม',
    },
    marks: { c1: 9, c2: [8, 8, 8, 8, 9], c3: 31 },
  },
  {
    district: '2409',
    staffPosition: 'cd_worker',
    partnerUnit: '240902',
    network: 'kkkc',
    submitted: false,
    answers: {
      years_in_post: 3,
      discipline: 'never',
      work_name: 'กองทุน กข.คจ. หมุนเวียนเพื่ออาชีพ ตำบลวังเย็น',
    },
    marks: { c1: 0, c2: [0, 0, 0, 0, 0], c3: 0 },
  },
];

/** Each seeded judge's lean (by seat), so sheets differ as a committee's do. */
const LEAN = [0, 1, -1, 2, 0, 0, -2, 1.5, -0.5];
const NOTES = ['ผลงานต่อเนื่อง มีหลักฐานชัดเจน', 'ควรแสดงผลลัพธ์เชิงตัวเลขให้มากขึ้น', 'บูรณาการกับเครือข่ายได้ดี', 'ขยายผลได้จริงในพื้นที่อื่น'];

/** One seeded judge's sheet on one dossier: every leaf of RUBRIC_002, within its maximum. */
export function scores002(d: Dossier002, seat: number): { code: string; points: number; comment: string }[] {
  const lean = LEAN[seat] ?? 0;
  const c2 = d.marks.c2.map((m, k) => Math.max(0, Math.min(10, m + ((seat + k) % 4 === 0 ? -1 : 0))));
  const c3 = Math.max(0, Math.min(40, d.marks.c3 + lean));
  const note = seat === 1 || seat === 7 ? NOTES[(seat + Number(d.district)) % NOTES.length]! : '';
  return [
    { code: '1', points: d.marks.c1, comment: '' },
    ...c2.map((points, k) => ({ code: `2.${k + 1}`, points, comment: '' })),
    { code: '3', points: c3, comment: note },
  ];
}
