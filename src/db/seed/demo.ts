// Demo data (CHUMCHON_DEMO=1 only): the real province of ลำปาง with its real 13 districts, its
// office's four work groups, and made-up staff and network partners in the positions the seed
// letters use. Names are generated deterministically and are not real people.
import type { Kysely } from 'kysely';
import type { Role } from '../../modules/access/index.js';
import { createUserAccount } from '../../modules/auth/index.js';
import { DEPARTMENT_ID } from '../../modules/org/index.js';
import { insertPerson } from '../../modules/people/index.js';
import type { DB } from '../schema.js';
import { thaiIdFor } from './demo-ids.js';

export const DEMO_PASSWORD = 'chumchon-demo';
export const DEMO_PROVINCE = '52';

export const WORK_GROUPS = [
  'กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน',
  'กลุ่มงานสารสนเทศการพัฒนาชุมชน',
  'กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน',
  'กลุ่มงานส่งเสริมการพัฒนาชุมชน',
];

const FIRST_M = [
  'สมชาย',
  'ประเสริฐ',
  'วิชัย',
  'สุรชัย',
  'ธนพล',
  'อนุชา',
  'กิตติพงษ์',
  'ณรงค์',
  'ชัยวัฒน์',
  'พงศกร',
  'เอกชัย',
  'ศักดิ์ชัย',
];
const FIRST_F = [
  'สมศรี',
  'วราภรณ์',
  'กาญจนา',
  'สุภาพร',
  'นงลักษณ์',
  'อรุณี',
  'พิมพ์ชนก',
  'ศิริพร',
  'รัตนา',
  'จันทร์เพ็ญ',
  'มาลัย',
  'ปวีณา',
];
const LAST = [
  'ใจดี',
  'แก้วมณี',
  'ศรีสุข',
  'บุญมา',
  'คำปัน',
  'อินทรวงศ์',
  'ทองคำ',
  'จันทร์แก้ว',
  'สุขเกษม',
  'วงศ์ไชย',
  'ปัญญาดี',
  'มูลเมือง',
  'ก๋องแก้ว',
  'ธรรมวงศ์',
];

/** Deterministic name source: the same install always gets the same demo people. */
function names() {
  let i = 0;
  return () => {
    const female = i % 2 === 1;
    const first = (female ? FIRST_F : FIRST_M)[(i * 7) % 12]!;
    const last = LAST[(i * 5 + Math.floor(i / 12)) % LAST.length]!;
    const title = female ? (i % 4 === 1 ? 'นาง' : 'นางสาว') : 'นาย';
    i++;
    return { title, firstName: first, lastName: last, thaiId: thaiIdFor(i) };
  };
}

export interface DemoLogin {
  username: string;
  role: Role;
  unitNameTh: string;
  description: string;
}

export async function isDemoSeeded(db: Kysely<DB>): Promise<boolean> {
  return !!(await db.selectFrom('org_unit').select('id').where('id', '=', `${DEMO_PROVINCE}-wg1`).executeTakeFirst());
}

export async function seedDemo(db: Kysely<DB>): Promise<DemoLogin[]> {
  const next = names();
  const logins: DemoLogin[] = [];
  await db.transaction().execute(async (trx) => {
    const province = await trx
      .selectFrom('org_unit')
      .select(['id', 'path', 'name_th'])
      .where('id', '=', DEMO_PROVINCE)
      .executeTakeFirstOrThrow();
    const districts = await trx
      .selectFrom('org_unit')
      .select(['id', 'path', 'name_th'])
      .where('parent_id', '=', DEMO_PROVINCE)
      .orderBy('id')
      .execute();
    await trx
      .insertInto('org_unit')
      .values(
        WORK_GROUPS.map((name, i) => ({
          id: `${DEMO_PROVINCE}-wg${i + 1}`,
          kind: 'work_group' as const,
          parent_id: DEMO_PROVINCE,
          path: `${province.path}${DEMO_PROVINCE}-wg${i + 1}/`,
          name_th: name,
          name_en: null,
          letter_prefix: null,
          has_office: false,
          village_no: null,
        })),
      )
      .execute();

    const by = { actorUserId: null, requestId: 'demo-seed' };
    const person = async (orgUnitId: string, positionCode: string, networks: string[] = []) =>
      (await insertPerson(trx, by, { ...next(), positionCode, orgUnitId, phone: null, email: null, networks })).id;
    const login = async (
      personId: string,
      username: string,
      role: Role,
      unitId: string,
      unitNameTh: string,
      description: string,
    ) => {
      await createUserAccount(trx, {
        personId,
        username,
        password: DEMO_PASSWORD,
        roles: [{ role, orgUnitId: unitId }],
        actorUserId: null,
        requestId: 'demo-seed',
      });
      logins.push({ username, role, unitNameTh, description });
    };

    const hq = await person(DEPARTMENT_ID, 'cd_specialist');
    await login(hq, 'demo.hq', 'hq_admin', DEPARTMENT_ID, 'กรมการพัฒนาชุมชน', 'ผู้ดูแลระบบส่วนกลาง');
    const head = await person(DEMO_PROVINCE, 'provincial_head');
    await login(head, 'demo.province', 'province_admin', DEMO_PROVINCE, province.name_th, 'พัฒนาการจังหวัด');
    for (let i = 1; i <= WORK_GROUPS.length; i++) {
      const director = await person(`${DEMO_PROVINCE}-wg${i}`, 'work_group_director');
      if (i === 1)
        await login(
          director,
          'demo.staff',
          'province_staff',
          DEMO_PROVINCE,
          province.name_th,
          'ผู้อำนวยการกลุ่มงานยุทธศาสตร์ฯ',
        );
      await person(`${DEMO_PROVINCE}-wg${i}`, 'cd_specialist');
    }
    for (const [i, d] of districts.entries()) {
      const districtHead = await person(d.id, 'district_head');
      const worker = await person(d.id, 'cd_worker');
      if (i % 3 === 0) await person(d.id, 'cd_volunteer');
      await person(d.id, 'network_leader', ['kpsm', 'savings_group']);
      await person(d.id, 'network_leader', ['sorchortor']);
      if (d.id === '5201') await login(districtHead, 'demo.district', 'district_head', d.id, d.name_th, 'พัฒนาการอำเภอ');
      if (d.id === '5205') await login(worker, 'demo.officer', 'district_staff', d.id, d.name_th, 'พัฒนากร');
    }
  });
  return logins;
}
