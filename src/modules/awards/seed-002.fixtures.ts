// The cast of seed 002 in ฉะเชิงเทรา: the nine-member committee as the project names it, an
// organiser at the province office, and for each of the 11 districts its head (who nominates and
// endorses), a พัฒนากร (an อสพ. in บ้านโพธิ์) and a network partner living in the district.
import { toThaiDigits } from '../../kernel/thai-digits.js';
import type { TestApp } from '../../testing/test-app.js';
import { account, CHACHOENGSAO, COMMITTEE_002, DISTRICTS_002, person, subdistrictOf } from './awards.fixtures.js';

export { COMMITTEE_002 };

const PARTNER_NETWORKS = ['kpsm', 'sorchortor', 'savings_group', 'mother_of_land', 'kkkc', 'kpst'];

export interface Cast002 {
  judges: { username: string; personId: string; memberId: string }[];
  districts: Map<string, { staff: string; partner: string; nomination: string }>;
  people: Record<string, string>;
}

/** People through the people API, accounts directly; every password is DEMO_PASSWORD. */
export async function cast002(t: TestApp): Promise<Cast002> {
  const judges: Cast002['judges'] = [];
  const districts: Cast002['districts'] = new Map();
  const people: Cast002['people'] = {};
  const hq = await t.as('demo.hq');
  const bangpakong = await subdistrictOf(t, '2404');
  for (const [i, m] of COMMITTEE_002.entries()) {
    const personId = await person(hq, {
      title: i % 2 ? 'นาง' : 'นาย',
      firstName: `กรรมการ${toThaiDigits(i + 1)}`,
      lastName: 'ทดสอบ',
      orgUnitId: m.unit === 'bangpakong' ? bangpakong : m.unit,
      positionCode: m.position,
      networks: m.networks ?? [],
    });
    const username = `cco.judge${i + 1}`;
    await account(t, personId, username, 'committee_judge', CHACHOENGSAO);
    judges.push({ username, personId, memberId: '' });
  }
  const organiserPerson = await person(hq, {
    firstName: 'ผู้ประสาน',
    lastName: 'โครงการ',
    orgUnitId: CHACHOENGSAO,
    positionCode: 'cd_specialist',
  });
  await account(t, organiserPerson, 'cco.organiser', 'province_staff', CHACHOENGSAO);
  for (const [i, d] of DISTRICTS_002.entries()) {
    const headPerson = await person(hq, {
      firstName: 'หัวหน้า',
      lastName: `อำเภอ${d}`,
      orgUnitId: d,
      positionCode: 'district_head',
    });
    await account(t, headPerson, `head.${d}`, 'district_head', d);
    people[`head.${d}`] = headPerson;
    const staff = await person(hq, {
      title: 'นางสาว',
      firstName: 'พัฒนากร',
      lastName: `อำเภอ${d}`,
      orgUnitId: d,
      positionCode: d === '2405' ? 'cd_volunteer' : 'cd_worker',
    });
    const partner = await person(hq, {
      firstName: 'เครือข่าย',
      lastName: `อำเภอ${d}`,
      orgUnitId: await subdistrictOf(t, d),
      positionCode: 'network_leader',
      networks: [PARTNER_NETWORKS[i % PARTNER_NETWORKS.length]!],
    });
    districts.set(d, { staff, partner, nomination: '' });
  }
  people.ochOnly = await person(hq, {
    firstName: 'ผู้นำอช',
    lastName: 'เมือง',
    orgUnitId: await subdistrictOf(t, '2401'),
    positionCode: 'network_leader',
    networks: ['och_leader'],
  });
  return { judges, districts, people };
}
