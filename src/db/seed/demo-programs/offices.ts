// The offices of the four other seed provinces, as demo.ts sets up ลำปาง: the province's four work
// groups, its provincial head with a province_admin login, and the extra signers the seed forms'
// chains need. Every person here is made up and marked (สาธิต); the officials named in the letters
// are not recreated. In ลำปาง the proposer and endorser of seed 000 get logins on the people
// demo.ts already made in กลุ่มงานสารสนเทศ (52-wg2).
import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../../../modules/access/index.js';
import { createUserAccount } from '../../../modules/auth/index.js';
import { insertPerson } from '../../../modules/people/index.js';
import type { DB } from '../../schema.js';
import { DEMO_PASSWORD, DEMO_PROVINCE, WORK_GROUPS, type DemoLogin } from '../demo.js';
import { thaiIdFor } from '../demo-ids.js';

/** Work group n (1-based) of a province, numbered in WORK_GROUPS order as in demo.ts. */
export const wg = (province: string, n: 1 | 2 | 3 | 4) => `${province}-wg${n}`;
export const STRATEGY = 1;
export const INFORMATION = 2;
export const COORDINATION = 3;

interface Name {
  title: string;
  firstName: string;
  lastName: string;
}
interface Signer extends Name {
  username: string;
  unitId: string;
  positionCode: string;
  description: string;
}
interface Office {
  province: string;
  username: string;
  head: Name;
  signers: Signer[];
}

const demo = (title: string, firstName: string, lastName: string): Name => ({
  title,
  firstName,
  lastName: `${lastName} (สาธิต)`,
});

/** Seed provinces by geocode: สระแก้ว 27 (seed 001), ฉะเชิงเทรา 24 (002), ระยอง 21 (003), พะเยา 56 (004). */
export const OFFICES: Office[] = [
  {
    province: '27',
    username: 'demo.sakaeo',
    head: demo('นาย', 'วีระ', 'ทองสุข'),
    signers: [
      {
        username: 'demo.sakaeo.proposer',
        unitId: wg('27', INFORMATION),
        positionCode: 'cd_specialist',
        description: 'นักวิชาการพัฒนาชุมชน กลุ่มงานสารสนเทศฯ (ผู้เสนอโครงการ)',
        ...demo('นาย', 'ธนากร', 'มั่นคง'),
      },
    ],
  },
  {
    province: '24',
    username: 'demo.chachoengsao',
    head: demo('นาย', 'สุรเชษฐ์', 'รุ่งเรือง'),
    signers: [
      {
        username: 'demo.chachoengsao.proposer',
        unitId: wg('24', STRATEGY),
        positionCode: 'cd_specialist',
        description: 'นักวิชาการพัฒนาชุมชน กลุ่มงานยุทธศาสตร์ฯ (ผู้เสนอโครงการ)',
        ...demo('นางสาว', 'ปิยะนุช', 'แสงทอง'),
      },
      {
        username: 'demo.chachoengsao.endorser',
        unitId: wg('24', STRATEGY),
        positionCode: 'work_group_director',
        description: 'ผู้อำนวยการกลุ่มงานยุทธศาสตร์ฯ (ผู้เห็นชอบโครงการ)',
        ...demo('นาง', 'พรทิพย์', 'วงศ์สวัสดิ์'),
      },
    ],
  },
  {
    province: '21',
    username: 'demo.rayong',
    head: demo('นาง', 'กมลวรรณ', 'ศรีงาม'),
    signers: [
      {
        username: 'demo.rayong.proposer',
        unitId: wg('21', COORDINATION),
        positionCode: 'cd_specialist',
        description: 'นักวิชาการพัฒนาชุมชน กลุ่มงานประสานฯ (ผู้เสนอโครงการ)',
        ...demo('นางสาว', 'ชนิดา', 'ใจงาม'),
      },
      {
        username: 'demo.rayong.endorser',
        unitId: wg('21', COORDINATION),
        positionCode: 'work_group_director',
        description: 'ผู้อำนวยการกลุ่มงานประสานฯ (ผู้เห็นชอบโครงการ)',
        ...demo('นาง', 'จิราพร', 'บุญยืน'),
      },
    ],
  },
  { province: '56', username: 'demo.phayao', head: demo('นาง', 'สุนันทา', 'คำมา'), signers: [] },
];

/** Logins on people demo.ts made in ลำปาง's กลุ่มงานสารสนเทศ, for seed 000's four-step chain. */
const LAMPANG_SIGNERS = [
  {
    username: 'demo.lampang.proposer',
    positionCode: 'cd_specialist',
    description: 'นักวิชาการพัฒนาชุมชน กลุ่มงานสารสนเทศฯ (ผู้เสนอโครงการ)',
  },
  {
    username: 'demo.lampang.endorser',
    positionCode: 'work_group_director',
    description: 'ผู้อำนวยการกลุ่มงานสารสนเทศฯ (ผู้ให้ความเห็นชอบโครงการ)',
  },
];

export async function createSeedOffices(db: Kysely<DB>): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  await db.transaction().execute(async (trx) => {
    const by = { actorUserId: null, requestId: 'demo-seed' };
    let n = 40_000; // demo.ts numbers its people from 1, the savings demo from 20,000
    const login = async (personId: string, username: string, role: Role, unitId: string, description: string) => {
      await createUserAccount(trx, {
        personId,
        username,
        password: DEMO_PASSWORD,
        roles: [{ role, orgUnitId: unitId }],
        actorUserId: null,
        requestId: 'demo-seed',
      });
      const unit = await trx
        .selectFrom('org_unit')
        .select('name_th')
        .where('id', '=', unitId)
        .executeTakeFirstOrThrow();
      logins.push({ username, role, unitNameTh: unit.name_th, description });
    };
    const person = async (name: Name, orgUnitId: string, positionCode: string) =>
      (
        await insertPerson(trx, by, {
          ...name,
          thaiId: thaiIdFor(++n),
          positionCode,
          orgUnitId,
          phone: null,
          email: null,
          networks: [],
        })
      ).id;

    for (const s of LAMPANG_SIGNERS) {
      const p = await trx
        .selectFrom('person')
        .select('id')
        .where('org_unit_id', '=', wg(DEMO_PROVINCE, INFORMATION))
        .where('position_code', '=', s.positionCode)
        .orderBy('created_at')
        .executeTakeFirstOrThrow();
      await login(p.id, s.username, 'province_staff', DEMO_PROVINCE, s.description);
    }
    for (const office of OFFICES) {
      await addWorkGroups(trx, office.province);
      const head = await person(office.head, office.province, 'provincial_head');
      await login(head, office.username, 'province_admin', office.province, 'พัฒนาการจังหวัด (สาธิต)');
      for (const s of office.signers) {
        const id = await person(s, s.unitId, s.positionCode);
        await login(id, s.username, 'province_staff', office.province, s.description);
      }
    }
  });
  return logins;
}

async function addWorkGroups(trx: Transaction<DB>, provinceId: string) {
  const province = await trx
    .selectFrom('org_unit')
    .select('path')
    .where('id', '=', provinceId)
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('org_unit')
    .values(
      WORK_GROUPS.map((name, i) => ({
        id: `${provinceId}-wg${i + 1}`,
        kind: 'work_group' as const,
        parent_id: provinceId,
        path: `${province.path}${provinceId}-wg${i + 1}/`,
        name_th: name,
        name_en: null,
        letter_prefix: null,
        has_office: false,
        village_no: null,
      })),
    )
    .execute();
}
