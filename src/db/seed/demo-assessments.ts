// Demo data for seed 004's SMART Saving Group activity, on the seed's own dates (April–May 2564),
// written through the API like the other seed programs (demo-programs/api.ts): the two SAMPLE
// instruments (ตัวอย่าง — the official texts are not public), the department's program with 10
// groups per province and 3,000 baht each, five level-3 groups in พะเยา (one leading a community
// fund management centre) with members, committees and a meeting day, พะเยา's selection, and in ปง
// two forums: one signed with its plan adopted, reported on time and partly spent; one signed with
// its plan still a draft and its report overdue. Groups and the ปง officer are made up (สาธิต).
import type { Kysely } from 'kysely';
import { createUserAccount } from '../../modules/auth/index.js';
import { SAMPLE_GOVERNANCE, SAMPLE_SSG, type TInstrumentInput } from '../../modules/assessments/index.js';
import { insertPerson } from '../../modules/people/index.js';
import { qrPng } from '../../server/qr.js';
import type { DB } from '../schema.js';
import { DEMO_PASSWORD, type DemoLogin } from './demo.js';
import { thaiIdFor } from './demo-ids.js';
import { DemoApi, type DemoUser, type Json } from './demo-programs/api.js';
import { SAMPLE_RULES } from './savings-sample.js';

const PHAYAO = '56';
const PONG = '5606';
const OFFICER = 'demo.phayao.pong';

