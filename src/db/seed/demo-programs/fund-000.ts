// Seed 000's fund run as ลำปาง would run it, through the HTTP API on the seed's own dates: 91
// participants (13 in the province office, 6 in each of the 13 districts), five month-end piggy-bank
// counts (May–Sep 2567) each before two witnesses, the cash banked the next working day, a proposal
// request to the districts, 13 district proposals for 26 surveyed households, an assistance plan
// signed proposer → checker → provincial head, 26 payouts and a follow-up per district. The demo
// seed and the fund's end-to-end test both run this; staff added to reach 91 and every household
// are made up and marked (สาธิต).
import { thaiIdFor } from '../demo-ids.js';
import { DEMO_PROVINCE } from '../demo.js';
import { districtLogin, FUND_OFFICER } from './fund-000-accounts.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
export interface FundUser {
  userId: string;
  personId: string;
  get(path: string): Promise<Json>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Json>;
}
export interface FundApi {
  at(day: string, time?: string): void;
  as(username: string): Promise<FundUser>;
  districts(provinceId: string): Promise<string[]>;
}

export const CHECKER = 'demo.staff';
export const APPROVER = 'demo.province';
export const FUND_000 = {
  orgUnitId: DEMO_PROVINCE,
  nameTh: 'ออมวันละบาท สร้างโอกาสที่ยั่งยืน',
  startsOn: '2024-05-01',
  endsOn: '2024-09-30',
  pledgePerDay: 100,
  targetParticipants: 91,
  bankName: 'ธนาคารกรุงไทย สาขาลำปาง (สาธิต)',
  bankAccountNo: '000-0-00000-0 (สาธิต)',
};
export const PROVINCE_OFFICE_STAFF = 13;
export const DISTRICT_STAFF = 6;

/** Month-end counts (the banks come back on the last working day) and the next working day's deposit. */
export const MONTHS = [
  { countedOn: '2024-05-31', days: 31, depositedOn: '2024-06-03' },
  { countedOn: '2024-06-28', days: 30, depositedOn: '2024-07-01' },
  { countedOn: '2024-07-31', days: 31, depositedOn: '2024-08-01' },
  { countedOn: '2024-08-30', days: 31, depositedOn: '2024-09-02' },
  { countedOn: '2024-09-30', days: 30, depositedOn: '2024-10-01' },
];

/**
 * What participant k (1-based, enrolment order) had in the bank in month m, in satang: 1, 2 or 3
 * baht a day; participants 30, 60 and 90 (1 baht a day) put in only 20 baht in June, so they fall
 * short of the pledge; participant 1 dropped a 50-satang coin in July.
 */
export function countFor(k: number, m: number): number {
  const perDay = 1 + (k % 3);
  let baht = MONTHS[m]!.days * perDay;
  if (k % 30 === 0 && m === 1) baht = 20;
  return baht * 100 + (k === 1 && m === 2 ? 50 : 0);
}

/** Two households per district, help costs in satang; the last district's second item is approved for less. */
const HELP = ['housing', 'goods', 'occupation', 'education', 'health', 'cash'] as const;
const HELP_TH: Record<(typeof HELP)[number], string> = {
  housing: 'ซ่อมแซมหลังคาบ้าน',
  goods: 'ถุงยังชีพและเครื่องอุปโภคบริโภค',
  occupation: 'พันธุ์ไก่ไข่และอาหารสัตว์เพื่อประกอบอาชีพ',
  education: 'ทุนการศึกษาและอุปกรณ์การเรียนของบุตร',
  health: 'อุปกรณ์ช่วยเหลือผู้ป่วยติดเตียง',
  cash: 'เงินช่วยเหลือค่าครองชีพ',
};
export const COST_A = 100_000;
export const COST_B = 80_000;
export const REDUCED_B = 60_000;
const HEADS = [
  ['นาง', 'บัวคำ', 'ใจมา'],
  ['นาย', 'สมบูรณ์', 'คำแสน'],
  ['นาง', 'แสงเดือน', 'ปัญญา'],
  ['นาย', 'ทองดี', 'อินต๊ะ'],
] as const;

