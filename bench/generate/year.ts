// One group's books for fiscal year 2569 (1 Oct 2025 – 30 Sep 2026), as COPY text rows: the opening
// entry on 30 Sep 2025, then one meeting day a month posted the way meetings/post-meeting-day.ts
// posts it (one 'meeting_day' entry per member who hands over money, cash first, then pledge,
// special deposit or withdrawal, and per loan penalty → interest → principal), loans disbursed after
// the meeting ('loan_disbursement'), and every maintained table as the services would leave it.
// The plan fixes the year-end position; opening balances are derived backwards from it, so year-end
// totals are exact. Deterministic: each group draws from its own seeded generator.
import { createHash } from 'node:crypto';
import { formatThaiDate, type CivilDate } from '../../src/kernel/dates.js';
import { satang } from '../../src/kernel/money.js';
import { seededRandom } from '../../src/kernel/random.js';
import { thaiIdCheckDigit } from '../../src/kernel/thai-id.js';
import {
  addMonths,
  allocateRepayment,
  buildSchedule,
  loanState,
  monthlyInterest,
  type Installment,
  type LoanPayment,
  type LoanTerms,
  type RepaymentSplit,
} from '../../src/modules/loans/kernel.js';
import { loanPosition } from '../../src/modules/loans/index.js';
import { SAMPLE_RULES } from '../../src/db/seed/savings-sample.js';
import { ROLE, SPECIAL_PERCENT, type Plan } from './plan.js';
import { copyText, type RowSink } from './copy.js';
import { chainRows } from './chain.js';

export const OPENING_DATE = '2025-09-30' as CivilDate;
export const YEAR_END = '2026-09-30' as CivilDate;
const MONTHS = 12;
const LOAN = SAMPLE_RULES.loanTypes[0]!;
const PENALTY = satang(LOAN.penaltyPerLateInstallment);
const RULES_JSON = copyText(JSON.stringify(SAMPLE_RULES));
const FIRST = ['บุญมี', 'คำปัน', 'ศรีนวล', 'จันทร์แก้ว', 'ประเสริฐ', 'อุไร', 'สมบูรณ์', 'บัวคำ', 'ทองใบ', 'แสงเดือน'];
const LAST = ['ใจมา', 'ปัญญาดี', 'คำแสน', 'อินต๊ะ', 'ศรีวงค์', 'ยาวิเลิง', 'กันทะวงศ์', 'ธรรมใจ'];
const NULL = '\\N';

