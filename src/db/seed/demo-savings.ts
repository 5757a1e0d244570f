// Demo savings groups in ลำปาง with a year of realistic, deterministic activity (monthly meeting
// days, special savings, loans with one late payer), posted through the same use cases the API
// uses, so the demo books obey every rule the real ones do. Names are marked (สาธิต).
import type { Kysely } from 'kysely';
import { seededRandom } from '../../kernel/random.js';
import { addDays, civilDate, dateParts, todayInBangkok, type Clock } from '../../kernel/dates.js';
import type { Actor } from '../../modules/access/index.js';
import { applyLoan, decideLoan, disburseLoan, listLoans } from '../../modules/loans/index.js';
import { postMeetingDay } from '../../modules/meetings/index.js';
import { actorForUsername, createUserAccount } from '../../modules/auth/index.js';
import { insertPerson } from '../../modules/people/index.js';
import { joinMember, registerGroup } from '../../modules/savings/index.js';
import type { UseCaseContext } from '../../server/context.js';
import type { DB } from '../schema.js';
import { DEMO_PASSWORD } from './demo.js';
import { thaiIdFor } from './demo-ids.js';

export const DEMO_TREASURER = 'demo.treasurer';
import { SAMPLE_RULES } from './savings-sample.js';

const GROUPS = [
  { nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านป่าขาม (สาธิต)', orgUnitId: '520101', members: 20, maker: 'demo.district' },
  { nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านต้นยาง (สาธิต)', orgUnitId: '520102', members: 15, maker: 'demo.district' },
  { nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านแม่ทะ (สาธิต)', orgUnitId: '520501', members: 12, maker: 'demo.officer' },
];
const FIRST = ['บุญมี', 'คำปัน', 'ศรีนวล', 'จันทร์แก้ว', 'ประเสริฐ', 'อุไร', 'สมบูรณ์', 'บัวคำ', 'ทองใบ', 'แสงเดือน'];
const LAST = ['ใจมา', 'ปัญญาดี', 'คำแสน', 'อินต๊ะ', 'ศรีวงค์', 'ยาวิเลิง', 'กันทะวงศ์', 'ธรรมใจ'];
const PLEDGES = [5000, 10000, 10000, 20000, 30000, 50000];

/** Meeting days on the 5th of each month from October 2025 up to the last 5th before today (≤ 14). */
function meetingDays(clock: Clock): string[] {
  const today = todayInBangkok(clock);
  const out: string[] = [];
  for (let i = 0; i < 14; i++) {
    const y = 2025 + Math.floor((9 + i) / 12);
    const m = ((9 + i) % 12) + 1;
    const d = civilDate(`${y}-${String(m).padStart(2, '0')}-05`);
    if (d >= today) break;
    out.push(d);
  }
  return out;
}

export async function seedDemoSavings(db: Kysely<DB>, clock: Clock): Promise<void> {
  const checker = await actorForUsername(db, 'demo.province');
  const days = meetingDays(clock);
  if (days.length < 3) return; // the clock is before the demo year: nothing sensible to show
  for (const [gi, spec] of GROUPS.entries()) {
    const maker = await actorForUsername(db, spec.maker);
    const ctx = (actor: Actor): UseCaseContext => ({ db, clock, actor, requestId: 'demo-seed' });
    const random = seededRandom(1974 + gi);
    const group = await registerGroup(ctx(maker), {
      nameTh: spec.nameTh,
      orgUnitId: spec.orgUnitId,
      foundedOn: '2019-03-06',
      level: 3 - (gi % 2),
      rules: SAMPLE_RULES,
    });
    if (gi === 0) await treasurerLogin(db, group.id, spec.orgUnitId);
    const pledges: number[] = [];
    for (let i = 1; i <= spec.members; i++) {
      const pledge = PLEDGES[Math.floor(random() * PLEDGES.length)]!;
      pledges.push(pledge);
      await joinMember(
        ctx(maker),
        group.id,
        {
          thaiId: thaiIdFor(20_000 + gi * 100 + i),
          title: i % 2 ? 'นาง' : 'นาย',
          firstName: FIRST[(i * 3 + gi) % FIRST.length]!,
          lastName: LAST[(i * 5 + gi) % LAST.length]!,
          address: `หมู่ ${1 + (i % 9)}`,
          joinedOn: i <= spec.members - 2 ? '2025-10-01' : days[2]!,
          monthlyPledge: pledge,
          beneficiaries: [],
        },
        `demo-join-${gi}-${i}`,
      );
    }
    for (const [di, day] of days.entries()) {
      // Loans are applied for at the fifth meeting, once members have savings to borrow against.
      if (di === 4) await demoLoans(ctx(maker), ctx(checker), group.id, day, pledges);
      const loans = di > 4 ? (await listLoans(ctx(maker), group.id, { asOf: day })).items : [];
      const rows = pledges.flatMap((pledge, i) => {
        const memberNo = i + 1;
        if (di < 2 && memberNo > spec.members - 2) return [];
        const skip = random() < 0.06;
        const special = random() < 0.25 ? 10000 * (1 + Math.floor(random() * 20)) : 0;
        const owing = loans.filter((l) => l.memberNo === memberNo && l.status === 'disbursed' && l.state);
        // Member 2 of each group is the late payer: nothing in the seventh month, everything in the eighth.
        const late = memberNo === 2 && di === 6;
        return [
          {
            memberNo,
            pledge: skip ? 0 : pledge,
            specialDeposit: special,
            specialWithdrawal: 0,
            fine: 0,
            loanPayments: late
              ? []
              : owing.map((l) => ({
                  loanNo: l.loanNo,
                  amount: l.state!.principalDue + l.state!.interestDue + l.state!.penaltyDue,
                })),
          },
        ];
      });
      await postMeetingDay(ctx(maker), group.id, { postedOn: day, memo: '', rows }, `demo-day-${gi}-${day}`);
    }
  }
}

async function demoLoans(
  maker: UseCaseContext,
  checker: UseCaseContext,
  groupId: string,
  day: string,
  pledges: number[],
) {
  // Sized well inside the savings limits: members have saved about four months by then.
  const apply = [
    {
      memberNo: 2,
      loanType: 'general',
      principal: 8 * pledges[1]!,
      termMonths: 10,
      purpose: 'ลงทุนเลี้ยงไก่พื้นเมือง',
      guarantors: [3],
    },
    {
      memberNo: 5,
      loanType: 'emergency',
      principal: 4 * pledges[4]!,
      termMonths: 6,
      purpose: 'ค่ารักษาพยาบาล',
      guarantors: [],
    },
  ];
  const { month } = dateParts(civilDate(day));
  const disbursedOn = addDays(civilDate(day), 1);
  const firstDue = civilDate(`${day.slice(0, 4)}-${String(month).padStart(2, '0')}-05`);
  for (const [i, a] of apply.entries()) {
    const loan = await applyLoan(maker, groupId, { ...a, appliedOn: day }, `demo-loan-${groupId}-${i}`);
    await decideLoan(
      checker,
      { groupId, loanNo: loan.loanNo, decision: 'approve', decidedOn: day, note: 'มติคณะกรรมการเงินกู้' },
      `demo-decide-${groupId}-${i}`,
    );
    await disburseLoan(
      maker,
      { groupId, loanNo: loan.loanNo, disbursedOn, firstDueOn: nextMonth(firstDue) },
      `demo-disburse-${groupId}-${i}`,
    );
  }
}

/** demo.treasurer: a group officer whose login reaches this one group only. */
async function treasurerLogin(db: Kysely<DB>, groupId: string, orgUnitId: string) {
  await db.transaction().execute(async (trx) => {
    const by = { actorUserId: null, requestId: 'demo-seed' };
    const person = await insertPerson(trx, by, {
      title: 'นาง',
      firstName: 'คำปัน',
      lastName: 'ใจมา',
      thaiId: thaiIdFor(29_999),
      positionCode: 'network_leader',
      orgUnitId: '5201',
      phone: null,
      email: null,
      networks: ['savings_group'],
    });
    await createUserAccount(trx, {
      personId: person.id,
      username: DEMO_TREASURER,
      password: DEMO_PASSWORD,
      roles: [{ role: 'group_officer', orgUnitId, groupId }],
      actorUserId: null,
      requestId: 'demo-seed',
    });
  });
}

function nextMonth(d: string): string {
  const { year, month } = dateParts(civilDate(d));
  return month === 12 ? `${year + 1}-01-05` : `${year}-${String(month + 1).padStart(2, '0')}-05`;
}
