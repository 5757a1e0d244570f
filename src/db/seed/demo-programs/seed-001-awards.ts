// Seed 001's selection (สระแก้ว, มหกรรมการออม ๕๐ ปี) as an award call: each district picks its
// outstanding savings group and outstanding member and sends the dossier by 16 February 2567
// (สิ่งที่ส่งมาด้วย ๓); the province awards the two categories (แนวทาง ข้อ ๔). The dossier forms are
// the letter's two report forms, field by field, as typed sections: figures as numbers and money,
// dates as dates, lists as tables, narratives as text, evidence and the bound volume as files.
//
// The letter names the committee only as "จังหวัดร่วมกับอำเภอและคณะกรรมการเครือข่ายกลุ่มออมทรัพย์
// เพื่อการผลิต" and its criteria (๔.๑, ๔.๒) without points; the module needs both before a call opens.
// So the demo seats the provincial head as chair, the activity's proposer, and the provincial savings
// network's president (not scoring), and weights the letter's criteria itself — the call's
// description says so to the visitor, so no weight reads as the letter's.
//
// The demo clock: the call opens on the circular's day, 27 December 2566; three districts send both
// dossiers by 16 February 2567; the two scoring members mark them; the chair closes and records the
// decision on 26 February and announces it on 6 March 2567, the savings groups' 50th anniversary
// and the event day, with the winners' certificates. Read today every date is long past, so the
// call is shown finished: the forms filled in, the ranking, the winners and their certificates
// (002's call is the one left in scoring for a visitor to judge).
import type { Kysely } from 'kysely';
import type { DB } from '../../schema.js';
import { demoDocumentPdf, demoPhotoPng } from './demo-image.js';
import { DemoPeople } from './demo-people.js';
import { DOSSIERS_001, type Dossier001 } from './seed-001-dossiers.js';
import { SEED_001_TITLE } from './seed-001.js';
import type { DemoApi, DemoUser } from './api.js';

const PROVINCE = '27';
const DEADLINE = '2024-02-16';

const text = (key: string, labelTh: string, helpTh = '', required = true) => ({
  key,
  type: 'text',
  multiline: true,
  labelTh,
  helpTh,
  required,
});
const line = (key: string, labelTh: string, required = true) => ({ key, type: 'text', labelTh, required });
const money = (key: string, labelTh: string) => ({ key, type: 'money', labelTh, required: true });
const count = (key: string, labelTh: string) => ({ key, type: 'number', labelTh, required: true });
const date = (key: string, labelTh: string) => ({ key, type: 'date', labelTh, required: true });
// The letter's "(ใบประกาศ/โล่รางวัล/อื่น ๆ)" under the section's heading, as the field's label.
const evidence = (key: string) => ({
  key,
  type: 'file',
  labelTh: 'ใบประกาศ/โล่รางวัล/อื่น ๆ',
  helpTh: 'ไฟล์ภาพหรือ PDF',
  accept: ['image', 'pdf'],
  maxFiles: 10,
  required: true,
});
// หมายเหตุ ๑: "จัดทำผลงานเป็นรูปเล่ม ประเภทละ ๓ เล่ม (พร้อมไฟล์ข้อมูล)" — the volumes go by post,
// the file comes here.
const volume = (key: string) => ({
  key,
  type: 'file',
  labelTh: 'ไฟล์ข้อมูลผลงาน (รูปเล่ม)',
  helpTh: 'ส่งรูปเล่ม ๓ เล่มให้จังหวัด และแนบไฟล์ข้อมูลของรูปเล่มที่นี่',
  accept: ['pdf', 'word'],
  maxFiles: 1,
  required: true,
});

