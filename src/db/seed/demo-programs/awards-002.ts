// Seed 002 (ฉะเชิงเทรา, ๑ พัฒนากร ๑ เครือข่ายการพัฒนา) as the awards API receives it: the call with
// its one category, the แบบเสนอผลงาน as typed sections, the score table as printed (110 under
// "รวม ๑๐๐", refused) and as the project text corrects it (10 + 50 + 40 = 100), and the nine
// committee seats the project names. One source for the demo seeder and the awards tests.

export const CHACHOENGSAO = '24';
export const DISTRICTS_002 = Array.from({ length: 11 }, (_, i) => `24${String(i + 1).padStart(2, '0')}`);

/** แบบเสนอผลงาน of seed 002 as typed sections. */
export const FORM_002 = {
  sections: [
    {
      key: 'qualifications',
      titleTh: '๑. คุณสมบัติของผู้ที่ได้รับการคัดเลือก',
      fields: [{ key: 'years_in_post', type: 'number', labelTh: 'ระยะเวลาดำรงตำแหน่ง (ปี)', required: true }],
    },
    {
      key: 'conduct',
      titleTh: '๒. ประวัติทางวินัยและผลงานด้านการประพฤติตน',
      fields: [
        {
          key: 'discipline',
          type: 'choice',
          labelTh: '๒.๑ ในรอบปีที่ผ่านมา',
          required: true,
          options: [
            { value: 'punished', labelTh: 'เคยถูกลงโทษ' },
            { value: 'never', labelTh: 'ไม่เคยถูกลงโทษ' },
          ],
        },
        {
          key: 'b221',
          type: 'text',
          multiline: true,
          required: true,
          labelTh: '๒.๒.๑ ความตั้งมั่นในความซื่อสัตย์สุจริตอย่างมั่นคง',
        },
        {
          key: 'b222',
          type: 'text',
          multiline: true,
          required: true,
          labelTh: '๒.๒.๒ การยืนหยัดต่อสู้ปกป้องเพื่อความซื่อสัตย์สุจริต',
        },
        {
          key: 'b223',
          type: 'text',
          multiline: true,
          required: true,
          labelTh: '๒.๒.๓ ความพากเพียรมุ่งมั่นให้เกิดความซื่อสัตย์สุจริต',
        },
        {
          key: 'b224',
          type: 'text',
          multiline: true,
          required: true,
          labelTh: '๒.๒.๔ ปฏิบัติหน้าที่เพื่อราชการและตอบสนองประโยชน์ของประชาชน',
        },
        { key: 'b225', type: 'text', multiline: true, labelTh: '๒.๒.๕ องค์ประกอบอื่น ๆ (ถ้ามี)' },
        {
          key: 'b226',
          type: 'file',
          accept: ['image', 'pdf'],
          maxFiles: 10,
          labelTh: '๒.๒.๖ หลักฐานเชิงประจักษ์ : ภาพถ่าย, ใบประกาศเกียรติคุณ ฯลฯ',
        },
      ],
    },
    {
      key: 'joint_work',
      titleTh: '๓. ผลงานดีเด่นที่ทำร่วมกัน',
      fields: [
        { key: 'work_name', type: 'text', required: true, labelTh: '๑) ชื่อผลงาน' },
        { key: 'steps', type: 'text', multiline: true, required: true, labelTh: '๒) สรุปขั้นตอนการดำเนินงาน' },
        { key: 'period', type: 'text', required: true, labelTh: '๓) ระยะเวลาการดำเนินงาน' },
        { key: 'results', type: 'text', multiline: true, required: true, labelTh: '๔) สรุปผลสำเร็จของงาน' },
        { key: 'use', type: 'text', multiline: true, required: true, labelTh: '๕) การนำไปใช้ประโยชน์' },
        {
          key: 'work_evidence',
          type: 'file',
          accept: ['image', 'pdf'],
          required: true,
          labelTh: '๖) หลักฐานเชิงประจักษ์ / ภาพถ่าย',
        },
      ],
    },
  ],
};