/** Stable ids: the same plan loads with the same group ids everywhere. */
export function groupUuid(seed: number, index: number): string {
  const h = createHash('sha256').update(`chumchon-generate:${seed}:${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function groupRandom(seed: number, index: number): () => number {
  const h = createHash('sha256').update(`chumchon-year:${seed}:${index}`).digest();
  return seededRandom(h.readUInt32BE(0));
}

function thaiId(groupIndex: number, memberNo: number): string {
  const body = `5${String(groupIndex).padStart(6, '0')}${String(memberNo).padStart(5, '0')}`;
  return body + String(thaiIdCheckDigit(body));
}

interface SimLoan {
  loanNo: number;
  memberNo: number;
  terms: LoanTerms;
  schedule: Installment[];
  payments: LoanPayment[];
  paidPrincipal: number;
  /** Fast path: installments paid in full on their due dates so far; once one is missed, `late`. */
  paidOnTime: number;
  late: boolean;
  /** Month index of disbursement, -1 for an opening loan; entry number of the disbursement. */
  month: number;
  entryNo: number;
}

export interface YearOptions {
  seed: number;
  enteredBy: string;
  /** false: only the opening balances (what the year is derived from), nothing posted after them. */
  year: boolean;
  /** Also split every repayment with loanState + allocateRepayment and fail on any difference. */
  checkKernel?: boolean;
}

const newLoan = (
  loanNo: number,
  memberNo: number,
  principal: number,
  termMonths: number,
  firstDueOn: CivilDate,
  month: number,
): SimLoan => {
  const terms: LoanTerms = {
    principal: satang(principal),
    annualRateBp: LOAN.annualRateBp,
    termMonths,
    method: LOAN.method,
    firstDueOn,
  };
  return {
    loanNo,
    memberNo,
    terms,
    schedule: buildSchedule(terms),
    payments: [],
    paidPrincipal: 0,
    paidOnTime: 0,
    late: false,
    month,
    entryNo: 1,
  };
};

/** What the member hands over for the loan at the meeting on `date`: everything due, or nothing. */
function repayment(loan: SimLoan, date: CivilDate, check: boolean): RepaymentSplit | null {
  let split: RepaymentSplit | null = null;
  if (!loan.late) {
    const inst = loan.schedule[loan.paidOnTime];
    if (!inst || inst.dueOn !== date) return null;
    // Paid on each due date so far: only this installment is due, interest on the balance before it.
    const interest =
      loan.terms.method === 'declining'
        ? monthlyInterest(satang(loan.terms.principal - loan.paidPrincipal), loan.terms.annualRateBp)
        : inst.interest;
    split = { penalty: satang(0), interest, principal: inst.principal };
    loan.paidOnTime++;
  }
  if (loan.late || check) {
    const state = loanState({
      terms: loan.terms,
      penaltyPerLateInstallment: PENALTY,
      payments: loan.payments,
      asOf: date,
    });
    const due = state.penaltyDue + state.interestDue + state.principalDue;
    const kernel = due > 0 ? allocateRepayment(state, satang(due)) : null;
    if (check && !loan.late && JSON.stringify(kernel) !== JSON.stringify(split)) {
      throw new Error(
        `loan ${loan.loanNo}: incremental split ${JSON.stringify(split)} ≠ kernel ${JSON.stringify(kernel)}`,
      );
    }
    split = kernel;
  }
  if (split) {
    loan.payments.push({ paidOn: date, ...split });
    loan.paidPrincipal += split.principal;
  }
  return split;
}

/** The member stays away on `date`: an installment due that day goes unpaid and the loan is late. */
function miss(loan: SimLoan, date: CivilDate): void {
  if (!loan.late && loan.schedule[loan.paidOnTime]?.dueOn === date) loan.late = true;
}

export interface GroupStats {
  entries: number;
  lines: number;
}

/** Appends the group's rows to `out`. Pure: the same plan, index and seed give the same rows. */
export function generateGroup(plan: Plan, gi: number, opts: YearOptions, out: RowSink): GroupStats {
  const g = plan.groups[gi]!;
  const pm = plan.members;
  const id = groupUuid(opts.seed, gi);
  const random = groupRandom(opts.seed, gi);
  const day = String(5 + Math.floor(random() * 20)).padStart(2, '0');
  const dates = Array.from({ length: MONTHS }, (_, m) => addMonths(`2025-10-${day}` as CivilDate, m));
  const n = g.size;

  // Per member: year-end position from the plan, the year's behaviour from the group's generator.
  const skip = new Uint16Array(n); // bit m: stays away from month m's meeting
  const special = new Float64Array(n * MONTHS); // signed: deposit > 0, withdrawal < 0
  const pledgedEnd = new Float64Array(n);
  const specialEnd = new Float64Array(n);
  const pledgedOpen = new Float64Array(n);
  const specialOpen = new Float64Array(n);
  const loans: SimLoan[] = [];
  const pending: { memberNo: number; principal: number; term: number; month: number }[] = [];
  for (let j = 0; j < n; j++) {
    const k = g.firstMember + j;
    const memberNo = j + 1;
    const role = pm.role[k]!;
    const one = () => 1 << Math.floor(random() * (MONTHS - 1));
    const r = random();
    if (role === ROLE.carry) {
      loans.push(newLoan(loans.length + 1, memberNo, pm.loan[k]!, 13 + Math.floor(random() * 12), dates[0]!, -1));
      if (r < 0.12) skip[j] = ((1 << MONTHS) - 1) & ~((1 << (7 + Math.floor(random() * 4))) - 1);
      else if (r < 0.2) skip[j] = 3 << (1 + Math.floor(random() * 8));
      else if (r < 0.3) skip[j] = one();
    } else if (role === ROLE.renew || role === ROLE.paidOff) {
      const term = role === ROLE.renew ? 2 + Math.floor(random() * 9) : 1 + Math.floor(random() * 11);
      loans.push(newLoan(loans.length + 1, memberNo, pm.loan[k]!, term, dates[0]!, -1));
      if (role === ROLE.renew)
        pending.push({ memberNo, principal: pm.loan2[k]!, term: 12 + Math.floor(random() * 13), month: term });
    } else {
      if (role === ROLE.fresh)
        pending.push({
          memberNo,
          principal: pm.loan[k]!,
          term: 12 + Math.floor(random() * 13),
          month: Math.floor(random() * MONTHS),
        });
      if (r < 0.08) skip[j] = one();
    }
    const total = pm.savings[k]!;
    specialEnd[j] = Math.floor((total * SPECIAL_PERCENT) / 100);
    pledgedEnd[j] = total - specialEnd[j]!;
    let meetings = 0;
    for (let m = 0; m < MONTHS; m++) {
      if (skip[j]! & (1 << m)) continue;
      meetings++;
      const s = random();
      if (s < 0.06) special[j * MONTHS + m] = (1 + Math.floor(random() * 30)) * 10_000;
      else if (s < 0.08) special[j * MONTHS + m] = -(1 + Math.floor(random() * 20)) * 10_000;
    }
    pledgedOpen[j] = pledgedEnd[j]! - meetings * pm.monthlyPledge[k]!;
    if (pledgedOpen[j]! < 0) throw new Error(`group ${gi} member ${memberNo}: pledges exceed year-end savings`);
    // Backwards from year end: a deposit never exceeds the balance after it, so no month ends negative.
    let balance = specialEnd[j]!;
    for (let m = MONTHS - 1; m >= 0; m--) {
      const f = special[j * MONTHS + m]!;
      if (f > balance) special[j * MONTHS + m] = balance;
      balance -= special[j * MONTHS + m]!;
    }
    specialOpen[j] = balance;
  }
  const openingLoans = loans.length;

  // The year, month by month. Entry 1 is the opening entry, written last because its cash must cover
  // the year's lowest point.
  const entryRows: string[] = [];
  const lineRows: string[] = [];
  const figures: string[] = [];
  let entryNo = 1;
  let cash = 0;
  let lowestCash = 0;
  let batch = 0;
  const owed = new Float64Array(n); // principal outstanding per member
  for (const l of loans) owed[l.memberNo - 1] = l.terms.principal; // at most one opening loan each
  const byMember = new Map<number, SimLoan[]>();
  for (const l of loans) byMember.set(l.memberNo, [l]);
  const entry = (
    date: CivilDate,
    kind: string,
    memo: string,
    memberNo: number | null,
    loanNo: number | null,
    batchNo: number | null,
    lines: [string, number, number | null, number | null][],
  ) => {
    entryNo++;
    entryRows.push(
      `${id}\t${entryNo}\t${date}\t${kind}\t${memo}\t${memberNo ?? NULL}\t${loanNo ?? NULL}\t${batchNo ?? NULL}\t${opts.enteredBy}`,
    );
    lines.forEach(([code, amount, m, l], i) => {
      lineRows.push(`${id}\t${entryNo}\t${i + 1}\t${code}\t${m ?? NULL}\t${l ?? NULL}\t${amount}`);
      if (code === '1101') cash += amount;
    });
    lowestCash = Math.min(lowestCash, cash);
  };
  for (let m = 0; opts.year && m < MONTHS; m++) {
    const date = dates[m]!;
    const memo = `วันทำการ ${formatThaiDate(date)}`;
    const month = { pledged: 0, special: 0, outstanding: 0, lent: 0, borrowers: 0, touched: false };
    const before = Float64Array.from(owed);
    batch++;
    const batchFirst = entryNo;
    for (let j = 0; j < n; j++) {
      const memberNo = j + 1;
      const mine = byMember.get(memberNo) ?? [];
      if (skip[j]! & (1 << m)) {
        for (const l of mine) if (l.month < m) miss(l, date);
        continue;
      }
      const lines: [string, number, number | null, number | null][] = [];
      const pledge = pm.monthlyPledge[g.firstMember + j]!;
      if (pledge > 0) lines.push(['3101', -pledge, memberNo, null]);
      const flow = special[j * MONTHS + m]!;
      if (flow !== 0) lines.push(['2101', -flow, memberNo, null]);
      month.pledged += pledge;
      month.special += flow;
      for (const l of mine) {
        if (l.month >= m) continue;
        const split = repayment(l, date, opts.checkKernel ?? false);
        if (!split) continue;
        if (split.penalty) lines.push(['4105', -split.penalty, memberNo, l.loanNo]);
        if (split.interest) lines.push(['4101', -split.interest, memberNo, l.loanNo]);
        if (split.principal) lines.push(['1201', -split.principal, memberNo, l.loanNo]);
        owed[j] = owed[j]! - split.principal;
        month.outstanding -= split.principal;
      }
      if (lines.length === 0) continue;
      const cashIn = -lines.reduce((a, [, x]) => a + x, 0);
      if (cashIn !== 0) lines.unshift(['1101', cashIn, null, null]);
      month.touched ||= lines.some(([c]) => c === '3101' || c === '2101' || c === '1201');
      entry(date, 'meeting_day', memo, memberNo, null, batch, lines);
    }
    if (entryNo === batchFirst) batch--; // nobody came: no batch that day
    for (const p of pending.filter((x) => x.month === m)) {
      const l = newLoan(loans.length + 1, p.memberNo, p.principal, p.term, addMonths(dates[0]!, m + 1), m);
      loans.push(l);
      byMember.set(p.memberNo, [...(byMember.get(p.memberNo) ?? []), l]);
      const memo = `จ่ายเงินกู้เลขที่ ${l.loanNo} (${LOAN.nameTh})`;
      entry(date, 'loan_disbursement', memo, p.memberNo, l.loanNo, null, [
        ['1201', p.principal, p.memberNo, l.loanNo],
        ['1101', -p.principal, null, null],
      ]);
      l.entryNo = entryNo;
      owed[p.memberNo - 1] = owed[p.memberNo - 1]! + p.principal;
      month.outstanding += p.principal;
      month.lent += p.principal;
      month.touched = true;
    }
    for (let j = 0; j < n; j++) month.borrowers += Number(owed[j]! > 0) - Number(before[j]! > 0);
    if (month.touched) {
      figures.push(
        `${id}\t${date.slice(0, 8)}01\t0\t${month.pledged}\t${month.special}\t${month.outstanding}\t${month.lent}\t${month.borrowers}`,
      );
    }
  }

  // The opening entry: members' savings and loans, cash enough for the whole year, reserve the rest.
  const opening: string[] = [];
  let lineNo = 0;
  const openLine = (code: string, amount: number, memberNo: number | null, loanNo: number | null) =>
    opening.push(`${id}\t1\t${++lineNo}\t${code}\t${memberNo ?? NULL}\t${loanNo ?? NULL}\t${amount}`);
  let savingsOpen = 0;
  let lentOpen = 0;
  let borrowersOpen = 0;
  for (let j = 0; j < n; j++) {
    const memberNo = j + 1;
    if (pledgedOpen[j]) openLine('3101', -pledgedOpen[j]!, memberNo, null);
    if (specialOpen[j]) openLine('2101', -specialOpen[j]!, memberNo, null);
    savingsOpen += pledgedOpen[j]! + specialOpen[j]!;
    const l = byMember.get(memberNo)?.[0];
    if (l && l.month === -1) {
      openLine('1201', l.terms.principal, memberNo, l.loanNo);
      lentOpen += l.terms.principal;
      borrowersOpen++;
    }
  }
  const openingCash = Math.max(savingsOpen - lentOpen, -lowestCash, 0);
  if (openingCash) openLine('1101', openingCash, null, null);
  if (lentOpen + openingCash > savingsOpen) openLine('3201', savingsOpen - lentOpen - openingCash, null, null);
  const chained = chainRows(
    [
      `${id}\t1\t${OPENING_DATE}\topening\tยอดยกมา (ข้อมูลจำลอง)\t${NULL}\t${NULL}\t${NULL}\t${opts.enteredBy}`,
      ...entryRows,
    ],
    [...opening, ...lineRows],
  );
  out.addAll('journal_entry', chained.entries);
  out.addAll('journal_line', opening);
  out.addAll('journal_line', lineRows);

  out.add('savings_group', `${id}\tกลุ่มออมทรัพย์เพื่อการผลิตจำลอง ${gi + 1}\t${g.subdistrictId}\t2010-03-06`);
  out.add('group_level', `${id}\t2010-03-06\t${1 + (gi % 3)}\t${NULL}`);
  out.add('group_rule_set', `${id}\t2010-03-06\t${RULES_JSON}\t${NULL}`);
  out.add('ledger_book', `${id}\t${entryNo + 1}\t${chained.head}`);
  const final = opts.year ? loans : loans.slice(0, openingLoans);
  for (let j = 0; j < n; j++) {
    const memberNo = j + 1;
    out.add(
      'group_member',
      `${id}\t${memberNo}\t${thaiId(gi, memberNo)}\t${j % 2 ? 'นาย' : 'นาง'}\t${FIRST[(gi + j) % FIRST.length]}\t${LAST[(gi * 3 + j) % LAST.length]}\t2020-01-05\t${pm.monthlyPledge[g.firstMember + j]}`,
    );
    const owes = opts.year
      ? owed[j]!
      : byMember.get(memberNo)?.[0]?.month === -1
        ? byMember.get(memberNo)![0]!.terms.principal
        : 0;
    out.add(
      'member_balance',
      opts.year
        ? `${id}\t${memberNo}\t${pledgedEnd[j]}\t${specialEnd[j]}\t${owes}`
        : `${id}\t${memberNo}\t${pledgedOpen[j]}\t${specialOpen[j]}\t${owes}`,
    );
  }
  for (const l of final) {
    const opening = l.month === -1;
    const on = opening ? OPENING_DATE : dates[l.month]!;
    out.add(
      'loan',
      [
        id,
        l.loanNo,
        l.memberNo,
        LOAN.code,
        LOAN.nameTh,
        opening ? 'ยอดยกมา (ข้อมูลจำลอง)' : 'ประกอบอาชีพ (ข้อมูลจำลอง)',
        l.terms.principal,
        l.terms.annualRateBp,
        l.terms.method,
        l.terms.termMonths,
        PENALTY,
        on,
        'disbursed',
        opts.enteredBy,
        NULL,
        opening ? NULL : on,
        opening ? 'ยอดยกมา' : 'อนุมัติ (ข้อมูลจำลอง)',
        on,
        l.terms.firstDueOn,
        l.entryNo,
      ].join('\t'),
    );
    const pos = position(l, opts);
    out.add('loan_position', `${id}\t${l.loanNo}\t${pos.outstanding}\t${pos.unpaidSince ?? NULL}`);
  }
  out.add(
    'group_month_figure',
    `${id}\t2025-09-01\t${n}\t${sumOf(pledgedOpen)}\t${sumOf(specialOpen)}\t${lentOpen}\t${lentOpen}\t${borrowersOpen}`,
  );
  out.addAll('group_month_figure', figures);
  return { entries: entryNo, lines: opening.length + lineRows.length };
}

const sumOf = (xs: Float64Array) => xs.reduce((a, x) => a + x, 0);

function position(l: SimLoan, opts: YearOptions) {
  if (!opts.year) return { outstanding: l.terms.principal, unpaidSince: l.schedule[0]!.dueOn };
  const outstanding = l.terms.principal - l.paidPrincipal;
  // On time so far: the next installment is the earliest unpaid one.
  const fast = { outstanding, unpaidSince: outstanding === 0 ? null : l.schedule[l.paidOnTime]!.dueOn };
  if (!l.late && !opts.checkKernel) return fast;
  const kernel = loanPosition({ terms: l.terms, payments: l.payments, writtenOff: false });
  if (!l.late && (kernel.outstanding !== fast.outstanding || kernel.unpaidSince !== fast.unpaidSince)) {
    throw new Error(`loan ${l.loanNo}: position ${JSON.stringify(fast)} ≠ kernel ${JSON.stringify(kernel)}`);
  }
  return kernel;
}
