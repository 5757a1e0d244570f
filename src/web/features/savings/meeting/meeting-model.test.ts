import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayTotals, gridMembers, loanCell, parseGrid, placeIssues, toRows, type GridMember } from './meeting-model.js';

const members: GridMember[] = [
  { memberNo: 1, fullName: 'นางหนึ่ง', monthlyPledge: 10000, specialSavings: 0, loans: [{ loanNo: 7, payoff: 50000 }] },
  { memberNo: 2, fullName: 'นายสอง', monthlyPledge: 20000, specialSavings: 30000, loans: [] },
  { memberNo: 3, fullName: 'นางสาม', monthlyPledge: 10000, specialSavings: 0, loans: [] },
];

test('typed amounts parse exactly; bad ones are errors, likely refusals are warnings', () => {
  const p = parseGrid(members, {
    1: { pledge: '100', [loanCell(7)]: '600' },
    2: { pledge: '1,000.5', specialWithdrawal: '300' },
    3: { pledge: '100.005', fine: '-5' },
  });
  assert.deepEqual(p.amounts.get(1), {
    pledge: 10000,
    specialDeposit: 0,
    specialWithdrawal: 0,
    fine: 0,
    loans: [{ loanNo: 7, amount: 60000 }],
  });
  assert.equal(p.amounts.get(2)?.pledge, 100050);
  assert.match(p.errors['3:pledge'] ?? '', /ทศนิยมไม่เกิน 2 ตำแหน่ง/);
  assert.match(p.errors['3:fine'] ?? '', /ติดลบ/);
  assert.match(p.warnings['1:loan.7'] ?? '', /500\.00/);
  assert.equal(p.warnings['2:specialWithdrawal'], undefined, '300.00 of 300.00 is fine');
});

test('totals and the batch: only members with money, loan payments above zero', () => {
  const { amounts } = parseGrid(members, { 1: { pledge: '100', fine: '5' }, 2: { specialWithdrawal: '50' }, 3: {} });
  const t = dayTotals(amounts);
  assert.deepEqual(t, {
    pledge: 10000,
    specialDeposit: 0,
    specialWithdrawal: 5000,
    loans: 0,
    fine: 500,
    cashIn: 10500,
    cashOut: 5000,
    members: 2,
  });
  assert.deepEqual(toRows(amounts), [
    { memberNo: 1, pledge: 10000, specialDeposit: 0, specialWithdrawal: 0, fine: 500, loanPayments: [] },
    { memberNo: 2, pledge: 0, specialDeposit: 0, specialWithdrawal: 5000, fine: 0, loanPayments: [] },
  ]);
});

test("server issues land on the sent row's member, cell or loan", () => {
  const sent = [
    { memberNo: 4, pledge: 100, specialDeposit: 0, specialWithdrawal: 0, fine: 0, loanPayments: [] },
    {
      memberNo: 9,
      pledge: 0,
      specialDeposit: 0,
      specialWithdrawal: 0,
      fine: 0,
      loanPayments: [{ loanNo: 3, amount: 5 }],
    },
  ];
  const issue = (path: string, messageTh: string) => ({ path, messageTh, messageEn: '' });
  const placed = placeIssues(
    [
      issue('rows.0.memberNo', 'ไม่ได้เป็นสมาชิก'),
      issue('rows.0.pledge', 'ต้องเป็นจำนวนเต็ม'),
      issue('rows.1.loanPayments', 'เงินกู้เลขที่ 3: ยอดชำระเกิน'),
      issue('rows.1.loanPayments.0.amount', 'ไม่ถูกต้อง'),
      issue('members.12', 'สมาชิกเลขที่ 12: เงินฝากสัจจะพิเศษไม่พอ'),
      issue('rows', 'ยังไม่มีรายการ'),
    ],
    sent,
  );
  assert.deepEqual(placed.rows, { 4: 'ไม่ได้เป็นสมาชิก' });
  assert.deepEqual(placed.cells, {
    '4:pledge': 'ต้องเป็นจำนวนเต็ม',
    '9:loan.3': 'เงินกู้เลขที่ 3: ยอดชำระเกิน',
    '12:specialWithdrawal': 'สมาชิกเลขที่ 12: เงินฝากสัจจะพิเศษไม่พอ',
  });
  assert.deepEqual(placed.general, ['ยังไม่มีรายการ']);
});

test('the grid lists active members with the loans they are repaying', () => {
  const member = (memberNo: number, status: string) => ({
    groupId: 'g',
    memberNo,
    fullName: `m${memberNo}`,
    thaiIdMasked: '',
    joinedOn: '2025-01-01',
    monthlyPledge: 10000,
    status,
    balances: { pledgedSavings: 0, specialSavings: 700, loansOutstanding: 0 },
  });
  const loan = (loanNo: number, memberNo: number, status: 'disbursed' | 'applied') =>
    ({ loanNo, memberNo, status, state: status === 'disbursed' ? { totalPayoff: 999 } : null }) as never;
  const grid = gridMembers([member(1, 'active'), member(2, 'left')], [loan(1, 1, 'disbursed'), loan(2, 1, 'applied')]);
  assert.deepEqual(grid, [
    { memberNo: 1, fullName: 'm1', monthlyPledge: 10000, specialSavings: 700, loans: [{ loanNo: 1, payoff: 999 }] },
  ]);
});