export function call002(over: Record<string, unknown> = {}) {
  return {
    organiserUnitId: CHACHOENGSAO,
    title: 'โครงการนวัตกรรม ๑ พัฒนากร ๑ เครือข่ายการพัฒนา สู่การขับเคลื่อนงานพัฒนาชุมชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
    description: 'คัดเลือกสุดยอด ๑ พัฒนากร ๑ เครือข่ายการพัฒนา ระดับจังหวัด จำนวน ๑ รางวัล',
    namesDeadline: '2025-02-14',
    dossierDeadline: '2025-04-30',
    aggregation: 'trimmed_mean',
    spreadThreshold: 15,
    tieBreaks: [{ kind: 'criterion', code: '3' }, { kind: 'criterion', code: '2' }, { kind: 'earlier_submission' }],
    categories: [
      {
        code: 'pair',
        kind: 'pair',
        nameTh: '๑ พัฒนากร ๑ เครือข่ายการพัฒนา',
        honourTh: 'สุดยอด ๑ พัฒนากร ๑ เครือข่ายการพัฒนา ระดับจังหวัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
        quotaPerUnit: 1,
        winners: 1,
        staffPositions: ['cd_worker', 'cd_volunteer'],
        partnerNetworks: ['kkkc', 'sorchortor', 'savings_group', 'mother_of_land', 'kpsm', 'kpst'],
        cleanRecord: { fieldKey: 'discipline', cleanValue: 'never' },
        form: FORM_002,
      },
    ],
    ...over,
  };
}

// The criteria as the score table words them (its ๑, ๒, ๒.๑–๒.๕, ๓), so a judge reads on the sheet
// what the letter asks them to weigh.
const LONG = {
  '1': 'ประวัติทางวินัย : ไม่เคยถูกลงโทษ ทั้งทางวินัยหรืออาญา เว้นแต่กรณีกระทำโดยประมาทหรือลหุโทษที่ไม่ทำให้ราชการได้รับความเสียหายอย่างร้ายแรง และไม่เคยถูกกล่าวหา ร้องเรียน หรือถูกสอบสวนระหว่างการคัดเลือก',
  '2': 'ผลงานด้านการประพฤติตน ปฏิบัติงาน',
  '2.1':
    'พฤติกรรมที่แสดงให้เห็นถึงความตั้งมั่นด้วยความซื่อสัตย์ สุจริตอย่างมั่นคง หรือการไม่อ่อนไหวต่อสิ่งยั่วยุหรือแรงกดดันใด ๆ อันก่อให้เกิดการกระทำการทุจริตหรือประพฤติมิชอบ',
  '2.2':
    'พฤติกรรมที่แสดงให้เห็นถึงการยืนหยัดต่อสู้ ปกป้อง เพื่อความซื่อสัตย์ ไม่สนับสนุนหรือส่งเสริมการทุจริต รวมถึงการไม่นิ่งเฉยเมื่อพบเห็นการทุจริตแจ้งให้หน่วยงานที่เกี่ยวข้องดำเนินการ',
  '2.3':
    'พฤติกรรมที่แสดงให้เห็นถึงความพากเพียรมุ่งมั่นให้เกิดความซื่อสัตย์ สุจริต ทำตนเป็นแบบอย่างที่ดี รวมถึงการมีส่วนร่วมหรือส่งเสริมในการตรวจสอบการใช้อำนาจรัฐ',
  '2.4':
    'ปฏิบัติหน้าที่เพื่อราชการและตอบสนองประโยชน์สุขของประชาชนด้วยความอุตสาหะ เสียสละ ทุ่มเท อุทิศเวลาให้กับหน่วยงานราชการ สังคม อย่างเต็มที่ และอยู่ในระเบียบวินัย มีคุณธรรม จริยธรรม',
  '2.5':
    'องค์ประกอบอื่น ๆ เช่น มีการประพฤติตนเกี่ยวกับจิตสาธารณะ สังคม ครอบครัวและหน่วยงาน โดยยึดหลักพอเพียง สุจริต จิตอาสา กตัญญู การบำเพ็ญประโยชน์เพื่อส่วนรวม หรือได้รับรางวัลเกี่ยวกับความดี คุณธรรม จริยธรรม',
  '3': 'ผลงานดีเด่นที่ทำร่วมกัน จำนวน ๑ เรื่อง ที่พัฒนากร/อสพ. และเครือข่ายร่วมกันขับเคลื่อนภารกิจของกรมการพัฒนาชุมชนในลักษณะบูรณาการ ในห้วงเดือนมกราคม – เมษายน ๒๕๖๘',
} as const;
const item = (code: keyof typeof LONG, maxPoints: number, statedPoints: number | null = null) => ({
  code,
  labelTh: LONG[code],
  maxPoints,
  statedPoints,
});

