// The inputs of docs/worked-example.md (บ้านตัวอย่าง, fiscal year 2569), entered through the HTTP
// API in date order as a treasurer would. The expected results live in the test, copied from the
// document, not computed here.
import { thaiIdFor } from '../../db/seed/demo-ids.js';
import { expectStatus, registerGroup, write } from '../../testing/savings-fixtures.js';
import type { TestClient } from '../../testing/test-app.js';

interface MemberPlan {
  joinedOn: string;
  /** Monthly pledge in satang, paid at every meeting from the first after joining. */
  pledge: number;
  /** Months ('YYYY-MM') the member did not pledge. */
  skips?: string[];
}

export const MEMBERS: MemberPlan[] = [
  { joinedOn: '2025-10-01', pledge: 10000 },
  { joinedOn: '2025-10-01', pledge: 20000 },
  { joinedOn: '2025-10-01', pledge: 50000 },
  { joinedOn: '2025-10-01', pledge: 100000 },
  { joinedOn: '2025-10-01', pledge: 30000 },
  { joinedOn: '2025-10-01', pledge: 5000 },
  { joinedOn: '2025-10-01', pledge: 10000, skips: ['2026-02'] },
  { joinedOn: '2025-10-01', pledge: 20000 },
  { joinedOn: '2025-10-01', pledge: 100000 },
  { joinedOn: '2025-10-01', pledge: 50000, skips: ['2026-06'] },
  { joinedOn: '2026-01-10', pledge: 30000 },
  { joinedOn: '2026-04-01', pledge: 10000 },
];

export const MONTHS = [
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
];

interface Extra {
  memberNo: number;
  specialDeposit?: number;
  specialWithdrawal?: number;
  fine?: number;
  loan?: [loanNo: number, amount: number];
}

/** Money other than pledges, by meeting month (the meeting is on the 5th). */
const EXTRAS: Record<string, Extra[]> = {
  '2025-10': [{ memberNo: 3, specialDeposit: 200000 }],
  '2025-11': [{ memberNo: 8, specialDeposit: 50000 }],
  '2025-12': [{ memberNo: 5, specialDeposit: 123456 }],
  '2026-01': [{ memberNo: 4, loan: [1, 106000] }],
  '2026-02': [
    { memberNo: 4, loan: [1, 106000] },
    { memberNo: 9, loan: [2, 110000] },
    { memberNo: 11, specialDeposit: 15050 },
  ],
  // Member 9 misses loan 2's March installment.
  '2026-03': [
    { memberNo: 4, loan: [1, 106000] },
    { memberNo: 7, fine: 1000 },
    { memberNo: 8, specialDeposit: 50000 },
  ],
  // March and April together, with one late penalty of 50.00.
  '2026-04': [
    { memberNo: 4, loan: [1, 106000] },
    { memberNo: 9, loan: [2, 223000] },
  ],
  '2026-05': [
    { memberNo: 4, loan: [1, 106000] },
    { memberNo: 9, loan: [2, 107000] },
  ],
  '2026-06': [
    { memberNo: 4, loan: [1, 106000] },
    { memberNo: 9, loan: [2, 106000] },
  ],
  '2026-07': [
    { memberNo: 9, loan: [2, 105000] },
    { memberNo: 8, specialWithdrawal: 30000 },
    { memberNo: 10, fine: 1000 },
  ],
  '2026-08': [{ memberNo: 9, loan: [2, 104000], specialDeposit: 99999 }],
  '2026-09': [
    { memberNo: 9, loan: [2, 103000] },
    { memberNo: 1, specialDeposit: 10200 },
  ],
};

async function join(c: TestClient, groupId: string, memberNo: number): Promise<void> {
  const plan = MEMBERS[memberNo - 1]!;
  const res = await write(c, `/api/v1/groups/${groupId}/members`, {
    thaiId: thaiIdFor(7000 + memberNo),
    title: memberNo % 2 ? 'นาง' : 'นาย',
    firstName: `ตัวอย่าง${memberNo}`,
    lastName: 'รักออม',
    joinedOn: plan.joinedOn,
    monthlyPledge: plan.pledge,
  });
  expectStatus(res, 201);
}

async function loan(
  maker: TestClient,
  checker: TestClient,
  groupId: string,
  p: { memberNo: number; loanType: string; principal: number; termMonths: number; guarantors: number[] },
  dates: { applied: string; decided: string; disbursed: string; firstDue: string },
): Promise<void> {
  const base = `/api/v1/groups/${groupId}/loans`;
  const applied = await write(maker, base, { ...p, purpose: 'ทุนประกอบอาชีพ', appliedOn: dates.applied });
  expectStatus(applied, 201);
  const no = applied.body.loanNo;
  expectStatus(await write(checker, `${base}/${no}/decision`, { decision: 'approve', decidedOn: dates.decided }), 201);
  expectStatus(
    await write(maker, `${base}/${no}/disbursement`, { disbursedOn: dates.disbursed, firstDueOn: dates.firstDue }),
    201,
  );
}

function meetingRows(month: string) {
  const rows = MEMBERS.map((plan, i) => {
    const memberNo = i + 1;
    const joined = plan.joinedOn <= `${month}-05`;
    const row = {
      memberNo,
      pledge: joined && !plan.skips?.includes(month) ? plan.pledge : 0,
      specialDeposit: 0,
      specialWithdrawal: 0,
      fine: 0,
      loanPayments: [] as { loanNo: number; amount: number }[],
    };
    for (const x of (EXTRAS[month] ?? []).filter((e) => e.memberNo === memberNo)) {
      row.specialDeposit += x.specialDeposit ?? 0;
      row.specialWithdrawal += x.specialWithdrawal ?? 0;
      row.fine += x.fine ?? 0;
      if (x.loan) row.loanPayments.push({ loanNo: x.loan[0], amount: x.loan[1] });
    }
    return row;
  });
  return rows.filter((r) => r.pledge + r.specialDeposit + r.specialWithdrawal + r.fine + r.loanPayments.length > 0);
}

/** Builds the whole year; returns the group id. */
export async function buildWorkedExample(maker: TestClient, checker: TestClient): Promise<string> {
  const groupId = await registerGroup(maker, {
    nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านตัวอย่าง',
    orgUnitId: '520101',
    foundedOn: '2025-10-01',
  });
  for (let no = 1; no <= 10; no++) await join(maker, groupId, no);
  for (const month of MONTHS) {
    if (month === '2026-04') await join(maker, groupId, 12);
    const day = await write(maker, `/api/v1/groups/${groupId}/meeting-days`, {
      postedOn: `${month}-05`,
      rows: meetingRows(month),
    });
    expectStatus(day, 201);
    if (month === '2025-12') {
      await loan(
        maker,
        checker,
        groupId,
        { memberNo: 4, loanType: 'emergency', principal: 600000, termMonths: 6, guarantors: [] },
        { applied: '2025-12-10', decided: '2025-12-12', disbursed: '2025-12-15', firstDue: '2026-01-05' },
      );
    }
    if (month === '2026-01') {
      await join(maker, groupId, 11);
      await loan(
        maker,
        checker,
        groupId,
        { memberNo: 9, loanType: 'general', principal: 1000000, termMonths: 10, guarantors: [3] },
        { applied: '2026-01-10', decided: '2026-01-12', disbursed: '2026-01-15', firstDue: '2026-02-05' },
      );
    }
  }
  return groupId;
}