/** แบบรายงานข้อมูลกลุ่มออมทรัพย์เพื่อการผลิตดีเด่นระดับอำเภอ */
const GROUP_FORM = {
  sections: [
    {
      key: 'general',
      titleTh: '๑. ข้อมูลทั่วไป',
      fields: [
        line('village', 'หมู่บ้าน/ตำบลที่ตั้งกลุ่ม'),
        date('founded_on', 'วันที่ก่อตั้งกลุ่ม'),
        text('history', 'ประวัติการก่อตั้งกลุ่ม'),
        {
          key: 'committee',
          type: 'table',
          labelTh: 'คณะกรรมการ',
          required: true,
          minRows: 1,
          maxRows: 30,
          columns: [
            { key: 'name', type: 'text', labelTh: 'ชื่อ - สกุล', required: true },
            { key: 'role', type: 'text', labelTh: 'ตำแหน่งในคณะกรรมการ', required: true },
          ],
        },
        count('members', 'จำนวนสมาชิก (คน)'),
        money('monthly_pledge', 'ยอดสัจจะรายเดือน'),
        money('accumulated', 'เงินสัจจะสะสม'),
      ],
    },
    {
      key: 'results',
      titleTh: '๒. ผลการดำเนินงาน',
      fields: [
        text('rules', 'ระเบียบ ข้อบังคับ'),
        text('profit', 'การจัดสรรผลกำไร'),
        text('welfare', 'สวัสดิการ'),
        text('activities', 'กิจกรรมกลุ่ม'),
        text('highlights', 'ความโดดเด่น/ความสำเร็จ'),
        {
          key: 'awards',
          type: 'table',
          labelTh: 'รางวัลที่ได้รับ',
          minRows: 0,
          maxRows: 30,
          columns: [
            { key: 'award', type: 'text', labelTh: 'รางวัล', required: true },
            { key: 'year', type: 'text', labelTh: 'ปีที่ได้รับ (พ.ศ.)' },
            { key: 'by', type: 'text', labelTh: 'หน่วยงานที่มอบ' },
          ],
        },
      ],
    },
    {
      key: 'problems',
      titleTh: '๓. ปัญหา/อุปสรรค/ข้อเสนอแนะ',
      fields: [
        text('problems', 'ปัญหา/อุปสรรคการดำเนินงาน'),
        text('solutions', 'แนวทางแก้ไข'),
        text('suggestions', 'ข้อเสนอแนะในการขับเคลื่อนงานกลุ่มออมทรัพย์เพื่อการผลิต', '', false),
      ],
    },
    {
      key: 'evidence',
      titleTh: '๔. หลักฐานเชิงประจักษ์',
      fields: [evidence('group_evidence'), volume('group_volume')],
    },
  ],
};

/** แบบรายงานข้อมูลสมาชิกกลุ่มออมทรัพย์เพื่อการผลิตดีเด่นระดับอำเภอ */
const MEMBER_FORM = {
  sections: [
    {
      key: 'member',
      titleTh: '๑. ข้อมูลทั่วไปของสมาชิก',
      fields: [
        line('group_name', 'ชื่อกลุ่มออมทรัพย์เพื่อการผลิตที่เป็นสมาชิก'),
        date('joined_on', 'วันที่เป็นสมาชิก'),
        line('occupation', 'อาชีพ'),
        money('member_pledge', 'เงินสัจจะรายเดือน'),
        money('member_accumulated', 'เงินสัจจะสะสม'),
        text('member_general', 'ข้อมูลทั่วไปอื่น ๆ', 'ครอบครัว ที่อยู่ บทบาทในกลุ่ม', false),
      ],
    },
    {
      key: 'livelihood',
      titleTh: '๒. อาชีพที่สมาชิกนำเงินกู้หรือเงินออมไปดำเนินการจนประสบความสำเร็จ/ความโดดเด่น',
      fields: [text('livelihood', 'อาชีพและความสำเร็จ', 'เงินกู้หรือเงินออมที่ใช้ การส่งคืนตามกำหนด รายได้ที่เพิ่มขึ้น')],
    },
    {
      key: 'works',
      titleTh: '๓. ผลงานของสมาชิกที่เกี่ยวข้องกับการดำเนินงานกลุ่มออมทรัพย์เพื่อการผลิต',
      fields: [text('works', 'ผลงาน')],
    },
    {
      key: 'suggestions',
      titleTh: '๔. ข้อเสนอแนะในการขับเคลื่อนงานกลุ่มออมทรัพย์เพื่อการผลิต',
      fields: [text('member_suggestions', 'ข้อเสนอแนะ')],
    },
    {
      key: 'evidence',
      titleTh: '๕. หลักฐานเชิงประจักษ์',
      fields: [evidence('member_evidence'), volume('member_volume')],
    },
  ],
};