const key = (s: string) => ({ 'idempotency-key': `fund000-${s}` });

async function staffByOffice(officer: FundUser, districts: string[]) {
  const ref = await officer.get('/reference');
  const staffCodes = new Set<string>(
    ref.positions.filter((p: { isStaff: boolean }) => p.isStaff).map((p: { code: string }) => p.code),
  );
  const people: { id: string; orgUnitId: string; positionCode: string | null }[] = [];
  for (let page = 1; ; page++) {
    const res = await officer.get(`/people?orgUnitId=${DEMO_PROVINCE}&pageSize=200&page=${page}`);
    people.push(...res.items);
    if (page * res.pageSize >= res.total) break;
  }
  const office = (unit: string) => (districts.includes(unit.slice(0, 4)) ? unit.slice(0, 4) : DEMO_PROVINCE);
  const by = new Map<string, string[]>([[DEMO_PROVINCE, []], ...districts.map((d) => [d, []] as [string, string[]])]);
  for (const p of people) if (p.positionCode && staffCodes.has(p.positionCode)) by.get(office(p.orgUnitId))!.push(p.id);
  return by;
}

const FIRST = ['อนงค์', 'ชาตรี', 'ดวงใจ', 'ธีรวัฒน์', 'ผกามาศ', 'วรวุฒิ', 'สุดารัตน์', 'อดิศร'];
const LAST = ['สายสุข', 'ดอนไชย', 'แก้วกาศ', 'ศรีวิชัย', 'บุญเรือง', 'ไชยวงศ์'];

/** Staff to reach 13 in the province office and 6 in each district: made-up people marked (สาธิต). */
async function enrolStaff(officer: FundUser, fundId: string, districts: string[]): Promise<string[]> {
  const by = await staffByOffice(officer, districts);
  let n = 0;
  const order: string[] = [];
  for (const [office, ids] of by) {
    const want = office === DEMO_PROVINCE ? PROVINCE_OFFICE_STAFF : DISTRICT_STAFF;
    while (ids.length < want) {
      const i = n++;
      const p = await officer.post('/people', {
        title: i % 2 ? 'นางสาว' : 'นาย',
        firstName: FIRST[i % FIRST.length],
        lastName: `${LAST[(i * 5) % LAST.length]} (สาธิต)`,
        positionCode: office === DEMO_PROVINCE ? 'admin_officer' : 'cd_worker',
        orgUnitId: office,
        networks: [],
      });
      ids.push(p.id);
    }
    order.push(...ids.slice(0, want));
  }
  await officer.post(`/funds/${fundId}/participants`, { personIds: order, joinedOn: FUND_000.startsOn });
  return order;
}

export interface Fund000Result {
  fundId: string;
  planId: string;
  requestId: string;
  participantPersons: string[];
  districts: string[];
}

