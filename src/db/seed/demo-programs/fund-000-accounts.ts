// The logins seed 000's fund needs beyond demo.ts's ลำปาง: a fund officer of กลุ่มงานสารสนเทศ (the
// project's owner), who also answers for the province's report requests, and a login for the head
// of each district office that demo.ts gave none, so all 13 districts can survey and propose. The
// officer is a made-up person marked (สาธิต); the district heads are demo.ts's own people.
// Shared by the demo seed and the fund's tests, so both run the same people.
import type { Kysely } from 'kysely';
import { createUserAccount } from '../../../modules/auth/index.js';
import { insertPerson } from '../../../modules/people/index.js';
import type { DB } from '../../schema.js';
import { DEMO_PASSWORD, DEMO_PROVINCE, type DemoLogin } from '../demo.js';
import { INFORMATION, wg } from './offices.js';

export const FUND_OFFICER = 'demo.lampang.fund';
/** District office → the login that surveys and proposes for it (demo.ts made two of them). */
export function districtLogin(districtId: string): string {
  if (districtId === '5201') return 'demo.district';
  if (districtId === '5205') return 'demo.officer';
  return `demo.lampang.${districtId}`;
}

export async function createFund000Accounts(db: Kysely<DB>): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  await db.transaction().execute(async (trx) => {
    const by = { actorUserId: null, requestId: 'demo-seed' };
    const officer = await insertPerson(trx, by, {
      title: 'นางสาว',
      firstName: 'ศศิธร',
      lastName: 'ออมสุข (สาธิต)',
      thaiId: null,
      positionCode: 'cd_specialist',
      orgUnitId: wg(DEMO_PROVINCE, INFORMATION),
      phone: null,
      email: null,
      networks: [],
    });
    await createUserAccount(trx, {
      personId: officer.id,
      username: FUND_OFFICER,
      password: DEMO_PASSWORD,
      roles: [
        { role: 'province_staff', orgUnitId: DEMO_PROVINCE },
        { role: 'fund_officer', orgUnitId: DEMO_PROVINCE },
      ],
      actorUserId: null,
      requestId: 'demo-seed',
    });
    logins.push({
      username: FUND_OFFICER,
      role: 'fund_officer',
      unitNameTh: 'จังหวัดลำปาง',
      description: 'เจ้าหน้าที่กองทุนออมวันละบาท กลุ่มงานสารสนเทศฯ (สาธิต)',
    });
    const heads = await trx
      .selectFrom('person as p')
      .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
      .select(['p.id', 'p.org_unit_id', 'o.name_th'])
      .where('o.parent_id', '=', DEMO_PROVINCE)
      .where('o.kind', '=', 'district')
      .where('p.position_code', '=', 'district_head')
      .orderBy('p.org_unit_id')
      .execute();
    for (const h of heads) {
      const username = districtLogin(h.org_unit_id);
      if (!username.startsWith('demo.lampang.')) continue;
      await createUserAccount(trx, {
        personId: h.id,
        username,
        password: DEMO_PASSWORD,
        roles: [{ role: 'district_head', orgUnitId: h.org_unit_id }],
        actorUserId: null,
        requestId: 'demo-seed',
      });
      logins.push({ username, role: 'district_head', unitNameTh: h.name_th, description: 'พัฒนาการอำเภอ' });
    }
  });
  return logins;
}