/** Level-3 groups by district (ปง, ปง, ภูซาง, เชียงคำ, แม่ใจ) and one level-2 group that is not a candidate. */
const GROUPS = [
  { district: PONG, nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านนาอ้อม (สาธิต)', level: 3, members: 16, centre: true },
  { district: PONG, nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านดอนไชย (สาธิต)', level: 3, members: 15, centre: false },
  { district: '5608', nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านสบบง (สาธิต)', level: 3, members: 12, centre: false },
  { district: '5603', nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านฝายกวาง (สาธิต)', level: 3, members: 10, centre: false },
  { district: '5607', nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านศรีถ้อย (สาธิต)', level: 3, members: 9, centre: false },
  { district: '5607', nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านแม่สุก (สาธิต)', level: 2, members: 8, centre: false },
];
const FIRST = ['คำแปง', 'บัวตอง', 'ศรีวรรณ', 'จันทร์ทิพย์', 'อินทร', 'แก้วตา', 'สมพร', 'ทองดี'];
const LAST = ['ไชยวงค์', 'ปัญญาวงค์', 'อินต๊ะวงค์', 'คำมูล', 'ใจคำ', 'สิทธิวงค์'];

export async function isDemoAssessmentsSeeded(db: Kysely<DB>): Promise<boolean> {
  return !!(await db.selectFrom('user_account').select('id').where('username', '=', OFFICER).executeTakeFirst());
}

/** Needs seedDemo (demo.hq) and seedDemoPrograms (พะเยา's office and demo.phayao) first; runs once. */
export async function seedDemoAssessments(db: Kysely<DB>): Promise<DemoLogin[]> {
  if (await isDemoAssessmentsSeeded(db)) return [];
  const login = await officerLogin(db);
  const api = new DemoApi(db);
  const hq = await api.as('demo.hq');
  const province = await api.as('demo.phayao');
  api.at('2021-04-01');
  const instruments = [
    await hq.post('/assessment-instruments', SAMPLE_GOVERNANCE),
    await hq.post('/assessment-instruments', SAMPLE_SSG),
  ];
  const groups = await seedGroups(db, api, province);
  api.at('2021-04-20', '10:00');
  const program = await hq.post('/assessment-programs', {
    orgUnitId: 'TH',
    titleTh: 'พัฒนาศักยภาพกลุ่มออมทรัพย์เพื่อการผลิตสู่มาตรฐาน SMART Saving Group ปีงบประมาณ 2564',
    fiscalYear: 2564,
    instrumentIds: instruments.map((i: Json) => i.id),
    defaultQuota: 10,
    supportPerGroup: 300000,
    reportDays: 7,
    planTargetBp: 6000,
    resultsDueOn: '2021-06-15',
  });
  api.at('2021-04-26');
  await province.post(`/assessment-programs/${program.id}/selection`, { provinceIds: [PHAYAO] });
  const officer = await api.as(OFFICER);
  await forum(api, officer, program.id, instruments, groups[0]!, {
    heldOn: '2021-05-12',
    fail: ['M2', 'T1'],
    plan: { adoptOn: '2021-05-14', reportOn: '2021-05-17' },
  });
  await forum(api, officer, program.id, instruments, groups[1]!, { heldOn: '2021-05-13', fail: ['3.5', 'R4'] });
  return [login];
}

async function officerLogin(db: Kysely<DB>): Promise<DemoLogin> {
  return db.transaction().execute(async (trx) => {
    const by = { actorUserId: null, requestId: 'demo-seed' };
    const { id } = await insertPerson(trx, by, {
      title: 'นางสาว',
      firstName: 'อรอุมา',
      lastName: 'ปัญญาดี (สาธิต)',
      thaiId: thaiIdFor(61_001),
      positionCode: 'cd_worker',
      orgUnitId: PONG,
      phone: null,
      email: null,
      networks: [],
    });
    await createUserAccount(trx, {
      personId: id,
      username: OFFICER,
      password: DEMO_PASSWORD,
      roles: [{ role: 'district_staff', orgUnitId: PONG }],
      actorUserId: null,
      requestId: 'demo-seed',
    });
    return {
      username: OFFICER,
      role: 'district_staff',
      unitNameTh: 'อำเภอปง',
      description: 'พัฒนากร อำเภอปง (สาธิต), เวที SSG',
    };
  });
}

/** The groups, their members and committees, one meeting day (5 April 2564) and the fund-centre role. */
async function seedGroups(db: Kysely<DB>, api: DemoApi, province: DemoUser): Promise<string[]> {
  const ids: string[] = [];
  let n = 60_000; // demo people are numbered from 1, savings members from 20,000, seed offices from 40,000
  for (const [gi, spec] of GROUPS.entries()) {
    api.at('2021-01-05');
    const sub = await db
      .selectFrom('org_unit')
      .select('id')
      .where('parent_id', '=', spec.district)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const g = await province.post(
      '/groups',
      { nameTh: spec.nameTh, orgUnitId: sub.id, foundedOn: '2015-03-06', level: spec.level, rules: SAMPLE_RULES },
      { 'idempotency-key': `demo-ssg-group-${gi}` },
    );
    ids.push(g.id);
    // Existing groups: their members and savings come in as opening balances, one entry per group
    // (each member enrolled one by one would be a ledger write apiece and slow the demo's start).
    const lines = ['เลขประจำตัวประชาชน,คำนำหน้า,ชื่อ,นามสกุล,วันที่สมัคร,เงินสัจจะรายเดือน,ยอดเงินสัจจะสะสม'];
    let total = 0;
    for (let m = 1; m <= spec.members; m++) {
      const pledged = 100 * (60 + ((m * 7 + gi) % 12) * 6); // baht: five to ten years of 100 a month
      total += pledged;
      const name = `${m % 2 ? 'นาง' : 'นาย'},${FIRST[(m + gi) % FIRST.length]},${LAST[(m * 3 + gi) % LAST.length]}`;
      lines.push(`${thaiIdFor(++n)},${name},2015-03-06,100,${pledged}`);
    }
    const form = new FormData();
    form.set('file', new File([lines.join('\n')], 'สมาชิก.csv'));
    form.set('asOf', '2021-01-04');
    form.set('bank', String(total));
    await province.post(`/groups/${g.id}/opening-balances`, form, {
      'idempotency-key': `demo-ssg-opening-${gi}`,
    });
    for (const [memberNo, role] of [
      [1, 'chair'],
      [2, 'treasurer'],
    ] as const) {
      await province.post(`/groups/${g.id}/committee-seats`, {
        committee: 'executive',
        role,
        memberNo,
        termStart: '2020-01-01',
        termEnd: '2022-12-31',
      });
    }
    if (spec.centre) {
      await province.post(`/groups/${g.id}/fund-centre`, {
        effectiveOn: '2020-10-01',
        leads: true,
        centreNameTh: 'ศูนย์จัดการกองทุนชุมชนตำบลนาปรัง (สาธิต)',
      });
    }
    api.at('2021-04-05');
    const rows = Array.from({ length: spec.members }, (_, i) => ({ memberNo: i + 1, pledge: 10000 }));
    await province.post(
      `/groups/${g.id}/meeting-days`,
      { postedOn: '2021-04-05', rows },
      {
        'idempotency-key': `demo-ssg-day-${gi}`,
      },
    );
  }
  return ids;
}

interface ForumSpec {
  heldOn: string;
  /** Indicators the forum answers "no" (the books' own answers stand as they are). */
  fail: string[];
  plan?: { adoptOn: string; reportOn: string };
}

const passing = (a: TInstrumentInput['dimensions'][number]['indicators'][number]['answer']) =>
  a.type === 'yes_no' ? a.passWhen === 'yes' : a.type === 'level' ? a.maxLevel : (a.max ?? a.min ?? 0);

async function forum(
  api: DemoApi,
  officer: DemoUser,
  programId: string,
  instruments: Json[],
  groupId: string,
  spec: ForumSpec,
) {
  const base = `/assessment-programs/${programId}/forums/${groupId}`;
  api.at(spec.heldOn, '15:00');
  await officer.put(base, {
    heldOn: spec.heldOn,
    place: 'ที่ทำการกลุ่มออมทรัพย์เพื่อการผลิต',
    participantCount: 15,
    participants: [],
    review: {
      rules: 'ทบทวนระเบียบกลุ่ม ฉบับปรับปรุงปี 2562',
      committee: 'คณะกรรมการครบ 4 คณะ อยู่ในวาระถึงปี 2565',
      allocation: 'จัดสรรกำไรตามระเบียบ ปันผลร้อยละ 60',
      notes: '',
    },
  });
  const evidence = await qrPng('เอกสารประกอบการประเมิน (สาธิต)');
  for (const i of instruments) {
    const answers = [];
    for (const d of i.dimensions as TInstrumentInput['dimensions']) {
      for (const x of d.indicators) {
        if (x.ledgerSource) continue;
        const value = spec.fail.includes(x.code) ? (x.answer.type === 'level' ? 0 : false) : passing(x.answer);
        answers.push({ instrumentId: i.id, indicatorCode: x.code, value, note: '' });
        if (x.evidenceRequired) {
          await officer.upload(
            `${base}/evidence`,
            { instrumentId: i.id, indicatorCode: x.code },
            { name: `${x.evidenceTh || 'หลักฐาน'} (สาธิต).png`, bytes: new Uint8Array(evidence) },
          );
        }
      }
    }
    await officer.put(`${base}/answers`, { answers });
  }
  const signed = await officer.post(`${base}/sign`);
  const items = signed.plan.items as { itemNo: number; indicatorCode: string; indicatorTextTh: string }[];
  // The support budget (3,000 baht) split over the items, the last taking the remainder.
  const share = Math.floor(300000 / Math.max(1, items.length) / 100) * 100;
  if (items.length > 0)
    await officer.put(`${base}/plan/items`, {
      items: items.map((x, k) => ({
        itemNo: x.itemNo,
        action: `ปรับปรุงตามตัวชี้วัด ${x.indicatorCode}: ${x.indicatorTextTh}`,
        owner: k % 2 ? 'เหรัญญิกกลุ่ม' : 'คณะกรรมการอำนวยการ',
        dueOn: '2021-09-30',
        cost: k === items.length - 1 ? 300000 - share * (items.length - 1) : share,
      })),
    });
  if (!spec.plan) return;
  api.at(spec.plan.adoptOn, '14:00');
  await officer.post(`${base}/plan/adopt`);
  api.at(spec.plan.reportOn, '10:00');
  await officer.post(`${base}/report`);
  api.at('2021-05-25', '11:00');
  await officer.post(
    `${base}/plan/spending`,
    { spentOn: '2021-05-25', amount: 150000, itemNo: items[0]?.itemNo ?? null, note: 'ค่าอบรมการบันทึกบัญชี (สาธิต)' },
    { 'idempotency-key': 'demo-ssg-spending-1' },
  );
}