// No-break spaces keep "๕๐ ปี" and "พ.ศ. ๒๕๖๗" whole where a certificate wraps the line.
const HONOUR = 'มหกรรมการออม ๕๐\u00a0ปี จังหวัดสระแก้ว ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๗';
const CALL = {
  organiserUnitId: PROVINCE,
  title: 'คัดเลือกกลุ่มออมทรัพย์เพื่อการผลิตดีเด่นและสมาชิกกลุ่มออมทรัพย์เพื่อการผลิตดีเด่น ระดับจังหวัด',
  description: [
    `กิจกรรม “${SEED_001_TITLE}” อำเภอคัดเลือกกลุ่มออมทรัพย์เพื่อการผลิตดีเด่นระดับอำเภอ และสมาชิกกลุ่มออมทรัพย์เพื่อการผลิตดีเด่นระดับอำเภอ ประเภทละ ๑ ราย จัดทำผลงานเป็นรูปเล่ม ประเภทละ ๓ เล่ม (พร้อมไฟล์ข้อมูล) รายงานให้จังหวัด ภายในวันศุกร์ที่ ๑๖ กุมภาพันธ์ ๒๕๖๗ จังหวัดมอบรางวัลประกาศเกียรติคุณ ๒ ประเภท`,
    'หมายเหตุระบบสาธิต: หนังสือกำหนดเกณฑ์การพิจารณาโดยไม่ระบุคะแนน คะแนนเต็มของแต่ละเกณฑ์ในระบบสาธิตนี้กำหนดขึ้นเพื่อการสาธิตเท่านั้น',
  ].join('\n\n'),
  namesDeadline: DEADLINE,
  dossierDeadline: DEADLINE,
  aggregation: 'mean',
  spreadThreshold: 20,
  tieBreaks: [{ kind: 'earlier_submission' }],
  categories: [
    {
      code: 'group',
      kind: 'group',
      nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตดีเด่น',
      honourTh: `กลุ่มออมทรัพย์เพื่อการผลิตดีเด่น ${HONOUR}`,
      quotaPerUnit: 1,
      winners: 1,
      partnerNetworks: ['savings_group'],
      form: GROUP_FORM,
    },
    {
      code: 'member',
      kind: 'member',
      nameTh: 'สมาชิกกลุ่มออมทรัพย์เพื่อการผลิตดีเด่น',
      honourTh: `สมาชิกกลุ่มออมทรัพย์เพื่อการผลิตดีเด่น ${HONOUR}`,
      quotaPerUnit: 1,
      winners: 1,
      partnerNetworks: ['savings_group'],
      form: MEMBER_FORM,
    },
  ],
};

const criterion = (code: string, labelTh: string, maxPoints: number) => ({
  code,
  labelTh,
  maxPoints,
  statedPoints: null,
});

// ๔.๒ and ๔.๑ of the guide, in its words; the weights are the demo's (see above).
const RUBRICS = {
  group: {
    statedTotal: 100,
    criteria: [
      criterion('1', 'ผลการปฏิบัติงานเป็นที่ประจักษ์ (ระเบียบ ข้อบังคับ การจัดสรรผลกำไร สวัสดิการ กิจกรรมกลุ่ม)', 50),
      criterion('2', 'คำนึงถึงประโยชน์ของกลุ่มออมทรัพย์เพื่อการผลิต', 25),
      criterion('3', 'คำนึงถึงประโยชน์ของชุมชน/สังคม', 25),
    ],
  },
  member: {
    statedTotal: 100,
    criteria: [
      criterion('1', 'มีวิถีชีวิตแบบพอเพียง ตามสมควร ประหยัดอดออม', 25),
      criterion('2', 'กู้เงินแล้วส่งใช้คืนตามกำหนด', 25),
      criterion('3', 'กู้เงินเพื่อประกอบอาชีพจนมีรายได้เพิ่มขึ้น หนี้สินลดลง มีคุณภาพชีวิตที่ดีขึ้น', 25),
      criterion('4', 'เป็นผู้มีจิตอาสาทำกิจกรรมเพื่อชุมชน/สังคม', 25),
    ],
  },
};

