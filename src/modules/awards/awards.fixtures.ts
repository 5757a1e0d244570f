// Seed 002 (ฉะเชิงเทรา, ๑ พัฒนากร ๑ เครือข่ายการพัฒนา) as the awards API receives it, and builders
// for the awards tests: people and accounts in ฉะเชิงเทรา (the demo seed has none there), a clock
// the test moves, uploads and row counts. Names are made up; units and rules are the letter's.
import assert from 'node:assert/strict';
import type { Clock } from '../../kernel/dates.js';
import { DEMO_PASSWORD } from '../../db/seed/demo.js';
import { createUserAccount } from '../auth/index.js';
import type { TestApp, TestClient, TestResponse } from '../../testing/test-app.js';

export const CHACHOENGSAO = '24';
export const DISTRICTS_002 = Array.from({ length: 11 }, (_, i) => `24${String(i + 1).padStart(2, '0')}`);

export function ok(res: TestResponse, status = 200): TestResponse {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

/** A clock the test sets; the app reads it on every request. */
export function movableClock(iso: string): Clock & { set(iso: string): void } {
  let ms = Date.parse(iso);
  return { now: () => new Date(ms), set: (next: string) => void (ms = Date.parse(next)) };
}

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

const LONG = {
  '1': 'ประวัติทางวินัย : ไม่เคยถูกลงโทษ ทั้งทางวินัยหรืออาญา',
  '2': 'ผลงานด้านการประพฤติตน ปฏิบัติงาน',
  '2.1': 'พฤติกรรมที่แสดงให้เห็นถึงความตั้งมั่นด้วยความซื่อสัตย์ สุจริตอย่างมั่นคง',
  '2.2': 'พฤติกรรมที่แสดงให้เห็นถึงการยืนหยัดต่อสู้ ปกป้อง เพื่อความซื่อสัตย์',
  '2.3': 'พฤติกรรมที่แสดงให้เห็นถึงความพากเพียรมุ่งมั่นให้เกิดความซื่อสัตย์ สุจริต',
  '2.4': 'ปฏิบัติหน้าที่เพื่อราชการและตอบสนองประโยชน์สุขของประชาชน',
  '2.5': 'องค์ประกอบอื่นๆ เช่น มีการประพฤติตนเกี่ยวกับจิตสาธารณะ',
  '3': 'ผลงานดีเด่นที่ทำร่วมกัน จำนวน ๑ เรื่อง',
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

/** A complete dossier. */
export function answers002(workName: string, discipline = 'never') {
  return {
    years_in_post: 6,
    discipline,
    b221: 'ปฏิบัติงานตามระเบียบอย่างเคร่งครัด ไม่รับของกำนัลจากผู้มาติดต่อ',
    b222: 'แจ้งหน่วยงานที่เกี่ยวข้องเมื่อพบการใช้จ่ายเงินกองทุนไม่ถูกต้อง',
    b223: 'ร่วมตรวจสอบการใช้งบประมาณของกลุ่มอาชีพในตำบล',
    b224: 'ลงพื้นที่นอกเวลาราชการเพื่อช่วยเหลือครัวเรือนเปราะบาง',
    work_name: workName,
    steps: 'ประชุมวางแผนร่วมกับเครือข่าย ลงพื้นที่ สรุปผล',
    period: 'มกราคม – เมษายน ๒๕๖๘',
    results: 'ครัวเรือนเป้าหมายมีรายได้เพิ่มขึ้น',
    use: 'ขยายผลไปยังตำบลใกล้เคียง',
  };
}

/** Bytes that sniff as a JPEG. */
export const jpegBytes = (size: number) => {
  const b = new Uint8Array(size);
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  return b;
};

export function upload(c: TestClient, nominationId: string, field: string, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set('field', field);
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return c.post(`/api/v1/award-nominations/${nominationId}/files`, form);
}

export const put = (c: TestClient, path: string, body: unknown) => c.request('PUT', path, body);

/** A person created through the people API by `admin`; returns its id. */
export async function person(
  admin: TestClient,
  p: {
    title?: string;
    firstName: string;
    lastName: string;
    orgUnitId: string;
    positionCode: string;
    networks?: string[];
  },
): Promise<string> {
  const res = ok(await admin.post('/api/v1/people', { title: 'นาย', networks: [], ...p }), 201);
  return res.body.id as string;
}

/** An account (password DEMO_PASSWORD, no change required) for a person, with one role. */
export async function account(t: TestApp, personId: string, username: string, role: string, orgUnitId: string) {
  await t.database.db.transaction().execute((trx) =>
    createUserAccount(trx, {
      personId,
      username,
      password: DEMO_PASSWORD,
      roles: [{ role: role as 'committee_judge', orgUnitId }],
      actorUserId: null,
      requestId: 'awards-test',
    }),
  );
}

/** The first subdistrict of a district: where a network partner lives. */
export async function subdistrictOf(t: TestApp, districtId: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('org_unit')
    .select('id')
    .where('parent_id', '=', districtId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const AWARD_TABLES = [
  'award_call',
  'award_category',
  'award_rubric',
  'award_criterion',
  'award_committee_member',
  'award_nomination',
  'award_nominee',
  'award_nomination_file',
  'award_conflict',
  'award_sheet',
  'award_score',
  'award_winner',
  'stored_file',
  'audit_log',
] as const;

/** Row counts of every awards table, stored files and the audit log, for "nothing was written". */
export async function snapshot(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of AWARD_TABLES) {
    const { n } = await t.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(n);
  }
  return out;
}

/** The call is refused with `status` and a Thai message matching `th` (top level or an issue), and writes nothing. */
export async function refused(
  t: TestApp,
  call: () => Promise<TestResponse>,
  status: number,
  th: RegExp,
): Promise<TestResponse> {
  const before = await snapshot(t);
  const res = await call();
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  const messages = [res.body.error.messageTh, ...res.body.error.issues.map((i: { messageTh: string }) => i.messageTh)];
  assert.ok(
    messages.some((m: string) => th.test(m)),
    `no message matching ${th}: ${JSON.stringify(messages)}`,
  );
  assert.deepEqual(await snapshot(t), before, 'nothing may be written');
  return res;
}