export async function seed000Fund(api: FundApi, opts: { projectId: string | null }): Promise<Fund000Result> {
  const districts = await api.districts(DEMO_PROVINCE);
  api.at('2024-04-26', '10:00');
  let officer = await api.as(FUND_OFFICER);
  const fund = await officer.post('/funds', { ...FUND_000, projectId: opts.projectId }, key('fund'));

  api.at('2024-05-02', '13:00'); // the kick-off (§3.3)
  officer = await api.as(FUND_OFFICER);
  const persons = await enrolStaff(officer, fund.id, districts);

  // The counting committee: the fund officer and the strategy director witness, the provincial
  // head stands in when one of them is the saver.
  const committee = [officer.personId, (await api.as(CHECKER)).personId, (await api.as(APPROVER)).personId];
  for (const [m, month] of MONTHS.entries()) {
    api.at(month.countedOn, '15:00');
    officer = await api.as(FUND_OFFICER);
    const counts = persons.map((personId, i) => ({
      participantNo: i + 1,
      amount: countFor(i + 1, m),
      witnessPersonIds: committee.filter((w) => w !== personId).slice(0, 2),
    }));
    await officer.post(
      `/funds/${fund.id}/collections`,
      { collectedOn: month.countedOn, place: 'ห้องประชุมสำนักงานพัฒนาชุมชนจังหวัดลำปาง', counts },
      key(`collection-${m + 1}`),
    );
    api.at(month.depositedOn, '10:00');
    officer = await api.as(FUND_OFFICER);
    const total = counts.reduce((s, c) => s + c.amount, 0);
    // September's banks went in on two slips, the coins apart.
    const slips = m === 4 ? [total - 2_050, 2_050] : [total];
    for (const [s, amount] of slips.entries()) {
      await officer.post(
        `/funds/${fund.id}/deposits`,
        { depositedOn: month.depositedOn, slipRef: `KTB-2567-${m + 1}${s ? '-coins' : ''}`, amount },
        key(`deposit-${m + 1}-${s}`),
      );
    }
  }

  api.at('2024-10-01', '14:00');
  officer = await api.as(FUND_OFFICER);
  await officer.post(
    `/funds/${fund.id}/proposal-request`,
    {
      title: 'ข้อเสนอโครงการขอรับความช่วยเหลือครัวเรือนเป้าหมาย โครงการออมวันละบาท สร้างโอกาสที่ยั่งยืน',
      instructions:
        'ให้อำเภอสำรวจความต้องการของครัวเรือนเป้าหมายตกเกณฑ์ TPMAP ครัวเรือนเปราะบาง ยากจนและด้อยโอกาส แล้วเสนอผ่านหน้ากองทุน',
      deadline: '2024-10-15',
    },
    key('proposal-request'),
  );
  const requestId = (await officer.get(`/funds/${fund.id}`)).proposalRequestId;

  for (const [i, districtId] of districts.entries()) {
    api.at(`2024-10-${String(3 + (i % 9)).padStart(2, '0')}`, '10:00');
    const user = await api.as(districtLogin(districtId));
    const sub = (await user.get(`/org-units?parentId=${districtId}`)).items[0];
    const village = await user.post('/org-units', {
      parentId: sub.id,
      villageNo: 1,
      nameTh: `บ้าน${sub.nameTh} (สาธิต)`,
    });
    const households = [];
    for (const h of [0, 1]) {
      const [title, first, last] = HEADS[(i * 2 + h) % HEADS.length]!;
      households.push(
        await user.post(
          `/funds/${fund.id}/households`,
          {
            villageId: village.id,
            houseNo: `${12 + i * 3 + h}/${h + 1}`,
            head: { title, firstName: first, lastName: `${last} (สาธิต)`, thaiId: thaiIdFor(60_000 + i * 2 + h) },
            members: [
              { title: 'ด.ญ.', firstName: 'มะลิ', lastName: `${last} (สาธิต)`, relation: 'หลาน', birthYearBe: 2557 },
              ...(h
                ? [{ title: 'นาย', firstName: 'จันทร์', lastName: `${last} (สาธิต)`, relation: 'สามี', birthYearBe: 2490 }]
                : []),
            ],
            tpmap: h === 0,
            failedIndicators:
              h === 0 ? [{ dimension: 'income', indicatorTh: 'รายได้เฉลี่ยของคนในครัวเรือนต่ำกว่าเกณฑ์ จปฐ.' }] : [],
            vulnerability: h === 0 ? null : i % 2 ? 'disadvantaged' : 'vulnerable',
            needsTh: h === 0 ? 'ต้องการความช่วยเหลือด้านที่อยู่อาศัยและอาชีพ' : 'ผู้สูงอายุอยู่ลำพัง ต้องการเครื่องอุปโภคบริโภค',
            surveyedOn: `2024-10-${String(3 + (i % 9)).padStart(2, '0')}`,
          },
          key(`household-${districtId}-${h}`),
        ),
      );
    }
    await user.post(`/funds/${fund.id}/proposals`, {
      districtId,
      summaryTh: 'เสนอขอรับความช่วยเหลือครัวเรือนเป้าหมายตามผลการสำรวจ ๒ ครัวเรือน',
      items: households.map((h, k) => {
        const kind = k === 0 ? HELP[i % HELP.length]! : 'goods';
        return {
          householdId: h.id,
          helpKind: kind,
          helpTh: HELP_TH[kind],
          cost: k === 0 ? COST_A : COST_B,
          reasonTh: k === 0 ? 'ครัวเรือนตกเกณฑ์ TPMAP ด้านรายได้' : 'ครัวเรือนเปราะบาง ผู้สูงอายุไม่มีผู้ดูแล',
        };
      }),
    });
  }

  api.at('2024-10-16', '10:00');
  officer = await api.as(FUND_OFFICER);
  const proposals = (await officer.get(`/funds/${fund.id}/proposals`)).items;
  for (const p of proposals) await officer.post(`/report-submissions/${p.submissionId}/accept`);
  const last = districts.at(-1);
  api.at('2024-10-18', '10:00');
  officer = await api.as(FUND_OFFICER);
  const checker = await api.as(CHECKER);
  const approver = await api.as(APPROVER);
  const plan = await officer.post(
    `/funds/${fund.id}/plans`,
    {
      titleTh: 'แผนการให้ความช่วยเหลือครัวเรือนเป้าหมาย โครงการออมวันละบาท สร้างโอกาสที่ยั่งยืน',
      items: proposals.flatMap((p: Json) =>
        p.items.map((it: Json, k: number) => ({
          proposalItemId: it.id,
          approvedCost: p.district.id === last && k === 1 ? REDUCED_B : it.cost,
        })),
      ),
      chain: [
        { role: 'proposer', signerUserId: officer.userId, positionLine: 'นักวิชาการพัฒนาชุมชน' },
        { role: 'checker', signerUserId: checker.userId, positionLine: 'ผู้อำนวยการกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน' },
        { role: 'approver', signerUserId: approver.userId, positionLine: 'พัฒนาการจังหวัดลำปาง' },
      ],
    },
    key('plan'),
  );
  await officer.post(`/fund-plans/${plan.id}/submit`);
  api.at('2024-10-21', '10:00');
  await (await api.as(CHECKER)).post(`/fund-plans/${plan.id}/sign`);
  api.at('2024-10-22', '10:00');
  await (await api.as(APPROVER)).post(`/fund-plans/${plan.id}/sign`, { comment: 'อนุมัติ' });

  api.at('2024-11-05', '10:00');
  officer = await api.as(FUND_OFFICER);
  const approved = await officer.get(`/fund-plans/${plan.id}`);
  const firstPayout = new Map<string, number>();
  for (const item of approved.items) {
    const payout = await officer.post(
      `/funds/${fund.id}/payouts`,
      {
        planId: plan.id,
        itemNo: item.itemNo,
        paidOn: '2024-11-05',
        amount: item.approvedCost,
        receiptNo: `${item.itemNo}/2568`,
      },
      key(`payout-${item.itemNo}`),
    );
    if (!firstPayout.has(payout.district.id)) firstPayout.set(payout.district.id, payout.payoutNo);
  }
  for (const [i, districtId] of districts.entries()) {
    api.at('2024-12-16', '10:00');
    const user = await api.as(districtLogin(districtId));
    await user.post(`/funds/${fund.id}/payouts/${firstPayout.get(districtId)}/follow-ups`, {
      visitedOn: '2024-12-16',
      outcome: i % 5 === 4 ? 'unchanged' : 'improved',
      noteTh: i % 5 === 4 ? 'ยังต้องติดตามต่อเนื่อง' : 'ครัวเรือนมีความเป็นอยู่ดีขึ้น',
    });
  }
  return { fundId: fund.id, planId: plan.id, requestId, participantPersons: persons, districts };
}