export async function seed001Awards(api: DemoApi, db: Kysely<DB>): Promise<void> {
  const cast = await db.transaction().execute(async (trx) => {
    const p = new DemoPeople(trx, 43_000, 60);
    const network = await p.person({
      orgUnitId: PROVINCE,
      positionCode: 'network_leader',
      networks: ['savings_group'],
    });
    const districts = new Map<string, { head: string; member: string }>();
    for (const d of DOSSIERS_001) {
      const head = await p.person({ orgUnitId: d.district, positionCode: 'district_head' });
      await p.login(head, `demo.sakaeo.${d.district}`, 'district_head', d.district, 'พัฒนาการอำเภอ (สาธิต)', false);
      const member = await p.person({ orgUnitId: d.subdistrict, positionCode: null, networks: ['savings_group'] });
      districts.set(d.district, { head: `demo.sakaeo.${d.district}`, member });
    }
    return {
      chair: await p.personOf('demo.sakaeo'),
      proposer: await p.personOf('demo.sakaeo.proposer'),
      network,
      districts,
    };
  });
  const organiser = await api.as('demo.sakaeo.proposer');
  // After the circular (10:00) and its report requests (10:30) of 27 December 2566.
  api.at('2023-12-27', '11:00');
  const projects: { id: string; titleTh: string }[] = (await organiser.get('/projects')).items;
  const project = projects.find((x) => x.titleTh === SEED_001_TITLE)!;
  const call = await organiser.post('/award-calls', { ...CALL, projectId: project.id });
  for (const [code, rubric] of Object.entries(RUBRICS)) {
    await organiser.put(`/award-calls/${call.id}/categories/${code}/rubric`, rubric);
  }
  const committee = [
    { personId: cast.chair, role: 'chair', titleTh: 'พัฒนาการจังหวัดสระแก้ว' },
    { personId: cast.proposer, role: 'member', titleTh: 'นักวิชาการพัฒนาชุมชนชำนาญการ กลุ่มงานสารสนเทศการพัฒนาชุมชน' },
    {
      personId: cast.network,
      role: 'member',
      titleTh: 'ประธานคณะกรรมการเครือข่ายกลุ่มออมทรัพย์เพื่อการผลิตจังหวัดสระแก้ว',
      scores: false,
    },
  ];
  for (const m of committee) await organiser.post(`/award-calls/${call.id}/committee`, m);
  await organiser.post(`/award-calls/${call.id}/open`);

  const sent: { id: string; d: Dossier001; code: 'group' | 'member' }[] = [];
  for (const [i, d] of DOSSIERS_001.entries()) {
    const { head: username, member } = cast.districts.get(d.district)!;
    const head = await api.as(username);
    api.at(`2024-02-${String(5 + i).padStart(2, '0')}`, '10:00');
    const group = await head.post(`/award-calls/${call.id}/nominations`, {
      categoryCode: 'group',
      orgUnitId: d.district,
      entryName: d.group.name,
      nominees: [],
    });
    const person = await head.post(`/award-calls/${call.id}/nominations`, {
      categoryCode: 'member',
      orgUnitId: d.district,
      nominees: [{ personId: member, role: 'member' }],
    });
    api.at(`2024-02-${String(12 + i).padStart(2, '0')}`, '15:00');
    await fileDossier(head, group.id, d.group.answers, 'group', d.group.name, 60 + i * 40);
    await fileDossier(head, person.id, d.member.answers, 'member', d.group.name, 80 + i * 40);
    sent.push({ id: group.id, d, code: 'group' }, { id: person.id, d, code: 'member' });
  }

  const chair = await api.as('demo.sakaeo');
  for (const [k, judge] of [chair, organiser].entries()) {
    for (const [j, s] of sent.entries()) {
      api.at(`2024-02-${String(20 + k * 2).padStart(2, '0')}`, `${String(9 + j).padStart(2, '0')}:00`);
      const points = s.d.marks[s.code][k]!;
      const path = `/award-nominations/${s.id}/my-sheet`;
      await judge.put(path, { scores: points.map((p, c) => ({ code: String(c + 1), points: p })) });
      await judge.post(`${path}/submit`);
    }
  }
  api.at('2024-02-26', '14:00');
  await chair.post(`/award-calls/${call.id}/close`);
  await chair.post(`/award-calls/${call.id}/decision`, {
    decidedOn: '2024-02-26',
    minutes: 'ที่ประชุมคณะกรรมการมีมติให้ผู้ได้คะแนนเฉลี่ยสูงสุดของแต่ละประเภทได้รับรางวัล ตามลำดับคะแนน',
  });
  api.at('2024-03-06', '09:00');
  await chair.post(`/award-calls/${call.id}/announce`);
}

/** The district fills in the report form, attaches the evidence and the volume's file, endorses, sends. */
async function fileDossier(
  head: DemoUser,
  id: string,
  answers: Record<string, unknown>,
  code: 'group' | 'member',
  groupName: string,
  hue: number,
) {
  await head.put(`/award-nominations/${id}/answers`, { answers });
  const what = code === 'group' ? groupName : `สมาชิกดีเด่น ${groupName}`;
  await head.upload(
    `/award-nominations/${id}/files`,
    { field: `${code}_evidence` },
    { name: `ใบประกาศ ${what}.png`, bytes: demoPhotoPng(hue) },
  );
  await head.upload(
    `/award-nominations/${id}/files`,
    { field: `${code}_volume` },
    { name: `รูปเล่มผลงาน ${what}.pdf`, bytes: demoDocumentPdf(hue) },
  );
  await head.post(`/award-nominations/${id}/endorse`);
  await head.post(`/award-nominations/${id}/submit`);
}