/** The score table as printed: 10 + (5 × 10, two annotated "(๑๕ คะแนน)") + 50 = 110 under "รวม ๑๐๐". */
export const PRINTED_RUBRIC_002 = {
  statedTotal: 100,
  criteria: [
    item('1', 10, 10),
    item('2', 50, 50),
    item('2.1', 10),
    item('2.2', 10),
    item('2.3', 10),
    item('2.4', 10, 15),
    item('2.5', 10, 15),
    item('3', 50, 50),
  ],
};

/** The project text's 10 + 50 (5 × 10) + 40 = 100. */
export const RUBRIC_002 = {
  statedTotal: 100,
  criteria: [
    item('1', 10, 10),
    item('2', 50, 50),
    item('2.1', 10),
    item('2.2', 10),
    item('2.3', 10),
    item('2.4', 10),
    item('2.5', 10),
    item('3', 40, 40),
  ],
};

/**
 * The committee of nine as the project appoints it (๓.๑): the provincial head in the chair, the four
 * work-group directors, three network presidents and the responsible นักวิชาการ. `unit` is where
 * the person is recorded; 'bangpakong' (a subdistrict of บางปะกง) makes that member conflicted on
 * บางปะกง's dossier automatically.
 */
export const COMMITTEE_002 = [
  { position: 'provincial_head', unit: CHACHOENGSAO, role: 'chair', title: 'พัฒนาการจังหวัดฉะเชิงเทรา' },
  { position: 'work_group_director', unit: CHACHOENGSAO, role: 'member', title: 'ผู้อำนวยการกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน' },
  { position: 'work_group_director', unit: CHACHOENGSAO, role: 'member', title: 'ผู้อำนวยการกลุ่มงานสารสนเทศการพัฒนาชุมชน' },
  {
    position: 'work_group_director',
    unit: CHACHOENGSAO,
    role: 'member',
    title: 'ผู้อำนวยการกลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน',
  },
  { position: 'work_group_director', unit: CHACHOENGSAO, role: 'member', title: 'ผู้อำนวยการกลุ่มงานส่งเสริมการพัฒนาชุมชน' },
  {
    position: 'network_leader',
    unit: CHACHOENGSAO,
    role: 'member',
    title: 'ประธานคณะกรรมการพัฒนาสตรีจังหวัดฉะเชิงเทรา',
    networks: ['kpst'],
  },
  {
    position: 'network_leader',
    unit: 'bangpakong',
    role: 'member',
    title: 'ประธานคณะกรรมการชมรมผู้นำอาสาพัฒนาชุมชนจังหวัดฉะเชิงเทรา',
    networks: ['och_leader'],
  },
  {
    position: 'network_leader',
    unit: CHACHOENGSAO,
    role: 'member',
    title: 'ประธานเครือข่ายกองทุนแม่ของแผ่นดินจังหวัดฉะเชิงเทรา',
    networks: ['mother_of_land'],
  },
  { position: 'cd_specialist', unit: CHACHOENGSAO, role: 'member', title: 'นักวิชาการพัฒนาชุมชนชำนาญการ' },
];
